// twitter-text's own conformance cases (validate.yml) run against our X counter, each section with its config.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { randomText, seeded } from '../../helpers/seeded.js';
import { parse } from 'yaml';
import { xLength, xWeightedLength, type XConfig } from '../../../src/drafts/channels/x.js';

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

describe('xWeightedLength (the measure the X channel uses) equals twitter-text', () => {
  it('on every conformance text the default config applies to', () => {
    for (const { name, config } of SECTIONS) {
      if (config === v2) continue;
      for (const c of suite.tests[name]!) expect(xWeightedLength(c.text), c.description).toBe(xLength(c.text).weighted);
    }
  });

  it('on ASCII that is or is not a URL: domains, IPs, schemes, tags, versions, sentence ends', () => {
    const texts = [
      'Next update by 14:32 UTC.',
      'Claude Opus 4.7 and GPT-4.1 (2025-04-14) are failing. Next update by 14:32 UTC.',
      'See status.claude.com for more.',
      'See https://status.acme.example/incidents/1 now',
      'http://10.0.0.1/health and 10.0.0.1:8080',
      'a.b c.de x.com.',
      'mailto:ops@acme.io #outage $ACME @acme',
      'end.Next sentence',
      'ver 1.2.3 build 4.5',
      '',
      'line one\nline two\r\nthree',
    ];
    for (const t of texts) expect(xWeightedLength(t), t).toBe(xLength(t).weighted);
  });

  it('on random Japanese text with ASCII, CJK punctuation and full-width forms (the wide path) and near it', () => {
    const rand = seeded(7);
    const pieces = [
      'アクメ',
      'ノート',
      'AIの回答が',
      '失敗しています',
      '。',
      '、',
      '「',
      '」',
      '\u3000',
      '（',
      '）',
      '１２',
      'ｘ',
      ' ',
      '\n',
      '.',
      'a',
      '4',
      ':',
      '/',
      // Outside the wide path: twitter-text counts these texts.
      'x.co',
      'https://',
      'ネット.みんな',
      '〰',
      '〽',
      'ヴ',
      'か\u3099',
      '😀',
    ];
    for (let i = 0; i < 600; i++) {
      const t = randomText(rand, i % 2 ? pieces.slice(0, 20) : pieces, 1 + rand(14));
      expect(xWeightedLength(t), JSON.stringify(t)).toBe(xLength(t).weighted);
    }
  });

  it('counts a word where it stands: after a space, "éx.co" is one URL; at the start, "é" and a URL', () => {
    for (const t of [' éx.co', '\néx.co', 'a éo.om b', 'éx.co', '\u2028éx.co'])
      expect(xWeightedLength(t), JSON.stringify(t)).toBe(xLength(t).weighted);
    expect(xLength(' éx.co').weighted).toBe(24);
    expect(xLength('éx.co').weighted).toBe(24);
  });

  it('on random ASCII text (fast path) and random text with CJK, emoji and URLs (twitter-text path)', () => {
    const rand = seeded(42);
    const pieces = [
      'a',
      'Z',
      '7',
      ' ',
      '.',
      ':',
      '/',
      '-',
      '#',
      '@',
      '$',
      '\n',
      'com',
      'www',
      'https://',
      '4.7',
      'é',
      'アクメ',
      '😀',
      '👨‍👩‍👧',
      'x.co',
      '\u2028',
    ];
    // Odd rounds draw from the first 13 pieces only: ASCII, the fast path.
    const ascii = pieces.slice(0, 13);
    for (let i = 0; i < 500; i++) {
      const t = randomText(rand, i % 2 ? ascii : pieces, 1 + rand(40));
      expect(xWeightedLength(t), JSON.stringify(t)).toBe(xLength(t).weighted);
    }
  });
});
