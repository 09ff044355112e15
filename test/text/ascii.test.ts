// The ASCII fast paths beside Unicode-aware patterns (\p{L}, \p{N}): on ASCII text each must answer as the Unicode
// pattern would. The Unicode path is taken by adding " é" to the text, where it changes nothing of what comes before.
import { describe, expect, it } from 'vitest';
import { randomText, seeded } from '../helpers/seeded.js';
import { isAscii } from '../../src/text/ascii.js';
import { escapeMarkdown, postText } from '../../src/review/text.js';
import { sentenceStart } from '../../src/lint/rules/sentence-start.js';
import { lintContext } from '../lint/contexts.js';

const PIECES = [
  'a',
  'Z',
  'word',
  '_',
  '__',
  '1',
  '42',
  ' ',
  '  ',
  '#',
  '@',
  '#tag',
  '@me',
  '*',
  '`',
  '[',
  ']',
  '<',
  '>',
];
const MORE = ['|', '~', '&', '-', '+', '=', '.', ',', '"', "'", '(', ')', 'https://', 'x.co/p', '\\', ':', '\t', '!'];

function samples(seed: number, count = 3000): string[] {
  const rand = seeded(seed);
  return Array.from({ length: count }, () => randomText(rand, [...PIECES, ...MORE], 1 + rand(12)));
}

describe('ASCII fast paths', () => {
  it('isAscii tells ASCII text from any other', () => {
    expect(isAscii('')).toBe(true);
    expect(isAscii('plain \t\n~\x7f')).toBe(true);
    expect(isAscii('café')).toBe(false);
    expect(isAscii('“quoted”')).toBe(false);
  });

  it('escapeMarkdown escapes ASCII text as its Unicode pattern does', () => {
    for (const t of samples(1)) expect(escapeMarkdown(`${t} é`), JSON.stringify(t)).toBe(`${escapeMarkdown(t)} é`);
  });

  it('postText marks links, hashtags and mentions in ASCII text as its Unicode pattern does', () => {
    for (const t of samples(2)) expect(postText(`${t} é`).value, JSON.stringify(t)).toBe(`${postText(t).value} é`);
  });

  it('sentence-start finds the first word of an ASCII sentence as its Unicode pattern does', async () => {
    const ctx = await lintContext('provider-api', 'investigating');
    const channel = { id: 'x', public: true } as never;
    const check = (text: string) =>
      sentenceStart
        .check({ text, ctx, channel, part: 'body', layers: [], vaguePhrases: [] } as never)
        .map((h) => h.needle);
    for (const t of samples(3)) {
      // A sentence of opening marks alone has no first word either way, until " é" gives it one.
      if (!/[^\s"'(\[*_>-]/.test(t)) continue;
      expect(check(`${t} é`), JSON.stringify(t)).toEqual(check(t));
    }
  });
});
