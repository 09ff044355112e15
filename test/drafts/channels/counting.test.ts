// Each platform's length rule: Bluesky graphemes and bytes, Mastodon URLs, Threads emoji bytes, SMS segments, LinkedIn
// escaping, whitespace.
import { describe, expect, it } from 'vitest';
import { randomText, seeded } from '../../helpers/seeded.js';
import {
  SIMPLE,
  escapeLinkedIn,
  graphemeCount,
  mastodonLength,
  smsCount,
  threadsLength,
  utf8Bytes,
} from '../../../src/drafts/channels/counting.js';
import { CHANNELS, normalizeWhitespace } from '../../../src/drafts/channels/index.js';
import { xLength } from '../../../src/drafts/channels/x.js';

const FAMILY = '👨‍👩‍👧‍👦'; // ZWJ sequence: 7 code points, 11 UTF-16 units, 25 bytes
const THUMBS_DARK = '👍🏿'; // emoji + skin tone modifier
const FLAG_DE = '🇩🇪'; // two regional indicators
const E_COMBINING = 'e\u0301'; // e + combining acute
const HEART = '❤️'; // U+2764 U+FE0F

describe('Bluesky: graphemes and UTF-8 bytes', () => {
  it.each([
    ['plain ASCII', 'hello world', 11, 11],
    ['ZWJ family', FAMILY, 1, 25],
    ['skin tone', THUMBS_DARK, 1, 8],
    ['flag', FLAG_DE, 1, 8],
    ['two flags', FLAG_DE + FLAG_DE, 2, 16],
    ['combining mark', E_COMBINING, 1, 3],
    ['precomposed é', 'é', 1, 2],
    ['heart with VS16', HEART, 1, 6],
    ['CJK', '日本語', 3, 9],
    ['Hangul jamo syllable', '\u1100\u1161\u11A8', 1, 9],
    ['CRLF is one grapheme', '\r\n', 1, 2],
  ])('%s', (_n, text, g, b) => {
    expect(graphemeCount(text)).toBe(g);
    expect(utf8Bytes(text)).toBe(b);
  });

  it.each([
    ['300 graphemes fit', 'a'.repeat(300), false],
    ['301 graphemes do not', 'a'.repeat(301), true],
    ['300 family emoji: 300 graphemes but 7500 bytes', FAMILY.repeat(300), true],
    ['120 family emoji: 3000 bytes exactly', FAMILY.repeat(120), false],
    ['121 family emoji: 3025 bytes', FAMILY.repeat(121), true],
  ])('%s', (_n, text, over) => {
    const m = CHANNELS.bluesky.measure(text, {});
    expect(m.over).toBe(over);
    expect(m.limit).toBe(300);
    if (over) expect(m.reason).toMatch(/graphemes|bytes/);
  });

  it('the segmenter-free path: every character it takes is a grapheme of its own beside any other, as Intl.Segmenter says', () => {
    const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const count = (t: string) => [...seg.segment(t)].length;
    const taken: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) if (SIMPLE.test(String.fromCharCode(cp))) taken.push(String.fromCharCode(cp));
    // Each character between ASCII, Latin, kana, LF and itself: every pair must break, so the segmenter counts one
    // grapheme per character. Checked 64 characters at a time, then one by one to name a culprit.
    const around = (c: string) => `a${c}a${c}${c}あ${c}é${c}\n${c}`;
    for (let i = 0; i < taken.length; i += 64) {
      const batch = taken.slice(i, i + 64);
      const text = batch.map(around).join('');
      if (count(text) !== text.length)
        for (const c of batch) expect(count(around(c)), `U+${c.charCodeAt(0).toString(16)}`).toBe(around(c).length);
    }
    expect(taken.length).toBeGreaterThan(25_000);
    // what it leaves to the segmenter
    for (const c of ['\r', '\u0301', '\u200d', '\u3099', '\ufe0f', '\ud83d', '\uac00', '\u0915', '\u0e33'])
      expect(SIMPLE.test(c), JSON.stringify(c)).toBe(false);
    // and random texts from those characters count as the segmenter counts them
    const rand = seeded(7);
    for (let i = 0; i < 300; i++) {
      const text = randomText(rand, taken, 1 + rand(60));
      expect(graphemeCount(text), JSON.stringify(text)).toBe(count(text));
    }
  });

  it('names the byte cap when graphemes fit but bytes do not', () => {
    expect(CHANNELS.bluesky.measure(FAMILY.repeat(200), {}).reason).toBe('5000/3000 bytes');
  });
});

