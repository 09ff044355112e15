// Rule `unknown-partial`: every {{> partial}} names a phrase of the set being linted.
import { SOURCES } from '../sources.js';
import { suggest } from '../schema.js';
import type { TemplateRule } from '../types.js';
import { partialFiles } from '../../templating/set.js';

export const unknownPartial: TemplateRule = {
  id: 'unknown-partial',
  kind: 'template',
  severity: 'error',
  description: 'Every partial used ({{> name}}) is a phrase of the set: phrases/NAME.hbs or a folder phrases/NAME/.',
  docs: [
    `A partial that is not registered fails at render time. Partials come from phrases/NAME.hbs (and`,
    `phrases/NAME/LAYER.hbs, chosen by the layer; {{> previous-NAME}} is the previous update's layer's) of the`,
    `embedded set merged with the override directories, so an override set may use the embedded partials; a name`,
    `that matches none, or a partial chosen at render time, is reported. Source: ${SOURCES.handlebars}.`,
  ].join(' '),
  check({ scan, set }) {
    const known = [...set.partials.keys(), ...set.layered.keys()];
    return scan.refs
      .filter((r) => r.kind === 'partial' && (r.problem || partialFiles(set, r.name).length === 0))
      .map((r) => {
        const hint = r.problem ? undefined : suggest(r.name, known);
        return {
          message:
            r.problem ??
            `unknown partial "${r.name}"${hint ? `; did you mean "${hint}"?` : ''} (known: ${known.join(', ') || 'none'})`,
          line: r.line,
          column: r.column,
        };
      });
  },
};
