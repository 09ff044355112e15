// Rule `syntax`: a template must parse as Handlebars; the error's line and column are reported.
import { SOURCES } from '../sources.js';
import type { TemplateRule } from '../types.js';

export const syntax: TemplateRule = {
  id: 'syntax',
  kind: 'template',
  severity: 'error',
  description: 'The template parses as Handlebars.',
  docs: [
    `A template that does not parse cannot produce a draft, and layerpost would find out at the worst moment:`,
    `during an incident. The parser's message is reported with the file, line and column of the offending token,`,
    `and every other rule that needs the template's structure is skipped for that file. Source:`,
    `${SOURCES.handlebars}.`,
  ].join(' '),
  check({ scan }) {
    return scan.parseError
      ? [{ message: scan.parseError.message, line: scan.parseError.line, column: scan.parseError.column }]
      : [];
  },
};
