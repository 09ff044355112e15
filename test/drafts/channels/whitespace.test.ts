// The whitespace rule of templates: a single line break is a space in plain channels, a blank line a paragraph break,
// runs of blanks fold. The code walks lines by hand for speed; here it is held to the rule written as plain regexps.
import { describe, expect, it } from 'vitest';
import { randomText, seeded } from '../../helpers/seeded.js';
import { normalizeWhitespace } from '../../../src/drafts/channels/index.js';

function reference(text: string, markdown: boolean): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) =>
      markdown
        ? p
            .split('\n')
            .map((l) => l.replace(/[ \t]+$/g, '').replace(/(\S)[ \t]{2,}/g, '$1 '))
            .filter((l, i, a) => l.trim() !== '' || (i > 0 && i < a.length - 1))
            .join('\n')
        : p.replace(/\s+/g, ' ').trim(),
    )
    .filter((p) => p.trim() !== '');
  return paragraphs.join('\n\n').replace(/^\n+|\s+$/g, '');
}

describe('normalizeWhitespace', () => {
  it('plain and Markdown, on examples', () => {
    expect(normalizeWhitespace('a\nb\n\n\nc  d \n', false)).toBe('a b\n\nc d');
    expect(normalizeWhitespace('\n\n*Title*  \n- one   two\n\n\n  \n- three\t\t\r\n', true)).toBe(
      '*Title*\n- one two\n\n- three',
    );
  });

  it('equals the rule as plain regexps on random text of every kind of blank', () => {
    const pieces = ['a', 'b', ' ', '  ', '\t', '\n', '\n\n', '\r', '\r\n', '\u00a0', '\u2028', 'x y', '. ', '\v'];
    const rand = seeded(7);
    for (let i = 0; i < 20_000; i++) {
      const t = randomText(rand, pieces, rand(20) + 1);
      // A new string each time: the function remembers its last answers.
      for (const markdown of [true, false])
        expect(normalizeWhitespace(`${t}`, markdown), JSON.stringify(t)).toBe(reference(t, markdown));
    }
  });
});