describe('Mastodon: graphemes, URLs as 23', () => {
  it.each([
    ['no URL', 'Acme AI is failing.', 19],
    ['a long URL counts 23', 'See https://status.acme.example/incidents/01JMXBRMFEQW613TFE89F45035 now', 4 + 23 + 4],
    ['a short URL counts 23 too', 'https://a.io', 23],
    ['http URL', 'http://example.com/x', 23],
    ['trailing full stop is not part of the URL', 'Status: https://status.acme.example.', 8 + 23 + 1],
    ['URL in parentheses', '(https://status.acme.example)', 1 + 23 + 1],
    ['two URLs', 'https://a.example/1 and https://b.example/2', 23 + 5 + 23],
    ['emoji are graphemes', `${FAMILY}${FLAG_DE}`, 2],
    ['not a URL without scheme', 'status.acme.example', 19],
  ])('%s', (_n, text, n) => {
    expect(mastodonLength(text)).toBe(n);
  });

  it('the URL weight and the limit are per instance', () => {
    expect(mastodonLength('https://example.com/long/path', 30)).toBe(30);
    expect(CHANNELS.mastodon.measure('a'.repeat(501), {}).over).toBe(true);
    expect(CHANNELS.mastodon.measure('a'.repeat(501), { mastodonLimit: 1000 })).toMatchObject({
      over: false,
      limit: 1000,
    });
    expect(CHANNELS.mastodon.measure(`${'a'.repeat(477)} https://example.com/${'x'.repeat(400)}`, {})).toMatchObject({
      length: 501,
      over: true,
    });
  });
});

describe('Threads: graphemes, emoji as their UTF-8 bytes', () => {
  it.each([
    ['plain', 'hello', 5],
    ['thumbs up: 4 bytes', '👍', 4],
    ['skin tone: 8 bytes', THUMBS_DARK, 8],
    ['ZWJ family: 25 bytes', FAMILY, 25],
    ['flag: 8 bytes', FLAG_DE, 8],
    ['heart with VS16: 6 bytes', HEART, 6],
    ['combining mark is one character', E_COMBINING, 1],
    ['CJK is one each', '日本語', 3],
    ['mixed', `Up ${'👍'} now`, 3 + 4 + 4],
  ])('%s', (_n, text, n) => {
    expect(threadsLength(text)).toBe(n);
  });

  it('limit 500', () => {
    expect(CHANNELS.threads.measure('👍'.repeat(125), {})).toMatchObject({ length: 500, over: false });
    expect(CHANNELS.threads.measure('👍'.repeat(126), {})).toMatchObject({ length: 504, over: true });
  });
});

