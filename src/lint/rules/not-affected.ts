// Rule `not-affected`: the draft says what is not affected (the layer's not-affected sentence, or words to that
// effect).
import { SOURCES } from '../sources.js';
import { containsPhrase } from '../text.js';
import type { TextRule } from '../types.js';

const REASSURANCE =
  /\b(?:not (?:been )?affected|unaffected|not impacted|unchanged|working normally|(?:is|are) working|operating normally|not a change in)\b/i;

export const notAffected: TextRule = {
  id: 'not-affected',
  kind: 'text',
  parts: 'body',
  severity: 'warning',
  description: 'The draft says what is not affected ("Model quality is unaffected.").',
  docs: [
    `Saying what still works bounds the incident for readers and stops the worst reading: for a provider-API`,
    `outage, "answers that do complete are not affected; this is not a change in the model". The layer's`,
    `not-affected phrase ({{> not-affected}} or {{> not-affected-short}}, phrases/not-affected/<layer>.hbs) or the`,
    `template's own words to that effect ("… is unaffected", "… is working normally") satisfy it. Sources:`,
    `${SOURCES.layerpost} (SPEC §1: each layer states what is not affected, and drafts say it);`,
    `${SOURCES.atlassian} (tip 1: "alleviate any concerns"); ${SOURCES.pagerduty} (scope of impact).`,
  ].join(' '),
  reads: ['said.notAffected', 'said.notAffectedShort'],
  check({ text, ctx }) {
    if (!ctx.said.notAffected && !ctx.said.notAffectedShort) return [];
    if (
      containsPhrase(text, ctx.said.notAffected) ||
      containsPhrase(text, ctx.said.notAffectedShort) ||
      REASSURANCE.test(text)
    )
      return [];
    return [
      { message: `does not say what is not affected; add {{> not-affected-short}} ("${ctx.said.notAffectedShort}")` },
    ];
  },
};
