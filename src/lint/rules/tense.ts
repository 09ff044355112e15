// Rule `tense`: a monitoring or resolved draft says what was failing, not that it is failing.
import { SOURCES } from '../sources.js';
import { core, removePhrase, sentences, withoutQuotations } from '../text.js';
import type { RuleHit, TextRule } from '../types.js';

// Bounded, linear patterns only: fixed words with at most one optional adverb, no nested repetition.
const BE = String.raw`\b(?:is|are|remains?)`;
const NOW = String.raw`(?:\s+(?:still|currently|now|again))?`;
/** Present-tense failure wording: "is failing", "are returning errors", "are not reaching …", "is down". */
const PRESENT: readonly RegExp[] = [
  new RegExp(
    `${BE}${NOW}\\s+(?:failing|down|erroring|timing out|unavailable|unreachable|broken|offline|degraded|overloaded|returning (?:errors|failures|\\w+ errors)|rejecting (?:requests|our requests|calls))\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:is|are)${NOW}\\s+not\\s+(?:reaching|responding|working|completing|loading|available|getting through)\\b`,
    'i',
  ),
  new RegExp(
    `\\b(?:isn't|aren't)${NOW}\\s+(?:reaching|responding|working|completing|loading|available|getting through)\\b`,
    'i',
  ),
  /\b(?:requests|answers|calls|responses)\s+(?:still\s+)?(?:fail|time out|error out)\b/i,
  /\b(?:we are|we're) (?:seeing|experiencing) (?:errors|failures|timeouts|an outage)\b/i,
];
/**
 * At resolved we are doing nothing any more: any present progressive of ours ("we are rolling back", "we're moving").
 */
const OURS_NOW = /\b(?:we are|we['’]re)\s+(?:(?:still|currently|now|also|actively)\s+)?(?!not\b)[a-z]{2,20}ing\b/i;
/** At resolved nothing is "still" happening ("Requests still complete", "still failing"). */
const STILL = /\bstill(?:\s+\w+)?/i;
/** Every pattern needs one of these words; most sentences have none. */
const KEYWORD = /\b(?:is|are|isn't|aren't|remains?|requests|answers|calls|responses|we are|we['’]re|still)\b/i;

export const tense: TextRule = {
  id: 'tense',
  kind: 'text',
  parts: 'any',
  severity: 'error',
  description: 'A monitoring or resolved draft says what was failing, not that it is failing.',
  docs: [
    `Each phase has its tense. At monitoring a fix is in place: the draft says what was failing and that we are`,
    `watching; "requests are failing" next to "a fix is in place" contradicts itself and tells readers the fix did`,
    `not work. At resolved everything is in the past, with no "still" ("Requests still complete"). Reported at`,
    `monitoring and resolved: present-tense failure wording ("is failing", "are returning errors", "are not`,
    `reaching …", "is down", "requests fail"), and at resolved "still" and any present progressive of ours ("we are`,
    `rolling back", "we're moving"). Text in “curly quotes” is a quotation (an`,
    `earlier update's words, a provider's incident title) and is skipped. Sources: ${SOURCES.layerpost} (SPEC §4,`,
    `"An incident is a timeline": each phase has its tense); ${SOURCES.atlassian} (tip 3, "Communicate precisely");`,
    `${SOURCES.google} (an incident is mitigated, then resolved: updates say which).`,
  ].join(' '),
  reads: ['dataLoss.text', 'phase.id', 'phase.is.monitoring', 'phase.is.resolved'],
  check({ text, ctx }) {
    const resolved = ctx.phase.is.resolved;
    if (!resolved && !ctx.phase.is.monitoring) return [];
    const hits: RuleHit[] = [];
    // Quotations are removed from the whole text first: a quoted sentence may hold its own full stop.
    const plain = withoutQuotations(text);
    for (const s of sentences(plain)) {
      if (!KEYWORD.test(s)) continue;
      let m: string | undefined;
      for (const r of PRESENT) if ((m = r.exec(s)?.[0])) break;
      if (m)
        hits.push({
          message: `"${m}" is present tense at ${ctx.phase.id}: say what was failing ({{#if phase.past}}…{{/if}}), not that it is failing`,
          needle: m,
        });
      else if (resolved && (m = OURS_NOW.exec(s)?.[0]))
        hits.push({
          message: `"${m}" at resolved: the incident is over, so say what we did, not what we are doing`,
          needle: m,
        });
    }
    if (resolved && !hits.length) {
      // The operator's word on data loss speaks of the data now ("your notes are still there"): not a claim about the
      // fault.
      const dataLoss = core(ctx.dataLoss.text);
      for (const s of sentences(dataLoss ? removePhrase(plain, dataLoss) : plain)) {
        const m = STILL.exec(s)?.[0];
        if (m) hits.push({ message: `"${m}" at resolved: everything is in the past ("${s.slice(0, 60)}")`, needle: m });
      }
    }
    return hits;
  },
};
