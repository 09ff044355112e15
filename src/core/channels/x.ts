// X's weighted length, counted by X's own twitter-text library (config v3: URLs 23, CJK and emoji 2).
import { createRequire } from 'node:module';
import type { ParseTweetOptions, ParsedTweet } from 'twitter-text';

/**
 * twitter-text is loaded on first use: building its URL and emoji regexps at load cost ~18 M instructions on every
 * draft, and most drafts never need it (see xWeightedLength). The literal require('twitter-text') is what the build
 * bundles (scripts/build.mjs: parseTweet only, initialised on first call); from source (tests) it is the package itself.
 */
interface TwitterText {
  parseTweet(text: string, options?: ParseTweetOptions): ParsedTweet;
}
let twitter: TwitterText | undefined;
function twitterText(): TwitterText {
  if (!twitter) {
    const mod = (typeof require === 'function' ? require('twitter-text') : createRequire(import.meta.url)('twitter-text')) as TwitterText & { default?: TwitterText };
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

const ASCII = /^[\x00-\x7f]*$/;
const DOT_LETTER = /\.[a-z]/i;

/**
 * X's weighted length alone, what measuring a draft needs. Same answer as twitter-text, faster for the common case:
 * under config v3 ASCII weighs 1 a character (0–4351 at 100/100) and holds no emoji, and without a "." before a letter
 * it holds no domain, so no URL to count as 23. Anything else is counted by twitter-text.
 */
export function xWeightedLength(text: string): number {
  if (ASCII.test(text) && !DOT_LETTER.test(text)) return text.length;
  return xLength(text).weighted;
}
