// The round scheduler: one round at a time, each bounded by the interval, the next starting one interval after the last
// began.

export interface ScheduleOptions {
  intervalMs: number;
  /** Stops the schedule (Ctrl-C): the running round is aborted and no other starts. */
  signal: AbortSignal;
  /** Stop after this many rounds. */
  maxRounds?: number;
  /** One round; its signal aborts when the interval is over or the schedule stops. Returns true to stop after it. */
  round(n: number, signal: AbortSignal): Promise<boolean | void>;
  /** Between rounds, after the wait (or a wake-up): work the operator asked for (a draft). Returns true to stop. */
  between?(): Promise<boolean | void>;
  /** Milliseconds now (performance.now by default). */
  now?: () => number;
}

export interface Schedule {
  /** End the current wait early so `between` runs now (a key was pressed). */
  wake(): void;
  done: Promise<{ rounds: number; reason: 'stopped' | 'rounds' | 'finished' }>;
}

/** Wait `ms`, or until woken or aborted; leaves no timer or listener behind. */
function sleep(ms: number, signal: AbortSignal, setWake: (f: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const end = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', end);
      setWake(() => {});
      resolve();
    };
    const timer = setTimeout(end, ms);
    signal.addEventListener('abort', end, { once: true });
    setWake(end);
  });
}

/** A round's own signal: aborted at the interval or when the schedule stops; released when the round ends. */
function roundSignal(intervalMs: number, outer: AbortSignal): { signal: AbortSignal; release(): void } {
  const c = new AbortController();
  const onOuter = () => c.abort(outer.reason);
  const timer = setTimeout(
    () =>
      c.abort(Object.assign(new Error(`the round's bound of ${intervalMs} ms was reached`), { name: 'TimeoutError' })),
    intervalMs,
  );
  if (outer.aborted) c.abort(outer.reason);
  else outer.addEventListener('abort', onOuter, { once: true });
  return {
    signal: c.signal,
    release() {
      clearTimeout(timer);
      outer.removeEventListener('abort', onOuter);
    },
  };
}

export function schedule(o: ScheduleOptions): Schedule {
  const now = o.now ?? (() => performance.now());
  let wake: () => void = () => {};
  let woken = false;
  const done = (async () => {
    let n = 0;
    while (!o.signal.aborted) {
      n++;
      const started = now();
      const bound = roundSignal(o.intervalMs, o.signal);
      let stop: boolean | void;
      try {
        stop = await o.round(n, bound.signal);
      } finally {
        bound.release();
      }
      if (stop) return { rounds: n, reason: 'finished' as const };
      if (o.maxRounds !== undefined && n >= o.maxRounds) return { rounds: n, reason: 'rounds' as const };
      // Woken during the round: the operator's work runs before the wait.
      while (!o.signal.aborted) {
        if (!woken) await sleep(o.intervalMs - (now() - started), o.signal, (f) => (wake = f));
        const wasWoken = woken;
        woken = false;
        if (o.between && (await o.between())) return { rounds: n, reason: 'finished' as const };
        // A wake-up ends the wait early for the operator's work only; the next round keeps its time.
        if (!wasWoken || now() - started >= o.intervalMs) break;
      }
    }
    return { rounds: n, reason: 'stopped' as const };
  })();
  return {
    wake() {
      woken = true;
      wake();
    },
    done,
  };
}
