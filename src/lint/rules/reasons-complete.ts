// Rule `reasons-complete`: a set that words the diagnosis's reasons itself words all of them.
import { REASON_TEMPLATES } from '../../model/reasons.js';
import { SOURCES } from '../sources.js';
import type { TemplateRule } from '../types.js';

export const reasonsComplete: TemplateRule = {
  id: 'reasons-complete',
  kind: 'template',
  severity: 'warning',
  description:
    'A set with files in reasons/ has every one of them (reasons/KIND.hbs for each reason the diagnosis gives).',
  docs: [
    `A team's set is merged over the embedded one file by file, so a reason the set does not word is said by the`,
    `embedded English template: a set in another language that misses one prints that sentence in English in the`,
    `Slack evidence and the interview. Reported once, on the set's first file in reasons/, naming each missing file.`,
    `Source: ${SOURCES.layerpost}.`,
  ].join(' '),
  check({ file, set }) {
    if (file.origin !== 'override' || !file.name.startsWith('reasons/')) return [];
    const own = [...set.templates.values()].filter((f) => f.origin === 'override' && f.name.startsWith('reasons/'));
    if (own[0] !== file) return [];
    const missing = REASON_TEMPLATES.filter((name) => set.templates.get(name)?.origin !== 'override');
    if (!missing.length) return [];
    const files = missing.map((m) => `${m}.hbs`);
    return [
      {
        message:
          `this set words reasons itself but has no ${files.join(', ')}: ` +
          `the embedded English ${missing.length === 1 ? 'sentence is' : 'sentences are'} used there`,
        line: 1,
        column: 1,
      },
    ];
  },
};
