// Rule `unknown-helper`: every helper called is one the layerpost environment registers.
import { SOURCES } from '../sources.js';
import type { TemplateRule } from '../types.js';

export const unknownHelper: TemplateRule = {
  id: 'unknown-helper',
  kind: 'template',
  severity: 'error',
  description: 'Every helper called is one layerpost registers (if, unless, each, with, lookup, log).',
  docs: [
    `layerpost compiles templates with knownHelpersOnly, in an isolated environment that registers only Handlebars'`,
    `built-in helpers (and any listed in CUSTOM_HELPERS). A mustache with arguments or a hash is a helper call; one`,
    `naming an unregistered helper fails to compile. Decorators are refused too. Source: ${SOURCES.handlebars}.`,
  ].join(' '),
  check({ scan }) {
    return scan.refs
      .filter((r) => r.kind === 'helper' && r.problem)
      .map((r) => ({ message: r.problem!, line: r.line, column: r.column }));
  },
};
