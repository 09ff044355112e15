// Rule `unsafe-html`: no triple-stash {{{…}}} or {{& …}} on fields whose text comes from outside.
import { EXTERNAL_FIELDS } from '../../drafts/context-kinds.js';
import { SOURCES } from '../sources.js';
import type { TemplateRule } from '../types.js';

/** Whether a root-relative path ("evidence.lines[]", "models.list[].name") is, or is inside, an external field. */
export function isExternal(canonical: string): boolean {
  const plain = canonical.replace(/\[\]/g, '');
  return EXTERNAL_FIELDS.some((f) => plain === f || plain.startsWith(`${f}.`));
}

export const unsafeHtml: TemplateRule = {
  id: 'unsafe-html',
  kind: 'template',
  severity: 'error',
  description: 'No unescaped output ({{{…}}}, {{&…}}) of text that comes from outside.',
  docs: [
    `Provider status text, probe details and operator input (the fields listed in EXTERNAL_FIELDS) are not ours: a`,
    `status page's incident title or an error body can carry markup. A template that opts out of escaping for them`,
    `would pass that markup into Markdown and HTML channels (the status page, the review page). Use {{…}};`,
    `unescaped output is fine for fields layerpost writes itself. Source: ${SOURCES.handlebars} (HTML escaping);`,
    `OWASP's guidance on output encoding of untrusted data.`,
  ].join(' '),
  check({ scan }) {
    return scan.unescaped
      .filter((u) => u.sources.some(isExternal))
      .map((u) => ({
        message: `unescaped output of "${u.name}", which carries outside text (${u.sources.filter(isExternal).join(', ')}); use {{${u.name}}}`,
        line: u.line,
        column: u.column,
      }));
  },
};
