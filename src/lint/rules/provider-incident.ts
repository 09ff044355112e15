// Rule `provider-incident`: no sentence about the provider's incident unless the evidence holds an open one.
import { oncePer } from '../../text/memo.js';
import { escapeRegExp } from '../../text/regexp.js';
import { SOURCES } from '../sources.js';
import { clauses, gated, NEGATION, sentences, ungated, withoutQuotations, type Gated } from '../text.js';
import { isAscii } from '../../text/ascii.js';
import type { LintContext, RuleHit, TextRule } from '../types.js';

// Bounded, linear patterns: fixed words, at most one optional word between them.
// Each behind the words it needs (gated): a sentence with "incident" rarely holds them.
const GENERIC: readonly Gated[] = [
  // "Anthropic reports an incident", "has reported an outage", "is reporting a major incident" (not "we have opened an
  // incident": ours)
  gated(
    /(?<!\bwe (?:have |had |are )?)\b(?:reports?|reported|reporting|declared|acknowledged|posted|opened) (?:an?|its|their) (?:\w+ )?(?:incident|outage)\b/i,
    ['report', 'declared', 'acknowledged', 'posted', 'opened'],
  ),
  // "following the provider's incident", "tracking their incident"
  gated(
    /\b(?:follow(?:ing)?|track(?:ing)?|watch(?:ing)?|monitor(?:ing)?) (?:the provider's|its|their|the upstream|the) (?:\w+ )?(?:incident|outage)\b/i,
    ['follow', 'track', 'watch', 'monitor'],
  ),
  // "an incident on its status page", "the provider's status page shows an incident"
  gated(/\bincident (?:on|at) (?:its|their|the provider's) status page\b/i, ['status page']),
  gated(/\bstatus page (?:reports|shows|lists|has) an? (?:\w+ )?(?:incident|outage)\b/i, ['status page']),
  gated(/\b(?:the |our )?(?:AI |LLM )?provider's (?:\w+ )?(?:incident|outage)\b/i, ["provider's"]),
];
/** A word every pattern needs: most sentences have none. */
const KEYWORD = /\b(?:incident|outage)\b/i;

export const providerIncident: TextRule = {
  id: 'provider-incident',
  kind: 'text',
  parts: 'any',
  severity: 'error',
  description: "No sentence about the provider's incident unless the evidence holds an open one.",
  docs: [
    `"We are following Anthropic's incident" when Anthropic has no open incident is an invented fact: readers check`,
    `the provider's status page, find nothing, and stop trusting the post (issue 14 saw it in every identified`,
    `draft of a provider layer). A sentence that speaks of the provider's incident ("reports an incident",`,
    `"following <Provider>'s incident", "<Provider>'s incident") is reported in any render whose`,
    `provider.incident.open is false; guard it with {{#if provider.incident.open}}. A negated clause ("which has`,
    `not reported an incident") and text in “curly quotes” are not such claims. Sources: ${SOURCES.layerpost} (SPEC`,
    `§4, "Only true statements": a provider's incident is mentioned only when the evidence holds an open incident`,
    `of that provider); ${SOURCES.atlassian} (tip 3: honesty and clarity).`,
  ].join(' '),
  reads: ['provider.incident.open', 'provider.name', 'provider.named'],
  check({ text, ctx }) {
    if (ctx.provider.incident.open || !KEYWORD.test(text)) return [];
    const patterns = patternsFor(ctx);
    const hits: RuleHit[] = [];
    for (const s of sentences(withoutQuotations(text))) {
      if (!KEYWORD.test(s)) continue;
      for (const clause of clauses(s)) {
        if (NEGATION.test(clause)) continue;
        let m: string | undefined;
        for (const r of patterns) if ((m = r.exec(clause)?.[0])) break;
        if (m) {
          hits.push({
            message: `"${m}" speaks of ${ctx.provider.name || 'the provider'}'s incident, but the evidence holds no open incident of it; guard the sentence with {{#if provider.incident.open}}`,
            needle: m,
          });
          break;
        }
      }
    }
    return hits;
  },
};

/** The fixed patterns, then "<Provider>'s incident" and "<Provider> reports …" for this context's provider. */
const patternsFor = oncePer((ctx: LintContext): readonly Gated[] => {
  if (!ctx.provider.named) return GENERIC;
  const p = escapeRegExp(ctx.provider.name);
  // Both need the name as written, case-blind: its own pre-check when it is ASCII.
  const gate = (re: RegExp): Gated => (isAscii(ctx.provider.name) ? gated(re, [ctx.provider.name]) : ungated(re));
  return [
    ...GENERIC,
    gate(new RegExp(`${p}['’]s (?:\\w+ )?(?:incident|outage)\\b`, 'i')),
    gate(
      new RegExp(
        `${p} (?:has |is )?(?:reports?|reported|reporting|declared|acknowledged|posted|opened) (?:an? )?(?:\\w+ )?(?:incident|outage)\\b`,
        'i',
      ),
    ),
  ];
});
