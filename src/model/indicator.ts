// A provider's overall state in one wording and one tone, for every command and the review page alike (the page's own
// description, "Partial System Outage", is quoted beside it as the provider's words).
import type { Indicator } from './evidence.js';

export const INDICATOR_WORDS: Record<Indicator, string> = {
  none: 'operational',
  minor: 'minor outage',
  major: 'major outage',
  critical: 'critical outage',
  maintenance: 'maintenance',
  unknown: 'unknown',
};

/** How loud a state is: its colour on a terminal and on the review page. */
export type Tone = 'ok' | 'warn' | 'bad' | 'info';
export const INDICATOR_TONE: Record<Indicator, Tone> = {
  none: 'ok',
  minor: 'warn',
  major: 'bad',
  critical: 'bad',
  maintenance: 'info',
  unknown: 'warn',
};

export function indicatorWords(indicator: string): string {
  return INDICATOR_WORDS[indicator as Indicator] ?? indicator;
}

export function indicatorTone(indicator: string): Tone {
  return INDICATOR_TONE[indicator as Indicator] ?? 'warn';
}
