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
