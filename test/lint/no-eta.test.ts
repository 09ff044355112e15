// no-eta checks only sentences holding one of its keywords: every pattern still fires, in any case.
import { describe, expect, it } from 'vitest';
import { noEta } from '../../src/lint/rules/no-eta.js';
import { renderCases } from '../../src/lint/fixtures.js';
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { CHANNELS } from '../../src/drafts/channels/index.js';
import type { LintContext } from '../../src/lint/types.js';

// no-eta reads only the sentence: the context's rendered phrases (`said`) are not needed.
const ctx = { ...renderCases(DEFAULT_LAYERS)[0]!.ctx, said: {} as LintContext['said'] };
const hits = (sentence: string) =>
  noEta.check({ text: sentence, part: 'body', channel: CHANNELS.x, ctx, layers: DEFAULT_LAYERS, vaguePhrases: [] });

describe('no-eta', () => {
  it.each([
    'It will be resolved by 15:00 UTC.',
    'WILL BE FIXED WITHIN the hour',
    'Service should be back up in 20 minutes.',
    'Everything is expected to be restored soon.',
    'Fixed within the hour, we hope.',
    'Recovered in about 10 minutes.',
    'ETA 15:30 UTC.',
    'Estimated time to resolution: one hour.',
    'We expect a fix shortly.',
    'We expect the service to be restored by noon.',
    'It should be fully resolved today.',
  ])('reports %j', (s) => {
    expect(hits(s)).toHaveLength(1);
  });

  it.each([
    'Next update by 14:32 UTC.',
    'We are following the incident and retrying failed requests.',
    'The problem is fixed and the service is working normally again.',
    'eta is not a word here, beta is',
  ])('passes %j', (s) => {
    expect(hits(s)).toEqual([]);
  });
});
