// Clock-free time formatting for drafts: "14:30 UTC" and the same moment in the product's zone.

export interface FormattedTime {
  iso: string;
  utc: string;
  local: string;
  both: string;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and lint formats thousands of times: one
// formatter per zone gives the clock time and the zone name.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f)
    formats.set(
      timeZone,
      (f = new Intl.DateTimeFormat('en-US', {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
        timeZoneName: 'short',
      })),
    );
  return f;
}

/** "14:30" and the zone's short name ("EST", "GMT+9") at `date`. */
function inZone(date: Date, timeZone: string): { hm: string; zone: string } {
  let hour = '';
  let minute = '';
  let zone = timeZone;
  for (const p of formatter(timeZone).formatToParts(date)) {
    if (p.type === 'hour') hour = p.value;
    else if (p.type === 'minute') minute = p.value;
    else if (p.type === 'timeZoneName') zone = p.value;
  }
  return { hm: `${hour}:${minute}`, zone };
}

export function isUtcZone(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC';
}

const zoned = new Map<string, { hm: string; zone: string }>();

/** A moment's clock time and zone name in one zone, as Intl gives them. */
export interface ZonedTime {
  /** ISO 8601 */
  at: string;
  timeZone: string;
  /** "07:02" */
  hm: string;
  /** "PDT", "GMT+2" */
  zone: string;
}

/** Intl's answer for one moment in one zone, asked now (remembering nothing). */
export function zonedTime(date: Date, timeZone: string): ZonedTime {
  return { at: date.toISOString(), timeZone, ...inZone(date, timeZone) };
}

/**
 * Clock times known in advance (lint's fixtures, whose moments and zones are fixed): formatTime looks them up instead
 * of asking Intl, whose first zone of a process costs ~40 M instructions of ICU start-up (~120 M for three zones).
 */
export function rememberZoned(times: readonly ZonedTime[]): void {
  for (const t of times) zoned.set(`${Date.parse(t.at)}\u0000${t.timeZone}`, { hm: t.hm, zone: t.zone });
}

export function formatTime(date: Date, timeZone = 'UTC'): FormattedTime {
  // UTC needs no time-zone data: the first Intl.DateTimeFormat of a process costs milliseconds (ICU loads its zones).
  const utcHm = date.toISOString().slice(11, 16);
  const utc = `${utcHm} UTC`;
  if (isUtcZone(timeZone)) return { iso: date.toISOString(), utc, local: utc, both: utc };
  // lint builds 84 contexts from the same few moments: each moment is looked up in its zone once
  // (formatToParts is slow).
  const key = `${date.getTime()}\u0000${timeZone}`;
  let there = zoned.get(key);
  if (!there) {
    if (zoned.size >= 1000) zoned.clear();
    zoned.set(key, (there = inZone(date, timeZone)));
  }
  const local = `${there.hm} ${there.zone}`;
  // A zone at offset 0 right now (Europe/London in winter) adds nothing: "14:02 UTC", not "14:02 UTC (14:02 GMT)".
  return { iso: date.toISOString(), utc, local, both: there.hm === utcHm ? utc : `${utc} (${local})` };
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

/** A run's length for people: "40 ms" under a second (never "0.0 s"), else "2.4 s". */
export function formatDuration(ms: number): string {
  return ms < 999.5 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}