describe('SMS: GSM-7 and UCS-2 segments', () => {
  it.each([
    ['empty', '', 'GSM-7', 0, 1],
    ['160 GSM chars: one segment', 'a'.repeat(160), 'GSM-7', 160, 1],
    ['161 GSM chars: two segments of 153', 'a'.repeat(161), 'GSM-7', 161, 2],
    ['306 GSM chars: two segments', 'a'.repeat(306), 'GSM-7', 306, 2],
    ['307 GSM chars: three segments', 'a'.repeat(307), 'GSM-7', 307, 3],
    ['GSM accents and symbols are one septet', 'éèùìòÇØøÅåÆæßÉÄÖÑÜäöñüà£$¥§¿¡@_', 'GSM-7', 31, 1],
    ['extension chars count two: € [ ] { } ~ | ^ \\', '€[]{}~|^\\', 'GSM-7', 18, 1],
    ['80 euro signs: 160 septets, one segment', '€'.repeat(80), 'GSM-7', 160, 1],
    ['81 euro signs: 162 septets, two segments', '€'.repeat(81), 'GSM-7', 162, 2],
    ['70 UCS-2 chars: one segment', 'ç'.repeat(70), 'UCS-2', 70, 1],
    ['71 UCS-2 chars: two segments of 67', 'ç'.repeat(71), 'UCS-2', 71, 2],
    ['134 UCS-2 chars: two segments', 'ç'.repeat(134), 'UCS-2', 134, 2],
    ['135 UCS-2 chars: three segments', 'ç'.repeat(135), 'UCS-2', 135, 3],
    ['one emoji forces UCS-2 for the whole text', `${'a'.repeat(69)}👍`, 'UCS-2', 71, 2],
    ['an emoji is two UTF-16 units', '👍', 'UCS-2', 2, 1],
    ['curly quotes are not GSM', 'We’re on it', 'UCS-2', 11, 1],
    ['CJK', '日本語', 'UCS-2', 3, 1],
  ])('%s', (_n, text, encoding, units, segments) => {
    expect(smsCount(text)).toMatchObject({ encoding, units, segments, singleLimit: encoding === 'GSM-7' ? 160 : 70 });
  });

  it('counts every character as the GSM 03.38 tables say, whatever the text (astral and lone surrogates too)', () => {
    // The tables as characters (3GPP TS 23.038: the basic set, and the extension reached by an escape).
    const basic = new Set(
      '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
    );
    const ext = new Set('^{}\\[~]|€\f');
    const pieces = [
      'a',
      'é',
      'ç',
      '€',
      '[',
      '\f',
      '\u001b',
      ' ',
      '\n',
      '👍',
      '\ud83d',
      '\ude00',
      '日',
      'Σ',
      'ς',
      '’',
      '\u00a0',
    ];
    const rand = seeded(5);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(rand, pieces, rand(200));
      let septets = 0;
      let gsm = true;
      for (const ch of text) {
        if (basic.has(ch)) septets += 1;
        else if (ext.has(ch)) septets += 2;
        else {
          gsm = false;
          break;
        }
      }
      expect(smsCount(text), JSON.stringify(text)).toMatchObject(
        gsm ? { encoding: 'GSM-7', units: septets } : { encoding: 'UCS-2', units: text.length },
      );
    }
  });

  it('is over when it needs more than one segment, and says so', () => {
    expect(CHANNELS.sms.measure('a'.repeat(160), {})).toMatchObject({ over: false, limit: 160 });
    const m = CHANNELS.sms.measure(`${'a'.repeat(69)}👍`, {});
    expect(m).toMatchObject({ over: true, limit: 70, length: 71 });
    expect(m.reason).toBe('2 UCS-2 segments (71 characters; one segment holds 70)');
  });
});

describe('LinkedIn: reserved characters escaped', () => {
  it.each([...'\\|{}@[]()<>#*_~'].map((c) => [c]))('escapes %s', (c) => {
    expect(escapeLinkedIn(`a${c}b`)).toBe(`a\\${c}b`);
  });

  it('leaves other text alone and escapes a whole sentence', () => {
    expect(escapeLinkedIn("Anthropic's API: 50% of requests fail! Next update 14:32 UTC.")).toBe(
      "Anthropic's API: 50% of requests fail! Next update 14:32 UTC.",
    );
    expect(escapeLinkedIn('errors (HTTP 529) for #claude @anthropic')).toBe(
      'errors \\(HTTP 529\\) for \\#claude \\@anthropic',
    );
    expect(escapeLinkedIn('a\\b')).toBe('a\\\\b');
  });

  it('the pasteable text stays plain; the API payload carries the escaped form, and the limit counts it', () => {
    expect(CHANNELS.linkedin.finish('(x)')).toBe('(x)');
    expect(CHANNELS.linkedin.payload!.file).toBe('linkedin.json');
    expect(JSON.parse(CHANNELS.linkedin.payload!.render('errors (DNS lookup failures)'))).toEqual({
      commentary: 'errors \\(DNS lookup failures\\)',
    });
    expect(CHANNELS.linkedin.measure('a'.repeat(3001), {}).over).toBe(true);
    expect(CHANNELS.linkedin.measure('a'.repeat(3000), {}).over).toBe(false);
    expect(CHANNELS.linkedin.measure('('.repeat(1501), {}).over).toBe(true);
  });
});

