// Rule `data-loss`: a resolved draft says whether any data was lost.
import { SOURCES } from '../sources.js';
import { containsPhrase, sentences } from '../text.js';
import type { TextRule } from '../types.js';

export const dataLoss: TextRule = {
  id: 'data-loss',
  kind: 'text',
  parts: 'body',
  severity: 'warning',
  description: 'A resolved draft says whether any data was lost.',
  docs: [
    `The first question after "is it fixed?" is "did I lose anything?". The resolved update must answer it, even`,
    `when the answer is "no data was lost" (the operator's word, {{dataLoss.text}}, which phrases/closing.hbs`,
    `prints). Sources: ${SOURCES.pagerduty} (Resolution: "Clear indication of any data loss or lingering`,
    `corruption"; "If there are no lingering impacts, clearly note this"); ${SOURCES.atlassian} (tip 1: alleviate`,
    `concerns about security or data loss).`,
  ].join(' '),
  reads: ['dataLoss.given', 'dataLoss.text', 'phase.is.resolved'],
  check({ text, ctx }) {
    if (!ctx.phase.is.resolved) return [];
    if (ctx.dataLoss.given && containsPhrase(text, ctx.dataLoss.text)) return [];
    if (
      sentences(text).some(
        (s) => /\bdata\b/i.test(s) && /\b(?:lost|loss|intact|safe|deleted|corrupt\w*|affected|unaffected)\b/i.test(s),
      )
    )
      return [];
    return [
      {
        message:
          'resolved, but does not say whether any data was lost; add {{dataLoss.text}} (phrases/closing.hbs says it)',
      },
    ];
  },
};
