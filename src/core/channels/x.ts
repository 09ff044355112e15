// X's weighted length, counted by X's own twitter-text library (config v3: URLs 23, CJK and emoji 2).
import twitter, { type ParseTweetOptions } from 'twitter-text';

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
  const r = config ? twitter.parseTweet(text, config) : twitter.parseTweet(text);
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
