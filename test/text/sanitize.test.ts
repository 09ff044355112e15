// The two sanitizers: outsideText (text from elsewhere entering a draft) and terminalText/terminalLine (every printed
// line); properties over any text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonForTerminal, outsideDeep, outsideText, terminalLine, terminalText } from '../../src/text/sanitize.js';

const UNSAFE_OUTSIDE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** Raw in terminal output: any control but tab and newline, except our own colour codes. */
const UNSAFE_TERMINAL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\u001b',
        '\u009b',
        '\u009d',
        '\u0007',
        '[',
        ']',
        ';',
        '\n',
        '\r',
        '\u202e',
        '\u200b',
        '\u200d',
        '\u200c',
        '😀',
        'a',
        ' ',
      ),
      fc.string({ unit: 'binary', maxLength: 1 }),
    ),
  )
  .map((parts) => parts.join(''));

describe('outsideText', () => {
  it('removes an OSC 52 clipboard write, a clear-screen, a title change whole; folds CR/LF; drops bidi and zero-width', () => {
    expect(outsideText('a\u001b]52;c;ZWNobw==\u0007b')).toBe('ab');
    expect(outsideText('a\u001b]0;PWNED\u001b\\b')).toBe('ab');
    expect(outsideText('a\u001b[2Jb\u001b[31mc')).toBe('abc');
    expect(outsideText('a\u009b2Jb')).toBe('ab');
    expect(outsideText('line one\r\nFAKE line')).toBe('line one FAKE line');
    expect(outsideText('file\u202Egnp.exe')).toBe('filegnp.exe');
    expect(outsideText('in\u200bvis\u2060ible\ufeff')).toBe('invisible');
    expect(outsideText('nul\u0000 del\u007f')).toBe('nul del');
  });

  it('keeps the joiners that scripts and emoji need', () => {
    expect(outsideText('👩\u200d💻')).toBe('👩\u200d💻');
    expect(outsideText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(outsideText('a\u200d b\u200c ')).toBe('a b ');
  });

  it('leaves ordinary text (any script, emoji, punctuation) as it is', () => {
    for (const t of [
      'Elevated errors on Claude Opus 4.7',
      '日本語のテキスト',
      'Ünïcödé — “quotes”',
      'a\tb'.replace('\t', ' '),
    ])
      expect(outsideText(t)).toBe(t);
  });

  it('property: the result holds no control, bidi or invisible character, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const once = outsideText(t);
        expect(once).not.toMatch(UNSAFE_OUTSIDE);
        expect(outsideText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('outsideDeep cleans every string of a value, keys included, and keeps the rest', () => {
    expect(outsideDeep({ 'k\u001b[2J': ['v\u0000', 1, true, null, { n: 'x\ny' }] })).toEqual({
      k: ['v', 1, true, null, { n: 'x y' }],
    });
  });
});

describe('terminalText and terminalLine', () => {
  it('keeps our colour codes, tabs and line breaks; shows every other control visibly', () => {
    expect(terminalText('\u001b[31mred\u001b[39m\tok\n')).toBe('\u001b[31mred\u001b[39m\tok\n');
    expect(terminalText('a\u001b]52;c;x\u0007b')).toBe('a\\u001b]52;c;x\\u0007b');
    expect(terminalText('a\u001b[2Jb\rc\u202ed')).toBe('a\\u001b[2Jb\\u000dc\\u202ed');
  });

  it('terminalLine escapes everything, colours too: one line', () => {
    expect(terminalLine('a\nb\rc\td\u001b[31m')).toBe('a\\nb\\rc d\\u001b[31m');
  });

  it('property: no raw control but our SGR colours, tab and newline reaches the terminal', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(terminalText(t).replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(UNSAFE_TERMINAL);
        expect(terminalLine(t)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('jsonForTerminal: the same JSON value, with nothing raw that a terminal acts on', () => {
    fc.assert(
      fc.property(fc.jsonValue(), anyText, (v, t) => {
        const json = jsonForTerminal(JSON.stringify({ v, t }, null, 2));
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ v, t })));
        expect(json).not.toMatch(UNSAFE_TERMINAL);
      }),
      { numRuns: 500 },
    );
  });
});
