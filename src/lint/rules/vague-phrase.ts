// Rule `vague-phrase`: no "degraded performance"-style wording in a sentence that does not name the layer.
import { SOURCES } from '../sources.js';
import { oncePer } from '../../text/memo.js';
import { isAscii } from '../../text/ascii.js';
import { findPhrase, fragments, holdsAny, namesLayer, phraseSource } from '../text.js';
import type { TextRule } from '../types.js';

/** Default list; config `lint.vaguePhrases` replaces it. */
export const DEFAULT_VAGUE_PHRASES: readonly string[] = [
  'degraded performance',
  'performance degradation',
  'degraded service',
  'service degradation',
  'experiencing issues',
  'experiencing problems',
  'experiencing difficulties',
  'some problems',
  'some issues',
  'service disruption',
  'service interruption',
  'technical difficulties',
  'technical issues',
  'performance issues',
  'intermittent issues',
  'unexpected behavior',
  'unexpected behaviour',
  'not working as expected',
];

export const vaguePhrase: TextRule = {
  id: 'vague-phrase',
  kind: 'text',
  parts: 'any',
  severity: 'warning',
  description:
    'No vague wording ("degraded performance", "experiencing issues" …) in a sentence that does not name the layer.',
  docs: [
    `Statuspage's own vocabulary ("degraded performance") and stock phrases ("we are experiencing issues") say that`,
    `something is wrong without saying what; for a product built on an LLM the public fills the gap with "the model`,
    `got worse". A sentence that uses one must also name the layer ("Anthropic's API is experiencing issues"`,
    `passes). The list is configurable with lint.vaguePhrases in the config. Sources: ${SOURCES.atlassian} (tip 3,`,
    `"Communicate precisely": honesty, clarity and transparency, in layman's terms); ${SOURCES.layerpost}.`,
  ].join(' '),
  scope: 'sentence',
  reads: [
    'correction.has',
    'said.layerName',
    'said.cause',
    'said.causeShort',
    'said.correction',
    'said.correctionShort',
  ],
  check({ text: sentence, ctx, vaguePhrases }) {
    // The vague phrase is looked for first (one regexp for the whole list, behind each phrase's longest word): it is
    // rare, and naming the layer costs more.
    const words = longestWords(vaguePhrases);
    if ((words && !holdsAny(sentence, words)) || !anyOf(vaguePhrases).test(sentence)) return [];
    for (const p of vaguePhrases) {
      const m = findPhrase(sentence, p);
      if (m)
        return namesLayer(sentence, ctx)
          ? []
          : [
              {
                message: `vague phrase "${m}" without naming the layer; say what failed, e.g. "${ctx.said.causeShort}"`,
                needle: m,
              },
            ];
    }
    return [];
  },
};

/**
 * Each phrase's longest word, upper case, which every match of that phrase holds (undefined when a phrase is not
 * ASCII): the pre-check before the regexp of the whole list, which compiles to ~25 KB of machine code; a draft whose
 * sentences hold none of the words never makes it, and lint runs one regexp, not 18 phrase searches, on the rest.
 */
const longestWords = oncePer((list: readonly string[]): readonly string[] | undefined => {
  const words = list
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a)));
  return words.every(isAscii) ? fragments(words) : undefined;
});

/** One regexp that matches wherever any phrase of the list would (the first one found is then reported, in list order). */
const anyOf = oncePer((list: readonly string[]): RegExp => {
  const sources = list
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `(?:${phraseSource(p)})`);
  return sources.length ? new RegExp(sources.join('|'), 'i') : /(?!)/;
});
