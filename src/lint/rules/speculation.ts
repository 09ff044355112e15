// Rule `speculation`: while investigating, no guess about the root cause stated as fact.
import { oncePer } from '../../text/memo.js';
import { SOURCES } from '../sources.js';
import type { LintContext } from '../types.js';
import { core, findPhrase, gated, layerPhrases } from '../text.js';
import type { TextRule } from '../types.js';

/** A cause attributed; what follows is the claimed cause. */
const CAUSAL = gated(
  /\b(?:caused by|due to|because of|as a result of|the result of|triggered by|stems? from|root cause (?:is|was)|the cause (?:is|was)|traced (?:it |this )?(?:back )?to|attributed to|blamed on)\s+/gi,
  [
    'caused by',
    'due to',
    'because of',
    'result of',
    'triggered by',
    'stem',
    'cause ',
    'traced ',
    'attributed to',
    'blamed on',
  ],
);
/** Hedged guesses about a cause. */
const HEDGE = gated(
  /\b(?:likely|probably|presumably|possibly|perhaps|we (?:suspect|believe|think)|appears? to (?:be|have)|seems? to (?:be|have)|looks like|might be|may be|could be)\b/i,
  [
    'likely',
    'probably',
    'presumably',
    'possibly',
    'perhaps',
    'we suspect',
    'we believe',
    'we think',
    'appear',
    'seem',
    'looks like',
    'might be',
    'may be',
    'could be',
  ],
);
const CAUSE_WORD =
  /\b(?:cause[sd]?|caused|due to|because|deploy\w*|release|rollout|change|bug|misconfigur\w*|config\w*|attack|ddos|upstream|third[- ]party|database|migration|capacity|traffic spike)\b/i;
/** Specific root causes nobody knows while investigating. */
const GUESS = gated(
  /\b(?:(?:bad|faulty|broken|failed|recent) (?:deploy\w*|release|rollout|update|change|config\w*|migration)|DDoS|cyber-?attack|hack(?:ed|ers?)|(?:a |the )?bug in|misconfigur\w*|power outage|fiber cut|data ?cent(?:er|re) fire)\b/i,
  [
    'bad ',
    'faulty ',
    'broken ',
    'failed ',
    'recent ',
    'ddos',
    'attack',
    'hack',
    'bug in',
    'misconfigur',
    'power outage',
    'fiber cut',
    'fire',
  ],
);
/** "The cause is not yet known" is not a claim. */
const NOT_A_CLAIM =
  /^(?:not (?:yet )?(?:known|determined|clear)|unknown|under investigation|still being (?:investigated|determined))/i;

export const speculation: TextRule = {
  id: 'speculation',
  kind: 'text',
  parts: 'any',
  severity: 'warning',
  description: 'While investigating, no guess about the root cause is stated as fact.',
  docs: [
    `In the investigating phase the root cause is not known; a guess that turns out wrong ("due to a bad deploy",`,
    `"likely a database issue") has to be corrected in public and costs trust. The layer itself is not a guess: it`,
    `is established from the evidence, so "errors caused by Anthropic's API" passes, while a cause beyond the layer`,
    `and its observed errors (a deploy, a bug, an attack, a hedge such as "probably" next to a cause) is reported.`,
    `Sources: ${SOURCES.google} (the product team investigates the root cause; initial notices carry what is known,`,
    `detail follows in later updates); ${SOURCES.atlassian} (tip 3: honesty and clarity); ${SOURCES.pagerduty}`,
    `(initial communication "can be minimal in revealing scope which might not be known yet").`,
  ].join(' '),
  scope: 'sentence',
  reads: [
    'models.list',
    'phase.is.investigating',
    'provider.name',
    'said.layerName',
    'said.cause',
    'said.causeShort',
    'said.previousLayerName',
  ],
  check({ text: s, ctx }) {
    if (!ctx.phase.is.investigating) return [];
    const guess = GUESS.exec(s)?.[0];
    if (guess)
      return [
        {
          message: `"${guess}" is a guess about the root cause while investigating; state the layer and the errors observed, not a cause`,
          needle: guess,
        },
      ];
    const known = knownFor(ctx);
    for (const m of CAUSAL.matchAll(s)) {
      const object = s.slice(m.index + m[0].length).replace(/[.;:!?](?:\s|$)[\s\S]*$/, '');
      if (NOT_A_CLAIM.test(object) || known.some((k) => findPhrase(object, k))) continue;
      const claimed = `${m[0]}${object}`.trim();
      return [
        {
          message: `"${claimed}" states a cause beyond the evidence while investigating; name the layer ("${core(ctx.said.layerName)}") and what was observed`,
          needle: claimed,
        },
      ];
    }
    const hedge = HEDGE.exec(s)?.[0];
    if (hedge && CAUSE_WORD.test(s))
      return [
        {
          message: `"${hedge}" hedges a guess about the cause while investigating; say what is known and when the next update comes`,
          needle: hedge,
        },
      ];
    return [];
  },
};

/** What the evidence establishes, so "caused by <the layer, provider, models or errors>" is not a guess. */
const knownFor = oncePer((ctx: LintContext): string[] =>
  [...layerPhrases(ctx), ctx.said.previousLayerName, ctx.provider.name, ...ctx.models.list.map((m) => m.name)].filter(
    (p) => p.length > 0,
  ),
);
