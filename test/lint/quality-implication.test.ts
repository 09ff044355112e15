// quality-implication checks only sentences holding one of its keywords: every pattern still fires, in any case.
import { beforeAll, describe, expect, it } from 'vitest';
import { qualityImplication } from '../../src/lint/rules/quality-implication.js';
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { CHANNELS } from '../../src/drafts/channels/index.js';
import type { LintContext } from '../../src/lint/types.js';
import { lintContext } from './contexts.js';

let apiCtx: LintContext; // models: Claude Opus 4.7
let qualityCtx: LintContext;
beforeAll(async () => {
  apiCtx = await lintContext('provider-api');
  qualityCtx = await lintContext('model-quality');
});
const hits = (sentence: string, ctx: LintContext = apiCtx) =>
  qualityImplication.check({
    text: sentence,
    part: 'body',
    channel: CHANNELS.x,
    ctx,
    layers: DEFAULT_LAYERS,
    vaguePhrases: [],
  });

describe('quality-implication', () => {
  it.each([
    'Users may see DEGRADED ANSWERS from the assistant.',
    'We are tracking a model regression.',
    'Some users report model quality issues.',
    'This brings lower-quality replies for now.',
    'Accuracy has dropped for some requests.',
    'We see an effect on model performance.',
    'The assistant is less accurate today.',
    'It returns garbled responses.',
    'Users may get low-quality answers.',
    'The AI got worse overnight.',
    'The model is hallucinating.',
    'Claude Opus 4.7 shows degraded performance.',
    'Requests to Claude Opus 4.7 see performance problems.',
  ])('reports %j', (s) => {
    expect(hits(s).length).toBeGreaterThanOrEqual(1);
  });

  it.each([
    'Acme AI answers are failing for many users.',
    "We are following Anthropic's incident and retrying failed requests.",
    'Model quality is unaffected.',
    'This is not a change in model quality, and answers are not worse.',
  ])('passes %j', (s) => {
    expect(hits(s)).toEqual([]);
  });

  it("the message says what is not affected, in the set's own words", () => {
    expect(hits('The model is hallucinating.')[0]!.message).toBe(
      `"hallucinating" suggests the model's answers got worse, but the layer is provider-api: ${apiCtx.said.notAffectedShort}`,
    );
    expect(apiCtx.said.notAffectedShort).toBe('Model quality is unaffected.');
  });

  it('says nothing when the layer is model-quality', () => {
    expect(hits('The model is hallucinating.', qualityCtx)).toEqual([]);
  });
});
