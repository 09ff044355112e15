// X's weighted length, counted by X's own twitter-text library (config v3: URLs 23, CJK and emoji 2).
import twitter from 'twitter-text';

export function xLength(text: string): { weighted: number; valid: boolean } {
  const r = twitter.parseTweet(text);
  return { weighted: r.weightedLength, valid: r.valid };
}
