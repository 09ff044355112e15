// Work that must stay bounded whatever the input: X's weighted length of long texts, no-internals on long lines, JSON
// depth, pattern matches, renders, numeric flags.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { xLength, xWeightedLength } from '../../src/drafts/channels/x.js';
import { noInternals } from '../../src/lint/rules/no-internals.js';
import { tooDeep } from '../../src/text/json-depth.js';
import { matchWithin, PatternTimeoutError, checkBody } from '../../src/evidence/probes/expect.js';
import { compileSet } from '../../src/templating/engine.js';
import { TemplateError, type TemplateFile } from '../../src/templating/set.js';
import { numberArg } from '../../src/cli.js';
import { UsageError } from '../../src/platform/errors.js';

describe("X's weighted length of a long text (counted in pieces)", () => {
  const word = fc.constantFrom(
    'a',
    'status',
    'https://status.example.com/incidents/abc',
    'example.com',
    '日本語',
    '😀',
    '👩\u200d💻',
    'é',
    '4.7',
    'x.co',
    '#tag',
    '@who',
    'a.b.c',
  );
  const space = fc.constantFrom(' ', '\n', '  ', '\t');
  it('equals twitter-text on the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { minLength: 300, maxLength: 900 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        expect(xWeightedLength(text)).toBe(xLength(text).weighted);
      }),
      { numRuns: 25 },
    );
  });

  it('a run of "a." × 15 000 is counted (one weight per character) without the URL scan', () => {
    expect(xWeightedLength('a.'.repeat(15_000))).toBe(30_000);
  });
});

describe('no-internals on a long line', () => {
  const ctx = { product: { name: 'Acme', feature: 'Acme AI' }, provider: {} };
  const check = (text: string) => noInternals.check({ text, channel: { id: 'x', public: true }, ctx } as never);
  it('finishes on "a." / "a-" / "a/" runs of 30 000 characters, and still finds what it finds in short text', () => {
    for (const unit of ['a.', 'a-', 'a/', 'ab.js', 'a0-']) expect(Array.isArray(check(unit.repeat(15_000)))).toBe(true);
    expect(check('see api.internal.example.com now')[0]?.message).toMatch(/hostname/);
    expect(check('at handler (/srv/app/index.js:12:5)')[0]?.message).toMatch(/stack trace|source file/);
    expect(check('pod web-7d9f8b6c5d-x2x9z restarted')[0]?.message).toMatch(/Kubernetes pod/);
  });
});

describe('JSON depth', () => {
  it('finds where a value nests too deep, without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(tooDeep({ probes: [{ x: deep }] })).toMatch(/^probes\[0\]\.x\[0\]\[0\]\[0\]…$/);
    expect(tooDeep({ a: [{ b: { c: [1, 2, { d: 'e' }] } }] })).toBeUndefined();
  });
});

describe('pattern matches are bounded in time', () => {
  it('a pattern without back-references runs in linear time on a hostile answer', () => {
    expect(matchWithin('^(a+)+$', `${'a'.repeat(50_000)}!`, 1_000)).toBe(false);
    expect(matchWithin('po+ng', 'pooong', 1_000)).toBe(true);
  });

  it('one the linear engine cannot take stops at its budget with a PatternTimeoutError (an error, not a mismatch)', () => {
    expect(() => matchWithin('^(a+)+\\1$', `${'a'.repeat(40)}!`, 50)).toThrow(PatternTimeoutError);
    expect(() => checkBody({ matches: '^(a+)+\\1$' }, `${'a'.repeat(40)}!`, 50)).toThrow(/did not finish within 50 ms/);
  });
});

describe('render size', () => {
  const file = (name: string, source: string): TemplateFile => ({
    name,
    path: `/t/${name}.hbs`,
    source,
    origin: 'override',
  });
  it('a partial that doubles itself stops at the cap with an error naming the template', () => {
    const partials = new Map<string, TemplateFile>([['p0', file('partials/p0', 'sixteen chars!!!')]]);
    for (let i = 1; i <= 26; i++) partials.set(`p${i}`, file(`partials/p${i}`, `{{> p${i - 1}}}{{> p${i - 1}}}`));
    const set = compileSet({
      templates: new Map([['channels/slack/default', file('channels/slack/default', '{{> p26}}')]]),
      partials,
      layered: new Map(),
    });
    expect(() => set.render('channels/slack/default', {})).toThrow(TemplateError);
    expect(() => set.render('channels/slack/default', {})).toThrow(
      /^\/t\/channels\/slack\/default\.hbs: renders more than 1,000,000 characters/,
    );
    // The meter starts again for each render: a small one after a failed one still works.
    const ok = compileSet({
      templates: new Map([['channels/x/default', file('channels/x/default', '{{> p3}}')]]),
      partials,
      layered: new Map(),
    });
    expect(ok.render('channels/x/default', {})).toHaveLength(16 * 8);
  });
});

describe('numeric flags', () => {
  const deadline = numberArg('--deadline', 'seconds', 0.1, 600, 0.1);
  const timeout = numberArg('--timeout', 'milliseconds', 1, 600_000);
  it('rounds to the step', () => {
    expect(timeout('1.5')).toBe(2);
    expect(deadline('0.05')).toBe(0.1);
    expect(deadline('2.34')).toBe(2.3);
    expect(deadline(' 20 ')).toBe(20);
  });
  it('refuses what Number() took: "", hex, exponents, signs, out of range', () => {
    for (const v of ['', ' ', '0x10', '1e3', '-1', '+5', 'Infinity', '0.0001', '5000000', '1,5'])
      expect(() => deadline(v), v).toThrow(UsageError);
    expect(() => timeout('0')).toThrow(/--timeout expects a whole number of milliseconds from 1 to 600000, got "0"/);
  });
});
