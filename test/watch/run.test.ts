// The watch flow with a fake terminal: a key runs the last proposal as a draft with exactly its flags; a draft that
// refuses leaves the watch running, Ctrl-C in the draft's interview ends it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/platform/errors.js';
import { run } from '../../src/commands/watch.js';
import type { Runtime } from '../../src/platform/runtime.js';
import type { Screen } from '../../src/watch/terminal.js';
import type { WatchState } from '../../src/watch/state.js';
import { SIM_KEY_VAR, startSim } from '../helpers/watch-sim.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function watchWithKeys(draft: (flags: Record<string, unknown>) => Promise<number>, pressAt = 2, rounds = 4) {
  const sim = await startSim('healthy');
  const dir = mkdtempSync(join(tmpdir(), 'layerpost-watch-run-'));
  dirs.push(dir);
  sim.writeConfig(dir);
  const drawn: string[][] = [];
  const stderr: string[] = [];
  const screen: Screen = {
    draw: (l) => void drawn.push([...l]),
    clear: () => undefined,
    bell: () => undefined,
    width: () => 200,
    onResize: () => () => undefined,
    close: () => undefined,
  };
  let press: (k: string) => void = () => undefined;
  const paused: boolean[] = [];
  const keys = (onKey: (k: string) => void) => (
    (press = onKey),
    { pause: () => void paused.push(true), resume: () => void paused.push(false) }
  );
  const calls: Array<Record<string, unknown>> = [];
  const rt: Runtime = {
    cwd: dir,
    env: { PATH: process.env.PATH, [SIM_KEY_VAR]: 'k' },
    now: () => new Date(),
    stdout: { write: () => undefined, isTTY: false },
    stderr: { write: (t) => void stderr.push(t), isTTY: false },
    interactive: true,
    color: false,
    opts: {},
    signal: new AbortController().signal,
  };
  // Round 1 is healthy; at round 2 the provider opens an incident (a proposal), at 3 the layer has held (another).
  const onRound = (s: WatchState) => {
    if (s.round === 1) sim.stage = 'overloaded';
    if (s.round === pressAt) press('d');
  };
  try {
    const result = await run(rt, { incident: 'keys', interval: 1, rounds }, [], {
      screen,
      keys,
      onRound,
      draft: (_p, flags) => (calls.push(flags), draft(flags)),
    }).then(
      (code) => ({ code }),
      (error: unknown) => ({ error }),
    );
    return { result, calls, drawn, stderr: stderr.join(''), paused, dir };
  } finally {
    await sim.close();
  }
}

// Each watch has its own simulator and folder, and spends most of its time waiting for its next round: run at once.
describe.concurrent('watch: a key runs the proposed draft', () => {
  it('d runs the last proposal with its phase, layer and the evidence of the round that raised it, keys paused around it; then the rounds go on', async () => {
    // Pressed at round 4, which raised nothing: the proposal is round 3's, with round 3's evidence.
    const w = await watchWithKeys(async () => 0, 4, 5);
    expect(w.result).toEqual({ code: 0 });
    expect(w.calls).toHaveLength(1);
    expect(w.calls[0]).toMatchObject({
      incident: 'keys',
      phase: 'identified',
      layer: 'provider-api',
      from: expect.stringMatching(/\/out\/keys\/watch\/\S+-r000003\.json$/),
    });
    expect(w.paused).toEqual([true, false, true]);
    expect(w.stderr).toMatch(
      /Running: layerpost draft --incident keys --phase identified --layer provider-api --from \S+-r000003\.json/,
    );
    expect(w.stderr).toContain('The draft ended (exit 0); back to watching.');
    // Round 5 came after the draft.
    expect(w.drawn.at(-1)!.join('\n')).toContain('round 5 ·');
  }, 30_000);

  it('a draft that refuses is said and the watch goes on; Ctrl-C in its interview ends the watch with that error', async () => {
    // Two watches of their own (simulator, folder), at once: each spends its rounds waiting for the next.
    const [refused, interrupted] = await Promise.all([
      watchWithKeys(async () => {
        throw new UsageError('--data-loss: required at resolved');
      }),
      watchWithKeys(async () => {
        throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
      }),
    ]);
    expect(refused.result).toEqual({ code: 0 });
    expect(refused.stderr).toContain('layerpost: the draft stopped: --data-loss: required at resolved');
    expect(refused.drawn.at(-1)!.join('\n')).toContain('round 4 ·');

    expect(interrupted.result).toMatchObject({ error: { name: 'ExitPromptError' } });
    expect(interrupted.drawn.at(-1)!.join('\n')).not.toContain('round 3 ·');
  }, 60_000);
});
