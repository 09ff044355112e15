// twitter-text's own conformance cases (validate.yml) run against our X counter, each section with its config.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { xLength, type XConfig } from '../../../src/core/channels/x.js';

const dir = fileURLToPath(new URL('../../fixtures/twitter-text/', import.meta.url));
const load = (name: string) => readFileSync(dir + name, 'utf8');

interface Expected {
  weightedLength: number;
  valid: boolean;
  permillage: number;
  displayRangeStart: number;
  displayRangeEnd: number;
  validRangeStart: number;
  validRangeEnd: number;
}
interface Case {
  description: string;
  text: string;
  expected: Expected;
}

const suite = parse(load('validate.yml')) as { tests: Record<string, Case[]> };
const v2 = JSON.parse(load('config-v2.json')) as XConfig;
const v3 = JSON.parse(load('config-v3.json')) as XConfig;

// Which config each section runs with comes from the reference harness (see SOURCES.md); undefined = library default.
const SECTIONS: Array<{ name: string; config: XConfig | undefined; count: number }> = [
  { name: 'WeightedTweetsCounterTest', config: v2, count: 20 },
  { name: 'WeightedTweetsWithDiscountedEmojiCounterTest', config: v3, count: 22 },
  { name: 'UnicodeDirectionalMarkerCounterTest', config: undefined, count: 2 },
];

function actual(text: string, config: XConfig | undefined): Expected {
  const r = xLength(text, config);
  return {
    weightedLength: r.weighted,
    valid: r.valid,
    permillage: r.permillage,
    displayRangeStart: r.displayRange[0],
    displayRangeEnd: r.displayRange[1],
    validRangeStart: r.validRange[0],
    validRangeEnd: r.validRange[1],
  };
}

describe('X weighted length: twitter-text conformance', () => {
  for (const { name, config, count } of SECTIONS) {
    const cases = suite.tests[name] ?? [];
    describe(name, () => {
      it(`has the ${count} cases SOURCES.md describes`, () => {
        expect(cases).toHaveLength(count);
      });
      it.each(cases.map((c) => [c.description, c] as const))('%s', (_d, c) => {
        expect(actual(c.text, config)).toEqual(c.expected);
      });
    });
  }

  it('the default config is v3 (emoji discounted), which is what the X channel measures with', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(xLength(family).weighted).toBe(2);
    expect(xLength(family, v2).weighted).toBeGreaterThan(2);
    expect(xLength(family, v3).weighted).toBe(2);
  });
});
