// Rule `unknown-partial`: every {{> partial}} names a file in partials/ of the set being linted.
import { SOURCES } from '../sources.js';
import { suggest } from '../schema.js';
import type { TemplateRule } from '../types.js';

export const unknownPartial: TemplateRule = {
  id: 'unknown-partial',
  kind: 'template',
  severity: 'error',
  description: 'Every partial used ({{> name}}) exists in partials/.',
  docs: `A partial that is not registered fails at render time. Partials come from partials/NAME.hbs of the embedded set merged with the override directories, so an override set may use the embedded partials; a name that matches none, or a partial chosen at render time, is reported. Source: ${SOURCES.handlebars}.`,
  check({ scan, set }) {
    const known = [...set.partials.keys()];
    return scan.refs
      .filter((r) => r.kind === 'partial' && (r.problem || !set.partials.has(r.name)))
      .map((r) => {
        const hint = r.problem ? undefined : suggest(r.name, known);
        return {
          message: r.problem ?? `unknown partial "${r.name}"${hint ? `; did you mean "${hint}"?` : ''} (known: ${known.join(', ') || 'none'})`,
          line: r.line,
          column: r.column,
        };
      });
  },
};
