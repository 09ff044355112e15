// Lint's fixtures: the clock times they show in their zones are known in advance, and are what Intl says.
import { describe, expect, it, vi } from 'vitest';
import { PROFILES, renderCases } from '../../src/lint/fixtures.js';
import localTimes from '../../src/lint/local-times.json' with { type: 'json' };
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { zonedTime } from '../../src/text/time.js';

describe('local-times.json', () => {
  it('holds what Intl gives for each moment in its zone', () => {
    expect(localTimes.length).toBeGreaterThan(0);
    for (const t of localTimes) expect(zonedTime(new Date(t.at), t.timeZone)).toEqual(t);
  });

  it('covers every moment the fixtures show outside UTC: building the contexts asks Intl nothing', () => {
    expect(PROFILES.some((p) => p.input.product.timeZone !== 'UTC')).toBe(true);
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      // A product of its own gives the contexts afresh (they are remembered per layer model and product).
      const cases = renderCases(DEFAULT_LAYERS, { name: 'Fixture Check', feature: 'chat' });
      expect(cases.some((c) => c.ctx.now.local.includes('PDT'))).toBe(true);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
