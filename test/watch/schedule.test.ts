// The round scheduler and the round store: one round at a time, each bounded; evidence kept where it matters, and no
// more.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_SCHEMA, type Evidence } from '../../src/model/evidence.js';
import { schedule } from '../../src/watch/schedule.js';
import { RoundStore } from '../../src/watch/store.js';

describe('watch schedule', () => {
  it('never runs two rounds at once, even when a round takes longer than the interval', async () => {
    let active = 0;
    let most = 0;
    const s = schedule({
      intervalMs: 5,
      signal: new AbortController().signal,
      maxRounds: 6,
      round: async (n) => {
        active++;
        most = Math.max(most, active);
        // Rounds 2 and 4 outlast the interval.
        await new Promise((r) => setTimeout(r, n % 2 === 0 ? 25 : 1));
        active--;
      },
    });
    expect(await s.done).toEqual({ rounds: 6, reason: 'rounds' });
    expect(most).toBe(1);
  });

  it("a round that hangs is aborted by its interval's bound, and the schedule goes on", async () => {
    const reasons: string[] = [];
    const s = schedule({
      intervalMs: 20,
      signal: new AbortController().signal,
      maxRounds: 2,
      round: (_n, signal) =>
        new Promise<void>((resolve) =>
          signal.addEventListener('abort', () => {
            reasons.push((signal.reason as Error).name);
            resolve();
          }),
        ),
    });
    expect(await s.done).toEqual({ rounds: 2, reason: 'rounds' });
    expect(reasons).toEqual(['TimeoutError', 'TimeoutError']);
  });

  it('stops on its signal mid-wait, and a round can end the schedule', async () => {
    const stop = new AbortController();
    const s = schedule({
      intervalMs: 60_000,
      signal: stop.signal,
      round: async () => void setTimeout(() => stop.abort(), 5),
    });
    expect(await s.done).toEqual({ rounds: 1, reason: 'stopped' });
    const t = schedule({ intervalMs: 1, signal: new AbortController().signal, round: async (n) => n === 3 });
    expect(await t.done).toEqual({ rounds: 3, reason: 'finished' });
  });

  it('a wake-up runs the between-rounds work at once, before the long wait is over', async () => {
    const stop = new AbortController();
    const order: string[] = [];
    const s = schedule({
      intervalMs: 60_000,
      signal: stop.signal,
      round: async (n) => {
        order.push(`round ${n}`);
        if (n === 1) setTimeout(() => s.wake(), 5);
      },
      between: async () => {
        order.push('between');
        stop.abort();
      },
    });
    expect(await s.done).toEqual({ rounds: 1, reason: 'stopped' });
    expect(order).toEqual(['round 1', 'between']);
  });
});

describe('watch round store', () => {
  const evidence = (i: number): Evidence => ({
    schema: EVIDENCE_SCHEMA,
    takenAt: new Date(Date.UTC(2026, 11, 6, 14, 0, i)).toISOString(),
    probes: [],
    providers: [],
  });

  it('keeps the rounds where something changed and the last N; deletes the rest', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'layerpost-watch-')), 'inc', 'watch');
    const store = new RoundStore(dir, 3);
    const changedRounds = new Set([1, 5, 9]);
    for (let i = 1; i <= 20; i++) {
      await store.save({ ...evidence(i) }, new Date(Date.UTC(2026, 11, 6, 14, 0, i)), i);
      await store.settle(changedRounds.has(i));
    }
    const kept = (await readdir(dir)).sort();
    expect(kept).toEqual(store.kept().map((p) => basename(p)));
    expect(kept.map((f) => Number(/-r(\d+)\.json$/.exec(f)![1]))).toEqual([1, 5, 9, 18, 19, 20]);
  });

  it('bounds the changed rounds too', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'layerpost-watch-')), 'watch');
    const store = new RoundStore(dir, 2, 3);
    for (let i = 1; i <= 10; i++) {
      await store.save({ ...evidence(i) }, new Date(Date.UTC(2026, 11, 6, 14, 0, i)), i);
      await store.settle(true);
    }
    expect((await readdir(dir)).map((f) => Number(/-r(\d+)\.json$/.exec(f)![1])).sort((a, b) => a - b)).toEqual([
      6, 7, 8, 9, 10,
    ]);
  });
});
