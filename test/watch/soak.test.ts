// A watch left open for hours: 2 000 rounds at a tiny interval against the local simulator, while memory, handles and
// open files stay flat and the evidence folder stays bounded. Counts and sizes only; how long it takes is not asserted.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, expect, it } from 'vitest';
import { run } from '../../src/commands/watch.js';
import type { Runtime } from '../../src/platform/runtime.js';
import type { WatchState } from '../../src/watch/state.js';
import { SIM_KEY_VAR, startSim, type Stage } from '../helpers/watch-sim.js';

const ROUNDS = 2_000;
const dir = mkdtempSync(join(tmpdir(), 'layerpost-soak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A full collection before each sample, so the heap measured is what is still referenced, not garbage not yet
// collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Least-squares slope of y over x: bytes per round. */
function slope(points: Array<[number, number]>): number {
  const mx = points.reduce((a, [x]) => a + x, 0) / points.length;
  const my = points.reduce((a, [, y]) => a + y, 0) / points.length;
  const num = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  return num / points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
}
const handles = () => process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap').length;
const openFiles = () => readdirSync('/proc/self/fd').length;

it(`${ROUNDS} rounds: RSS, handles and open files stay flat; evidence kept is bounded`, async () => {
  const sim = await startSim('healthy');
  try {
    // One probe and the status page: the rounds are short, the paths (requests, files, state) the same as a real
    // watch's.
    sim.writeConfig(dir, {
      probes: [
        {
          id: 'our-handler',
          layer: 'integration',
          http: { url: `${sim.server.url}/app/api/ai/health`, expect: { status: [200] } },
          timeoutMs: 2000,
        },
      ],
    });
    const stages: Stage[] = ['healthy', 'overloaded', 'one-model', 'recovered'];
    const samples: Array<{ round: number; rss: number; heap: number; handles: number; files: number }> = [];
    let lines = 0;
    const controller = new AbortController();
    const rt: Runtime = {
      cwd: dir,
      env: { ...process.env, CI: 'true', NO_COLOR: '1', [SIM_KEY_VAR]: 'k' },
      now: () => new Date(),
      stdout: { write: () => void lines++, isTTY: false },
      stderr: { write: () => undefined, isTTY: false },
      interactive: false,
      color: false,
      opts: { json: true, config: join(dir, 'layerpost.config.json') },
      signal: controller.signal,
    };
    const onRound = (s: WatchState) => {
      // The incident moves through its stages every 100 rounds, so events, prompts and changed rounds keep coming.
      sim.stage = stages[Math.floor(s.round / 100) % stages.length]!;
      if (s.round >= 200 && s.round % 50 === 0) {
        gc();
        const m = process.memoryUsage();
        samples.push({ round: s.round, rss: m.rss, heap: m.heapUsed, handles: handles(), files: openFiles() });
      }
    };
    const code = await run(
      rt,
      { incident: 'soak', interval: 0.005, rounds: ROUNDS, keep: 5, recoveredRounds: 2, resolvedAfter: 0 },
      [],
      { onRound },
    );
    expect(code).toBe(0);
    expect(lines).toBeGreaterThan(ROUNDS);

    const early = samples.filter((s) => s.round <= 500);
    const late = samples.filter((s) => s.round > ROUNDS - 300);
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    const perRound = slope(samples.filter((s) => s.round >= 800).map((s) => [s.round, s.heap]));
    const report = `heap ${Math.round(perRound)} B/round after round 800, rss ${mb(median(early.map((s) => s.rss)))} → ${mb(median(late.map((s) => s.rss)))} MB, heap ${mb(median(early.map((s) => s.heap)))} → ${mb(median(late.map((s) => s.heap)))} MB, handles ${median(early.map((s) => s.handles))} → ${median(late.map((s) => s.handles))}, files ${median(early.map((s) => s.files))} → ${median(late.map((s) => s.files))}`;
    console.log(`soak: ${report}`);
    // 1 800 rounds that each kept a few KB would add many MB; what stays is noise of the collector.
    expect(median(late.map((s) => s.rss)) - median(early.map((s) => s.rss)), report).toBeLessThan(40 * 1024 * 1024);
    // The heap after a full collection, past the warm-up (compiled code, the bounded lists filling): a leak of even one
    // small evidence document per round (about 2 KB) grows it faster than this; what stays grows about 0.4 KB a round.
    expect(slope(samples.filter((s) => s.round >= 800).map((s) => [s.round, s.heap])), report).toBeLessThan(1024);
    expect(Math.max(...late.map((s) => s.handles)), report).toBeLessThanOrEqual(
      Math.max(...early.map((s) => s.handles)) + 2,
    );
    expect(Math.max(...late.map((s) => s.files)), report).toBeLessThanOrEqual(
      Math.max(...early.map((s) => s.files)) + 2,
    );
    // The evidence folder: the changed rounds (stage switches, and rounds cut short by the tiny interval) up to 500,
    // and the last 5 — not 2 000 files; no temp file left behind.
    const names = readdirSync(join(dir, 'out', 'soak', 'watch'));
    expect(names.length).toBeLessThanOrEqual(505);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  } finally {
    await sim.close();
  }
}, 120_000);
