// The text helpers the text rules share: phrase search (its folded-text pre-filter never hides a match the regexp
// would find) and the readable text of a draft (its shortcut for folded text changes nothing).
import { describe, expect, it } from 'vitest';
import { randomText, seeded } from '../helpers/seeded.js';
import {
  findPhrase,
  phraseRegExp,
  quoted,
  readableText,
  removePhrase,
  unfolded,
  withoutQuotations,
} from '../../src/lint/text.js';

describe('findPhrase and removePhrase', () => {
  it('find what the case-insensitive phrase regexp finds, in its original case', () => {
    expect(findPhrase("Status: ANTHROPIC'S   API\nis returning errors.", "Anthropic's API is returning errors")).toBe(
      "ANTHROPIC'S   API\nis returning errors",
    );
    expect(findPhrase('the network between us', 'network between')).toBe('network between');
    expect(findPhrase('networking', 'network')).toBeUndefined(); // word boundary
    expect(findPhrase('anything', '   ')).toBeUndefined();
    expect(removePhrase('A. Model quality is unaffected. B.', 'model quality is unaffected')).toBe('A.  . B.');
    expect(removePhrase('nothing here', 'model quality')).toBe('nothing here');
  });

  it('agree with the plain regexp on random ASCII phrases in text with every kind of whitespace and word boundary', () => {
    // ASCII phrases take the regexp-free path; the text around them may hold anything.
    const words = [
      'api',
      'API',
      "anthropic's",
      'is',
      'the',
      'model',
      'a',
      'x_1',
      '4.7',
      '(http',
      '529)',
      'ok.',
      '-',
      'not',
      'Api',
    ];
    const glue = [
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\v',
      '',
      '_',
      'x',
      '.',
      'é',
      'ß',
      'K',
      'ſ',
      '9',
    ];
    const rand = seeded(11);
    const pick = <T>(a: readonly T[]) => a[rand(a.length)]!;
    for (let i = 0; i < 4000; i++) {
      const phrase = Array.from({ length: 1 + rand(3) }, () => pick(words)).join(pick([' ', '  ', '\t']));
      let text = '';
      for (let j = rand(8); j > 0; j--) text += pick(words) + pick(glue);
      if (rand(2)) text += phrase.toUpperCase().replace(/ /g, pick(glue.slice(0, 7))) + pick(glue) + pick(words);
      if (rand(3) === 0) text += phrase;
      const expected = phraseRegExp(phrase).exec(text)?.[0];
      expect(findPhrase(text, phrase), JSON.stringify({ text, phrase })).toBe(expected);
      expect(removePhrase(text, phrase), JSON.stringify({ text, phrase })).toBe(
        text.replace(phraseRegExp(phrase, 'gi'), ' '),
      );
    }
  });

  it('agree with the plain regexp next to every character whose upper case is ASCII (this Node’s Unicode data)', () => {
    let found = 0;
    for (let c = 0x80; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const upper = ch.toUpperCase();
      if (!/[\x00-\x7f]/.test(upper)) continue;
      found++;
      for (const [t, phrase] of [
        [`a ${ch}b c`, `${upper}b`],
        [`${ch}${ch} ok`, 'ok'],
        [`x${ch}ok`, 'ok'],
        [`say ${ch} now`, upper.trim() || 'x'],
      ] as const) {
        const expected = phraseRegExp(phrase).exec(t)?.[0];
        expect(findPhrase(t, phrase), JSON.stringify({ t, phrase })).toBe(expected);
        expect(removePhrase(t, phrase), JSON.stringify({ t, phrase })).toBe(t.replace(phraseRegExp(phrase, 'gi'), ' '));
      }
    }
    // ß, ı, ŉ, ſ, ǰ, ẖ … ﬀ … ﬆ: some keep their length (ı, ſ), most grow
    expect(found).toBeGreaterThanOrEqual(17);
  });

  it('agree with the plain regexp on random text, including letters whose case folding is irregular', () => {
    // Greek final sigma, German sharp s, the Kelvin sign, dotless and dotted i, the long s, ligatures, spaces of
    // several kinds.
    const alphabet = [
      'a',
      'A',
      's',
      'S',
      'k',
      'K',
      'σ',
      'ς',
      'Σ',
      'ß',
      'SS',
      'ẞ',
      'K',
      'ı',
      'İ',
      'i',
      'I',
      'ſ',
      'ﬁ',
      'µ',
      'μ',
      'Μ',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      '\t',
      '.',
      "'",
    ];
    const rand = seeded(7);
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let i = 0; i < 3000; i++) {
      const phrase = word(1 + rand(4)).trim() || 'a';
      const text = word(rand(12)) + (rand(2) ? phrase.toUpperCase() : phrase) + word(rand(12));
      const other = word(1 + rand(20));
      for (const t of [text, other]) {
        const expected = phraseRegExp(phrase).exec(t)?.[0];
        expect(findPhrase(t, phrase), JSON.stringify({ t, phrase })).toBe(expected);
        expect(removePhrase(t, phrase), JSON.stringify({ t, phrase })).toBe(t.replace(phraseRegExp(phrase, 'gi'), ' '));
      }
    }
  });
});

