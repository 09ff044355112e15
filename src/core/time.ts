// Clock-free time formatting for drafts: "14:30 UTC" and the same moment in the product's zone.

export interface FormattedTime {
  iso: string;
  utc: string;
  local: string;
  both: string;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one; lint formats thousands of times.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(kind: 'hm' | 'zone', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = kind === 'hm' ? new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }) : new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    formats.set(key, f);
  }
  return f;
}

function hm(date: Date, timeZone: string): string {
  // UTC needs no time-zone data: the first Intl.DateTimeFormat of a process costs milliseconds (ICU loads its zones).
  if (isUtcZone(timeZone)) return date.toISOString().slice(11, 16);
  return format('hm', timeZone).format(date);
}

export function isUtcZone(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC';
}

function zoneName(date: Date, timeZone: string): string {
  const part = format('zone', timeZone).formatToParts(date).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

export function formatTime(date: Date, timeZone = 'UTC'): FormattedTime {
  const utc = `${hm(date, 'UTC')} UTC`;
  const isUtc = isUtcZone(timeZone);
  const local = isUtc ? utc : `${hm(date, timeZone)} ${zoneName(date, timeZone)}`;
  // A zone at offset 0 right now (Europe/London in winter) adds nothing: "14:02 UTC", not "14:02 UTC (14:02 GMT)".
  const same = isUtc || hm(date, timeZone) === hm(date, 'UTC');
  return { iso: date.toISOString(), utc, local, both: same ? utc : `${utc} (${local})` };
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