describe('X channel measures with the weighted count', () => {
  it.each([
    ['280 ASCII fit', 'a'.repeat(280), 280, false],
    ['281 ASCII do not', 'a'.repeat(281), 281, true],
    ['CJK weighs 2', '日'.repeat(140), 280, false],
    ['a URL weighs 23', `${'a'.repeat(257)} https://status.acme.com/incidents/very-long-path-here`, 281, true],
    ['a URL weighs 23 (fits)', `${'a'.repeat(256)} https://status.acme.com/incidents/very-long-path-here`, 280, false],
    // twitter-text links only known TLDs; X does the same, so an .example host counts character by character.
    ['an unknown TLD is not a URL', `https://status.acme.example/x`, 29, false],
    ['an emoji sequence weighs 2', `${'a'.repeat(278)}${FAMILY}`, 280, false],
  ])('%s', (_n, text, weighted, over) => {
    expect(xLength(text).weighted).toBe(weighted);
    expect(CHANNELS.x.measure(text, {})).toMatchObject({ length: weighted, limit: 280, over });
  });
});

describe('status page and Slack limits', () => {
  it('statuspage title limit 255 code points', () => {
    expect(CHANNELS.statuspage.measure('a'.repeat(255), {}).over).toBe(false);
    expect(CHANNELS.statuspage.measure('a'.repeat(256), {}).over).toBe(true);
    expect(CHANNELS.statuspage.measure('👍'.repeat(255), {}).over).toBe(false);
  });
  it('slack 40000', () => {
    expect(CHANNELS.slack.measure('a'.repeat(40_001), {}).over).toBe(true);
  });
});

describe('normalizeWhitespace', () => {
  it.each([
    ['plain: single line breaks become spaces', 'a\nb\nc', false, 'a b c'],
    ['plain: blank lines separate paragraphs', 'a\n\nb', false, 'a\n\nb'],
    ['plain: many blank lines and spaces fold', '  a  \n \n\n\n  b   c  \n', false, 'a\n\nb c'],
    ['plain: CRLF', 'a\r\nb\r\n\r\nc', false, 'a b\n\nc'],
    ['plain: tabs fold', 'a\t\tb', false, 'a b'],
    [
      'plain: empty partial output leaves no gap',
      '\nAcme AI is failing.\n\nCause: X.\n',
      false,
      'Acme AI is failing.\n\nCause: X.',
    ],
    ['plain: whitespace only', ' \n\n \t ', false, ''],
    ['markdown: single line breaks are kept', '*a*\n*b*', true, '*a*\n*b*'],
    ['markdown: trailing spaces go, inner runs fold', '*Impact:*   x  \n• y', true, '*Impact:* x\n• y'],
    ['markdown: blank lines fold to one', 'a\n\n\n\nb', true, 'a\n\nb'],
    ['markdown: leading indentation kept', 'list:\n  - item', true, 'list:\n  - item'],
    [
      'markdown: leading blank lines and trailing whitespace go',
      '\n\n**Title**\n\nbody  \n\n',
      true,
      '**Title**\n\nbody',
    ],
  ])('%s', (_n, text, md, out) => {
    expect(normalizeWhitespace(text, md)).toBe(out);
  });
});