describe('readableText', () => {
  // The text as it was read before texts already folded were returned whole: every line rebuilt.
  const reference = (t: string) =>
    t
      .replace(/\*\*|`/g, '')
      .replace(/(^|\s)[*_](\S)/g, '$1$2')
      .replace(/(\S)[*_](?=\s|$|[.,:;!?])/g, '$1')
      .split('\n')
      .map((l) => l.replace(/[ \t]+/g, ' ').trim())
      .join('\n');

  it('equals folding every line, on random text with every kind of blank and emphasis mark', () => {
    const pieces = [
      'a',
      'b',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '\r',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '*',
      '_',
      '**',
      '`',
      '.',
    ];
    const rand = seeded(5);
    let shortcuts = 0;
    for (let i = 0; i < 20_000; i++) {
      const t = randomText(rand, pieces, rand(16) + 1);
      const want = reference(t);
      expect(readableText(t, { id: 'slack' }), JSON.stringify(t)).toBe(want);
      if (want === t) shortcuts++;
    }
    // Texts that need no folding are among them, and come back as they were.
    expect(shortcuts).toBeGreaterThan(100);
  });
});

describe('unfolded', () => {
  it('answers as /\\t| {2}|^[^\\S\\n]|[^\\S\\n]$/m does, on random text with every kind of blank and line end', () => {
    const pattern = /\t| {2}|^[^\S\n]|[^\S\n]$/m;
    const pieces = ['a', ' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2028', '\u2029', '\u3000', '\ufeff', '\v', 'é'];
    const rand = seeded(9);
    let yes = 0;
    for (let i = 0; i < 20_000; i++) {
      const t = randomText(rand, pieces, rand(8));
      expect(unfolded(t), JSON.stringify(t)).toBe(pattern.test(t));
      if (pattern.test(t)) yes++;
    }
    expect(yes).toBeGreaterThan(1000);
    expect(yes).toBeLessThan(19_000);
  });
});

describe('quoted and withoutQuotations', () => {
  it('find every kind of quotation, and leave a text without a quotation mark as it is', () => {
    const t = 'We said “errors on Opus”, „Fehler“ and «erreurs» and »Fehler« before.';
    expect(quoted(t)).toEqual(['errors on Opus', 'Fehler', 'erreurs', 'Fehler']);
    expect(withoutQuotations(t)).toBe('We said  ,   and   and   before.');
    const plain = "Anthropic's API is returning errors.";
    expect(quoted(plain)).toEqual([]);
    expect(withoutQuotations(plain)).toBe(plain);
    expect(withoutQuotations('an unmatched “ mark')).toBe('an unmatched “ mark');
  });
});
