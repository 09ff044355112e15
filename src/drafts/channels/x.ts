// X's weighted length, counted by X's own twitter-text library (config v3: URLs 23, CJK and emoji 2).
import type { ParseTweetOptions, ParsedTweet } from 'twitter-text';
import { isAscii } from '../../text/ascii.js';
import { perString } from '../../text/memo.js';
import { moduleApi } from '../../platform/module-api.js';

// twitter-text is loaded on first use: its URL and emoji regexps are costly to build, and most drafts never need them.
interface TwitterText {
  parseTweet(text: string, options?: ParseTweetOptions): ParsedTweet;
}
let twitter: TwitterText | undefined;
function twitterText(): TwitterText {
  if (!twitter) {
    const mod = (
      typeof require === 'function'
        ? require('twitter-text')
        : moduleApi().createRequire(import.meta.url)('twitter-text')
    ) as TwitterText & { default?: TwitterText };
    twitter = mod.default ?? mod;
  }
  return twitter;
}

export type XConfig = ParseTweetOptions;

export interface XLength {
  weighted: number;
  valid: boolean;
  permillage: number;
  /** Ranges in UTF-16 code units, end inclusive, as twitter-text reports them. */
  displayRange: [number, number];
  validRange: [number, number];
}

/** `config` defaults to the library's current one (v3); the conformance tests pass v2 for its section. */
export function xLength(text: string, config?: XConfig): XLength {
  const r = config ? twitterText().parseTweet(text, config) : twitterText().parseTweet(text);
  return {
    weighted: r.weightedLength,
    valid: r.valid,
    permillage: r.permillage,
    displayRange: [r.displayRangeStart, r.displayRangeEnd],
    validRange: [r.validRangeStart, r.validRangeEnd],
  };
}

const DOT_LETTER = /\.[a-z]/i;

/**
 * X's weighted length alone, what measuring a draft needs. Same answer as twitter-text, faster for the common case:
 * under config v3 ASCII weighs 1 a character (0–4351 at 100/100) and holds no emoji, and without a "." before a letter
 * it holds no domain, so no URL to count as 23. A text with something else is counted run by run (each run of
 * non-space characters with the whitespace after it, where the count is additive, as below): twitter-text counts only
 * the runs that need it, so its URL search never scans the plain words around a link.
 */
export function xWeightedLength(text: string): number {
  if (plainWeight(text) !== undefined) return text.length;
  const wide = wideWeight(text);
  if (wide !== undefined) return wide;
  if (text.length > PIECE) return longWeightedLength(text);
  let total = 0;
  let before = '';
  for (const run of text.split(/(?<=\s)/)) {
    total += plainWeight(run) ?? wideWeight(run) ?? weightAfter(before, run);
    before = run.slice(-1);
  }
  return total;
}

/**
 * The weight of `run` where it stands, after the whitespace character `before` ('' at the text's start): whether a
 * URL starts at its first character depends on the character before it (" éx.co" is one URL, "éx.co" alone is "é" and
 * a URL), and whitespace itself is never part of one.
 */
function weightAfter(before: string, run: string): number {
  if (!before) return xLength(run).weighted;
  return xLength(before + run).weighted - whitespaceWeight(before);
}
/** A whitespace character's own weight (a few dozen characters count as whitespace). */
const whitespaceWeight = perString(64, (w) => xLength(w).weighted);

/**
 * Text of ASCII, kana, CJK ideographs, CJK punctuation and full-width forms: characters that are not emoji (〰 and 〽
 * are left out), that NFC leaves as they are, and that are one UTF-16 unit each.
 */
const WIDE_PLAIN =
  /^[\x00-\x7f\u3000-\u302f\u3031-\u303c\u303e\u303f\u3041-\u3096\u309d-\u30ff\u4e00-\u9fff\uff01-\uff5e]*$/;
/** A "." with something other than whitespace after it: where a domain could be. */
const DOTTED = /\.\S/;

/**
 * The weight of text of WIDE_PLAIN characters that holds no domain, or undefined when twitter-text must count it:
 * config v3 weighs 1 what lies in 0–4351, 8192–8205, 8208–8223 or 8242–8247 (none of the wide ones does) and 2 every
 * other character. Japanese drafts take this path: twitter-text would compile its URL and emoji patterns (~10 ms) to
 * find nothing in them.
 */
function wideWeight(text: string): number | undefined {
  if (!WIDE_PLAIN.test(text) || DOTTED.test(text)) return undefined;
  let weight = 0;
  for (let i = 0; i < text.length; i++) weight += text.charCodeAt(i) <= 4351 ? 1 : 2;
  return weight;
}

/** The weight of ASCII text that holds no domain (one a character), or undefined when twitter-text must count it. */
function plainWeight(text: string): number | undefined {
  return isAscii(text) && !DOT_LETTER.test(text) ? text.length : undefined;
}

/** twitter-text's URL matching is quadratic in a run of "a.a.a…": a long text is counted in bounded pieces. */
const PIECE = 2_048;
/** twitter-text's own bound: no URL is longer (MAX_URL_LENGTH), so a longer run without a space holds none. */
const MAX_URL = 4_096;

/**
 * A long text's weighted length, counted piece by piece. The pieces are cut after whitespace, where the count is
 * additive (a URL, an emoji sequence or a CJK run never spans whitespace, and a URL may start after any of it). A run
 * without whitespace longer than any URL is counted with its dots made dashes (the same weight), so no domain is
 * looked for in it.
 */
function longWeightedLength(text: string): number {
  let total = 0;
  let piece = '';
  let before = '';
  for (const run of text.split(/(?<=\s)/)) {
    if (run.length > MAX_URL) {
      if (piece) total += weightAfter(before, piece);
      piece = '';
      for (let i = 0; i < run.length; i += PIECE)
        total += xLength(run.slice(i, i + PIECE).replace(/\./g, '-')).weighted;
      before = run.slice(-1);
      continue;
    }
    if (piece.length + run.length > PIECE && piece) {
      total += weightAfter(before, piece);
      before = piece.slice(-1);
      piece = '';
    }
    piece += run;
  }
  if (piece) total += weightAfter(before, piece);
  return total;
}
