// When an incident started and when it was fixed, from the operator's word, the evidence and the updates (pure).

/** Where a start or an end comes from, strongest first. */
export type TimeSource = 'operator' | 'evidence' | 'update';

export interface IncidentClock {
  /** The incident's start as decided so far. */
  startedAt: string;
  startedFrom: TimeSource;
  /** The first evidence at or after the start with every probe passing, once seen. */
  recoveredAt?: string;
}

export interface ClockInput {
  /** What the incident's last update decided; absent for a first update. */
  previous?: IncidentClock;
  evidence: { takenAt: string; failing: boolean; allPassing: boolean };
  /** --started and --resolved-at, as instants. */
  given: { started?: string; resolvedAt?: string };
  now: Date;
}

export interface IncidentTimes extends IncidentClock {
  /** When it was fixed: --resolved-at, else the first recovered evidence, else now (this update's time). */
  endedAt: string;
  endedFrom: TimeSource;
}

const ms = (iso: string) => new Date(iso).getTime();

export function incidentTimes(input: ClockInput): IncidentTimes {
  const prev = input.previous;
  const ev = input.evidence;
  let startedAt: string;
  let startedFrom: TimeSource;
  if (input.given.started) [startedAt, startedFrom] = [input.given.started, 'operator'];
  else if (prev?.startedFrom === 'operator') [startedAt, startedFrom] = [prev.startedAt, 'operator'];
  else if (ev.failing && (!prev || prev.startedFrom !== 'evidence' || ms(ev.takenAt) < ms(prev.startedAt)))
    [startedAt, startedFrom] = [ev.takenAt, 'evidence'];
  else if (prev) [startedAt, startedFrom] = [prev.startedAt, prev.startedFrom];
  else [startedAt, startedFrom] = [input.now.toISOString(), 'update'];
  // Recovered evidence counts once it is not older than the start: a file saved before the incident says nothing of its
  // end.
  const recovered = ev.allPassing && ms(ev.takenAt) >= ms(startedAt) ? ev.takenAt : undefined;
  // A failure seen after a recovery means it was not the end (the fault came back): the next passing evidence is.
  const relapsed = prev?.recoveredAt !== undefined && ev.failing && ms(ev.takenAt) > ms(prev.recoveredAt);
  const kept = prev?.recoveredAt && ms(prev.recoveredAt) >= ms(startedAt) && !relapsed ? prev.recoveredAt : undefined;
  const recoveredAt = kept && recovered ? (ms(kept) <= ms(recovered) ? kept : recovered) : (kept ?? recovered);
  const [endedAt, endedFrom]: [string, TimeSource] = input.given.resolvedAt
    ? [input.given.resolvedAt, 'operator']
    : recoveredAt
      ? [recoveredAt, 'evidence']
      : [input.now.toISOString(), 'update'];
  return { startedAt, startedFrom, ...(recoveredAt ? { recoveredAt } : {}), endedAt, endedFrom };
}

/**
 * A start after the end: a clock stepped back between updates, or a --started/--resolved-at that contradicts the other.
 */
export function startsAfterEnd(t: Pick<IncidentTimes, 'startedAt' | 'endedAt'>): boolean {
  return ms(t.startedAt) > ms(t.endedAt);
}

/**
 * "14:05", "2026-11-21T14:05Z" → an ISO instant. A bare clock time is UTC, on the day of `now` or the day before,
 * whichever is not in the future. undefined when the text is neither.
 */
export function parseTime(text: string, now: Date): string | undefined {
  const t = text.trim();
  const hm = /^(\d{1,2}):(\d{2})(?:\s*UTC|Z)?$/i.exec(t);
  if (hm) {
    const [h, m] = [Number(hm[1]), Number(hm[2])];
    if (h > 23 || m > 59) return undefined;
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), h, m));
    if (d.getTime() > now.getTime()) d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString();
  }
  // An instant must say its zone: "2026-11-21T14:05" alone could be any zone's.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(t)) return undefined;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
