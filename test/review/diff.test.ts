// Word-level diff: which words are marked, and that each side rebuilds its text exactly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffWords, MAX_EDITS, sameWording, sides, tokenize, type DiffPart } from '../../src/review/diff.js';

const text = (parts: DiffPart[]) => parts.map((p) => p.text).join('');
const marked = (parts: DiffPart[], kind: 'del' | 'ins') =>
  parts.filter((p) => p.kind === kind).map((p) => p.text.trim());

describe('tokenize', () => {
  it.each([
    ['Next update 06:50 UTC.', ['Next', ' ', 'update', ' ', '06:50', ' ', 'UTC', '.']],
    ["Anthropic's API (HTTP 529)", ["Anthropic's", ' ', 'API', ' ', '(', 'HTTP', ' ', '529', ')']],
    [
      'Claude Opus 4.7, see https://status.claude.com.',
      ['Claude', ' ', 'Opus', ' ', '4.7', ',', ' ', 'see', ' ', 'https://status.claude.com', '.'],
    ],
  ])('%s', (input, tokens) => {
    expect(tokenize(input)).toEqual(tokens);
  });
});

describe('diffWords', () => {
  it.each([
    { before: 'Next update 06:50 UTC.', after: 'Next update 07:20 UTC.', del: ['06:50'], ins: ['07:20'] },
    {
      before: "Anthropic's API is failing.",
      after: 'Our own integration is failing.',
      del: ["Anthropic's API"],
      ins: ['Our own integration'],
    },
    { before: 'Answers are failing.', after: 'Answers are failing for many users.', del: [], ins: ['for many users'] },
    { before: 'Answers are failing for many users.', after: 'Answers are failing.', del: ['for many users'], ins: [] },
    { before: 'a b c', after: 'a b c', del: [], ins: [] },
    { before: '', after: 'New text.', del: [], ins: ['New text.'] },
  ])('$before → $after', ({ before, after, del, ins }) => {
    const parts = diffWords(before, after);
    expect(marked(parts, 'del')).toEqual(del);
    expect(marked(parts, 'ins')).toEqual(ins);
    const s = sides(parts);
    expect(text(s.before)).toBe(before);
    expect(text(s.after)).toBe(after);
  });

  it('keeps an unchanged word between two changes unmarked', () => {
    const parts = diffWords('Cause: the API is failing.', 'Cause: our config is broken.');
    expect(parts.find((p) => p.kind === 'same' && p.text.includes('is'))).toBeDefined();
    expect(marked(parts, 'del').join(' ')).not.toContain('Cause');
  });

  it('joins a change split by a single space into one run', () => {
    const parts = diffWords('x is returning errors y', 'x was failing now y');
    expect(marked(parts, 'del')).toEqual(['is returning errors']);
    expect(marked(parts, 'ins')).toEqual(['was failing now']);
  });

  it('rebuilds both texts exactly, whatever they are', () => {
    const words = fc.constantFrom(
      'API',
      'model',
      'failing',
      'is',
      'not',
      'the',
      '529',
      '06:50',
      ',',
      '.',
      ' ',
      '  ',
      '\n',
      "Anthropic's",
      'ü',
      '😀',
    );
    const textArb = fc.array(words, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(textArb, textArb, (before, after) => {
        const parts = diffWords(before, after);
        const s = sides(parts);
        return text(s.before) === before && text(s.after) === after && parts.every((p) => p.text.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('says two unrelated long texts as one deletion and one insertion (past MAX_EDITS, no confetti)', () => {
    const a = Array.from({ length: 4000 }, (_, i) => `alpha${i}`).join(' ');
    const b = Array.from({ length: 4000 }, (_, i) => `beta${i}`).join(' ');
    expect(diffWords(a, b)).toEqual([
      { kind: 'del', text: a },
      { kind: 'ins', text: b },
    ]);
  });

  it('still diffs word by word just under MAX_EDITS', () => {
    const n = Math.floor(MAX_EDITS / 2) - 1;
    const a = Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: n }, (_, i) => `v${i}`).join(' ');
    const parts = diffWords(`${a} end`, `${b} end`);
    expect(parts.at(-1)).toEqual({ kind: 'same', text: ' end' });
    expect(text(sides(parts).after)).toBe(`${b} end`);
  });
});

describe('sameWording', () => {
  it('ignores whitespace only', () => {
    expect(sameWording('a  b\nc ', 'a b c')).toBe(true);
    expect(sameWording('a b c', 'a b d')).toBe(false);
  });
});
