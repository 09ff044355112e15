// What a follow-up takes from the previous update (src/answers/follow-up.ts), on a real bundle manifest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followUp, stillFailing } from '../../src/answers/follow-up.js';
import type { BundleManifest } from '../../src/model/bundle.js';
import type { Evidence } from '../../src/model/evidence.js';

const manifest = JSON.parse(
  readFileSync(new URL('../fixtures/bundles/first-update/draft.json', import.meta.url), 'utf8'),
) as BundleManifest;
const evidence = (failing: string[], passing: string[] = []): Evidence =>
  ({
    probes: [...failing.map((id) => ({ id, ok: false })), ...passing.map((id) => ({ id, ok: true }))],
  }) as unknown as Evidence;

describe('a follow-up', () => {
  it('takes nothing for an incident’s first update', () => {
    expect(followUp(undefined)).toEqual({ impactsStated: [] });
  });

  it('proposes the previous answers with the product they were drafted for, and knows the layer it published', () => {
    const f = followUp({ ...manifest, answers: { ...manifest.answers, product: undefined } });
    expect(f.answers?.layer).toBe(manifest.answers.layer);
    expect(f.answers?.product).toBe(manifest.product.name);
    expect(f.published).toBe(manifest.layer);
  });

  it('carries the impacts stated so far', () => {
    const f = followUp({ ...manifest, impactsStated: ['Some users see errors.', 'Many users see errors.'] });
    expect(f.impactsStated).toEqual(['Some users see errors.', 'Many users see errors.']);
  });

  it('counts a probe as still failing only when it failed in the previous evidence too', () => {
    expect(stillFailing(evidence(['a', 'b']), evidence(['b'], ['a']))).toEqual(['b']);
    expect(stillFailing(evidence(['a', 'b']), undefined)).toEqual(['a', 'b']);
    expect(stillFailing(evidence([], ['a']), evidence(['a']))).toEqual([]);
  });
});
