// Rule `unknown-variable`: every {{path}} resolves in the template context schema, inside #each/#with and block params
// too.
import { SOURCES } from '../sources.js';
import type { TemplateRule } from '../types.js';

export const unknownVariable: TemplateRule = {
  id: 'unknown-variable',
  kind: 'template',
  severity: 'error',
  description: 'Every variable path exists in the template context (the field table in templates/README.md).',
  docs: [
    `Templates render in Handlebars strict mode, so a path the context does not define stops the render with an`,
    `error; a typo such as {{layer.nam}} would break the channel during an incident. Every path is resolved against`,
    `the template context (its fields, with meanings and examples, are the table in templates/README.md), following #each and #with into list elements and objects, block params (as |model i|),`,
    `../ parent scopes, this, @root and @index; a partial is checked in the context of each place it is called from`,
    `(inside #each models.list its {{name}} is a model's, and ../ cannot leave it). The message names the closest`,
    `existing field. Source: ${SOURCES.handlebars}; ${SOURCES.layerpost}.`,
  ].join(' '),
  check({ scan }) {
    return scan.refs
      .filter((r) => r.kind === 'variable' && r.problem)
      .map((r) => ({ message: r.problem!, line: r.line, column: r.column }));
  },
};
