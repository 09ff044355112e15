// Clock-free time formatting: UTC, the product's zone, and ages.
import { describe, expect, it, vi } from 'vitest';
import { addMinutes, formatTime } from '../../src/text/time.js';

describe('formatTime', () => {
  it.each([
    ['UTC', '2026-01-21T14:02:00Z', 'UTC', '14:02 UTC', '14:02 UTC'],
    ['Etc/UTC', '2026-01-21T14:02:00Z', 'Etc/UTC', '14:02 UTC', '14:02 UTC'],
    ['Berlin in winter', '2026-01-21T14:02:00Z', 'Europe/Berlin', '15:02 GMT+1', '14:02 UTC (15:02 GMT+1)'],
    ['Berlin in summer', '2026-07-21T14:02:00Z', 'Europe/Berlin', '16:02 GMT+2', '14:02 UTC (16:02 GMT+2)'],
    ['New York', '2026-01-21T14:02:00Z', 'America/New_York', '09:02 EST', '14:02 UTC (09:02 EST)'],
    ['Kolkata half hour', '2026-01-21T14:02:00Z', 'Asia/Kolkata', '19:32 GMT+5:30', '14:02 UTC (19:32 GMT+5:30)'],
    [
      'past midnight in Tokyo',
      '2026-01-21T15:30:00Z',
      'Asia/Tokyo',
      '00:30 GMT+9',
      '14:02 UTC'.replace('14:02', '15:30') + ' (00:30 GMT+9)',
    ],
    ['London in winter adds nothing to UTC', '2026-01-21T14:02:00Z', 'Europe/London', '14:02 GMT', '14:02 UTC'],
    ['London in summer', '2026-07-21T14:02:00Z', 'Europe/London', '15:02 GMT+1', '14:02 UTC (15:02 GMT+1)'],
  ])('%s', (_n, iso, tz, local, both) => {
    const t = formatTime(new Date(iso), tz);
    expect(t.iso).toBe(new Date(iso).toISOString());
    expect(t.utc).toBe(`${iso.slice(11, 16)} UTC`);
    expect(t.local).toBe(local);
    expect(t.both).toBe(both);
  });

  it('uses 24-hour time, with midnight as 00', () => {
    expect(formatTime(new Date('2026-01-21T00:05:00Z')).utc).toBe('00:05 UTC');
    expect(formatTime(new Date('2026-01-21T23:59:59Z')).utc).toBe('23:59 UTC');
  });

  it('UTC is formatted without time-zone data, exactly as Intl formats it', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
    });
    for (let i = 0; i < 2000; i++) {
      const d = new Date(Date.UTC(2026, 0, 1) + i * 7_919_357); // about every 2.2 hours through 2026, odd minutes and seconds
      expect(formatTime(d, 'UTC').utc).toBe(`${intl.format(d)} UTC`);
      expect(formatTime(d, 'Etc/UTC').both).toBe(`${intl.format(d)} UTC`);
    }
  });

  it('one formatter per zone gives what a clock-only and a zone-only formatter give, in every zone ICU knows', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    const dates = [0, 1, 2, 3, 4, 5].map((i) => new Date(Date.UTC(2026, i * 2, 1 + i * 5) + i * 9_876_543)); // across both DST seasons
    for (const timeZone of zones) {
      const clock = new Intl.DateTimeFormat('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      });
      const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
      for (const d of dates) {
        const zone = name.formatToParts(d).find((p) => p.type === 'timeZoneName')!.value;
        const local = formatTime(d, timeZone).local;
        if (timeZone === 'UTC' || timeZone === 'Etc/UTC') expect(local).toBe(`${clock.format(d)} UTC`);
        else expect(local, `${timeZone} ${d.toISOString()}`).toBe(`${clock.format(d)} ${zone}`);
      }
    }
  });

  it('the DST change in Berlin (29 March 2026, 01:00 UTC)', () => {
    expect(formatTime(new Date('2026-03-29T00:59:00Z'), 'Europe/Berlin').local).toBe('01:59 GMT+1');
    expect(formatTime(new Date('2026-03-29T01:00:00Z'), 'Europe/Berlin').local).toBe('03:00 GMT+2');
  });
});

describe('formatTime in a zone', () => {
  it('looks a moment up in its zone once (lint formats the same few moments for 84 contexts)', () => {
    const parts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const at = new Date('2026-03-03T03:03:00Z');
      const first = formatTime(at, 'Asia/Tokyo');
      for (let i = 0; i < 5; i++) expect(formatTime(new Date(at), 'Asia/Tokyo')).toEqual(first);
      expect(first.both).toBe('03:03 UTC (12:03 GMT+9)');
      expect(parts).toHaveBeenCalledTimes(1);
      expect(formatTime(at, 'Europe/Berlin').local).toBe('04:03 GMT+1');
      expect(parts).toHaveBeenCalledTimes(2);
    } finally {
      parts.mockRestore();
    }
  });
});

describe('addMinutes', () => {
  it('adds minutes across midnight', () => {
    expect(addMinutes(new Date('2026-01-21T23:50:00Z'), 30).toISOString()).toBe('2026-01-22T00:20:00.000Z');
  });
});
