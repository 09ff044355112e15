// Rule `own-the-problem`: the first sentence is about our users' impact, not a blame-first "due to a third-party
// issue".
import { SOURCES } from '../sources.js';
import { escapeRegExp } from '../../text/regexp.js';
import { containsPhrase, findPhrase, gated, sentences, withoutQuoted } from '../text.js';
import { isAscii } from '../../text/ascii.js';
import type { TextRule } from '../types.js';

const BLAME = gated(
  /\b(?:third[- ]party|upstream|vendor|supplier|(?:our |an? |the )?(?:AI |LLM )?provider(?:'s)?|due to|caused by|because of|outside (?:of )?our control|beyond our control|not our fault)\b/i,
  [
    'party',
    'upstream',
    'vendor',
    'supplier',
    'provider',
    'due to',
    'caused by',
    'because of',
    'our control',
    'not our fault',
  ],
);
const ABOUT_USERS = /\b(?:users?|customers?|you|your|we|our|us|people|everyone|requests?|answers?)\b/i;

/** The first sentence a reader sees, after any correction and a "Phase: Feature" heading. */
export function firstSentence(text: string, ctx: Parameters<typeof withoutQuoted>[1]): string | undefined {
  const all = sentences(withoutQuoted(text, ctx));
  const name = ctx.said.phaseName || ctx.phase.id;
  const heading = HEADINGS[name] ?? (HEADINGS[name] = new RegExp(`^${escapeRegExp(name)}\\s*:`, 'i'));
  return all.find((s) => !(heading.test(s) && !/[.!?…]$/.test(s)) && hasLetter(s));
}
const HEADINGS: Record<string, RegExp> = {};
/** \p{L} anywhere: an ASCII letter answers without the Unicode class, which costs V8 a table to build. */
const hasLetter = (s: string) => /[A-Za-z]/.test(s) || (!isAscii(s) && /\p{L}/u.test(s));

export const ownTheProblem: TextRule = {
  id: 'own-the-problem',
  kind: 'text',
  parts: 'body',
  severity: 'warning',
  description: "In a public channel, the first sentence is about our users' impact, owned by us, not blame-first.",
  docs: [
    `Readers came because our product is failing them; the first sentence tells them how, in their words ("Acme AI`,
    `answers are failing for many users"). Naming the provider comes after, as a fact with its evidence — opening`,
    `with "Due to a third-party issue …" reads as shifting blame. The check passes when the first sentence contains`,
    `the impact text or speaks about users, us or our product, and does not open with the provider or a blame`,
    `phrase. Sources: ${SOURCES.atlassian} (tip 5, "Own the problem": "While an incident may technically be caused`,
    `by another provider, in your customers' eyes, it's a problem with your service"); ${SOURCES.layerpost} (SPEC`,
    `§4: "our users' impact first … owned by us").`,
  ].join(' '),
  reads: [
    'impact.given',
    'impact.text',
    'product.name',
    'product.feature',
    'provider.name',
    'provider.named',
    'said.correction',
    'said.correctionShort',
    'said.phaseName',
  ],
  check({ text, ctx, channel }) {
    if (!channel.public) return [];
    const first = firstSentence(text, ctx);
    if (!first || (ctx.impact.given && containsPhrase(first, ctx.impact.text))) return [];
    const blame = BLAME.exec(first)?.[0] ?? (ctx.provider.named ? findPhrase(first, ctx.provider.name) : undefined);
    if (blame)
      return [
        {
          message: `the first sentence leads with "${blame}" instead of our users' impact; start with {{> impact-line}}`,
          needle: first,
        },
      ];
    const ours =
      [ctx.product.name, ctx.product.feature].some((p) => p && findPhrase(first, p)) || ABOUT_USERS.test(first);
    if (!ours)
      return [
        {
          message: `the first sentence ("${first.slice(0, 60)}") is not about our users' impact; start with {{> impact-line}}`,
          needle: first,
        },
      ];
    return [];
  },
};
