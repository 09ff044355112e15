// Rule `no-eta`: no promise of when the fix lands ("will be resolved by", "fixed within").
import { SOURCES } from '../sources.js';
import { fragments, gated, holdsAny, type Gated } from '../text.js';
import type { TextRule } from '../types.js';

// Each behind the words it needs (gated).
const ETA: readonly Gated[] = [
  gated(
    /\bwill be (?:fully )?(?:resolved|fixed|restored|back(?: up| online| to normal)?|working(?: again)?|operational(?: again)?|up(?: again)?)\s+(?:by|within|in|before|shortly|soon|today|tonight|at)\b/i,
    ['will be'],
  ),
  gated(
    /\b(?:fixed|resolved|restored|repaired|back (?:up|online|to normal)|recovered?)\s+(?:with)?in (?:the next |about |around |roughly )?(?:\d+|a few|an?|one|two|three|few|several|the hour|the day|hours|minutes)\b/i,
    ['fixed', 'resolved', 'restored', 'repaired', 'back ', 'recover'],
  ),
  gated(/\bETA\b/, ['eta']),
  gated(/\bestimated (?:time (?:of|to) )?(?:resolution|recovery|fix|restoration)\b/i, ['estimated ']),
  gated(
    /\bexpect(?:ed|s)? (?:a |the )?(?:fix|resolution|full recovery|recovery|service to be restored|it to be (?:fixed|resolved))\b/i,
    ['expect'],
  ),
  gated(/\b(?:should|expect(?:ed)? to) be (?:fully )?(?:resolved|fixed|restored|back)\b/i, ['should be', 'to be']),
];

/** A word each ETA pattern needs, upper case (case-blind, so it also admits what /\bETA\b/ needs). */
const KEYWORD = fragments([
  'will',
  'fixed',
  'resolved',
  'restored',
  'repaired',
  'back',
  'recover',
  'eta',
  'estimated',
  'expect',
  'should',
]);

export const noEta: TextRule = {
  id: 'no-eta',
  kind: 'text',
  parts: 'any',
  severity: 'error',
  description: 'No promise of when the fix lands ("will be resolved by …", "fixed within …").',
  docs: [
    `A fix time is a guess during an incident, and a missed one costs more trust than none: promise the next update`,
    `instead, which the team controls. Dependent on a provider, we cannot know when its fix lands at all. "Next`,
    `update by 14:30 UTC" is fine; "will be resolved by 14:30", "fixed within the hour", "ETA" are reported.`,
    `Sources: ${SOURCES.google} (an issue is fixed only when changes end the impact; mitigation and workarounds are`,
    `communicated, not predicted fix times); ${SOURCES.pagerduty} (updates give an expectation of the next update).`,
  ].join(' '),
  scope: 'sentence',
  reads: [],
  check({ text: sentence }) {
    // Every pattern starts at one of these words: most sentences have none, and the patterns themselves (case-blind,
    // with many alternatives) cost V8 milliseconds to compile, so a draft without such words never compiles them.
    if (!holdsAny(sentence, KEYWORD)) return [];
    for (const r of ETA) {
      const m = r.exec(sentence)?.[0];
      if (m) return [{ message: `"${m}" promises a fix time; promise the next update instead`, needle: m }];
    }
    return [];
  },
};
