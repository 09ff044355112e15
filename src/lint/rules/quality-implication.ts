// Rule `quality-implication`: no wording that suggests worse answers unless the layer is model-quality.
import { oncePer } from '../../text/memo.js';
import { SOURCES } from '../sources.js';
import type { LintContext } from '../types.js';
import { escapeRegExp } from '../../text/regexp.js';
import { clauses, fragments, gated, holdsAny, NEGATION, type Gated } from '../text.js';
import type { TextRule } from '../types.js';

const QUALITY: readonly Gated[] = [
  gated(/\bdegraded (?:model|answers?|responses?|outputs?|results?|completions?|quality|intelligence)\b/i, [
    'degraded ',
  ]),
  gated(/\bmodel (?:degradation|regression|quality (?:issues?|problems?|drop))\b/i, [
    'degradation',
    'regression',
    'quality',
  ]),
  gated(/\b(?:lower|reduced|worse|poorer|degraded|declining|decreased)[- ](?:quality|accuracy|intelligence)\b/i, [
    'quality',
    'accuracy',
    'intelligence',
  ]),
  gated(
    /\b(?:quality|accuracy) (?:has |is |was )?(?:degraded|dropped|declined|decreased|worse|lower|reduced|down)\b/i,
    ['quality', 'accuracy'],
  ),
  gated(/\bmodel performance\b/i, ['model performance']),
  gated(/\b(?:dumber|less (?:accurate|capable|intelligent|smart|helpful|reliable answers))\b/i, ['dumber', 'less ']),
  gated(
    /\b(?:worse|poorer|wrong|incorrect|inaccurate|low[- ]quality|bad|garbled|nonsensical) (?:answers|responses|results|outputs?|completions|replies)\b/i,
    ['answers', 'responses', 'results', 'output', 'completions', 'replies'],
  ),
  gated(/\b(?:model|ai|assistant) (?:got|gets|is getting|has gotten|became|has become|is) (?:worse|dumber|less)\b/i, [
    'worse',
    'dumber',
    'less',
  ]),
  gated(/\bhallucinat\w*/i, ['hallucinat']),
];

/**
 * A word (or word start) each pattern needs, case-blind: "low-quality" needs "quality", and the per-model patterns need
 * "degrad" or "performance". A superset check, so it only ever skips sentences no pattern could match.
 */
const KEYWORD = fragments([
  'degrad',
  'regression',
  'lower',
  'reduced',
  'worse',
  'poorer',
  'declin',
  'decreas',
  'quality',
  'accuracy',
  'intelligence',
  'dumber',
  'less',
  'wrong',
  'incorrect',
  'inaccurate',
  'bad',
  'garbled',
  'nonsensical',
  'hallucinat',
  'performance',
]);

export const qualityImplication: TextRule = {
  id: 'quality-implication',
  kind: 'text',
  parts: 'any',
  severity: 'error',
  description: 'Nothing suggests worse model answers unless the layer is model-quality.',
  docs: [
    `When the provider's API returns 529s, the model's answers are not worse: requests fail, and the ones that`,
    `complete are as good as ever. Words such as "degraded model", "lower quality", "model performance", "worse`,
    `responses" or a model named next to "degraded" tell the public the opposite. Reassurances are fine ("this is`,
    `not a change in model quality"): a match inside a negated clause is ignored. Sources: ${SOURCES.layerpost}`,
    `(SPEC: "nothing implies a model-quality problem unless the layer is model-quality"); ${SOURCES.atlassian} (tip`,
    `3, "Communicate precisely").`,
  ].join(' '),
  scope: 'sentence',
  reads: ['layer.id', 'layer.is.modelQuality', 'models.list', 'said.notAffectedShort'],
  check({ text: sentence, ctx }) {
    // Every pattern needs one of these words: most sentences have none, and the patterns cost V8 milliseconds to
    // compile.
    if (ctx.layer.is.modelQuality || !holdsAny(sentence, KEYWORD)) return [];
    const patterns = patternsFor(ctx);
    const hits = [];
    for (const clause of clauses(sentence)) {
      if (NEGATION.test(clause)) continue;
      let m: string | undefined;
      for (const r of patterns) if ((m = r.exec(clause)?.[0])) break;
      if (m)
        hits.push({
          message: `"${m}" suggests the model's answers got worse, but the layer is ${ctx.layer.id}: ${ctx.said.notAffectedShort || 'say what is affected instead'}`,
          needle: m,
        });
    }
    return hits;
  },
};

/** The fixed patterns, then "<model name> … degraded" for this context's models. */
const patternsFor = oncePer((ctx: LintContext): readonly Gated[] => [
  ...QUALITY,
  ...ctx.models.list.map((m) =>
    gated(new RegExp(`${escapeRegExp(m.name)}\\b[^.;:]{0,40}\\b(?:degraded|degradation|performance)\\b`, 'i'), [
      'degrad',
      'performance',
    ]),
  ),
]);
