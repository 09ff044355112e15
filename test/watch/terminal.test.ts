// The terminal writer (redraw erasing only its own lines, nothing hostile reaching the terminal) and the bell's rules.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/watch.js';
import type { Runtime } from '../../src/platform/runtime.js';
import { keyReader, ttyScreen, type Screen } from '../../src/watch/terminal.js';
import { SIM_KEY_VAR, startSim } from '../helpers/watch-sim.js';

function fakeStream(columns = 80, rows = 24) {
  const e = new EventEmitter() as EventEmitter & {
    written: string;
    columns: number;
    rows: number;
    write(s: string): boolean;
  };
  e.written = '';
  e.columns = columns;
  e.rows = rows;
  e.write = (s: string) => ((e.written += s), true);
  return e;
}

describe('watch terminal writer', () => {
  it('draws, then erases exactly the lines it drew before drawing again; the cursor comes back at close', () => {
    const out = fakeStream();
    const screen = ttyScreen(out);
    screen.draw(['one', 'two', 'three']);
    expect(out.written).toBe('\x1b[?25lone\x1b[K\ntwo\x1b[K\nthree\x1b[K\n');
    out.written = '';
    screen.draw(['four']);
    expect(out.written).toBe('\x1b[3F\x1b[Jfour\x1b[K\n');
    out.written = '';
    screen.clear();
    expect(out.written).toBe('\x1b[1F\x1b[J\x1b[?25h');
    out.written = '';
    screen.close();
    expect(out.written).toBe('');
  });

  it('outside text cannot move the cursor or break a line; a screen taller than the terminal is cut to fit', () => {
    const out = fakeStream(80, 5);
    const screen = ttyScreen(out);
    screen.draw(['status: "\x1b[2Jgone\x1b]52;c;aGk=\x07"', 'a\nb', '3', '4', '5', '6']);
    expect(out.written).not.toContain('\x1b[2J');
    expect(out.written).not.toContain('\x1b]52');
    // Four rows (one left for the cursor), one line each.
    expect(out.written.split('\n')).toHaveLength(5);
    expect(out.written).toContain('a b');
  });

  it('resizes are passed on, and the width never goes below 20', () => {
    const out = fakeStream(10);
    const screen = ttyScreen(out);
    let told = 0;
    const off = screen.onResize(() => told++);
    out.emit('resize');
    off();
    out.emit('resize');
    expect(told).toBe(1);
    expect(screen.width()).toBe(20);
  });

  it('keys are read one by one in raw mode, and pausing hands the terminal back', () => {
    const input = Object.assign(new EventEmitter(), {
      raw: false,
      paused: true,
      setRawMode: (on: boolean) => void (input.raw = on),
      resume: () => void (input.paused = false),
      pause: () => void (input.paused = true),
    });
    const keys: string[] = [];
    const reader = keyReader(input, (k) => keys.push(k));
    expect([input.raw, input.paused]).toEqual([true, false]);
    input.emit('data', Buffer.from('dq'));
    reader.pause();
    expect([input.raw, input.paused]).toEqual([false, true]);
    input.emit('data', 'x');
    reader.resume();
    input.emit('data', 'd');
    expect(keys).toEqual(['d', 'q', 'd']);
  });
});

describe('watch bell', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layerpost-bell-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function bells(env: Record<string, string>): Promise<number> {
    const sim = await startSim('healthy');
    try {
      const cwd = mkdtempSync(join(dir, 'run-'));
      sim.writeConfig(cwd);
      let rung = 0;
      const screen: Screen = {
        draw: () => undefined,
        clear: () => undefined,
        bell: () => void rung++,
        width: () => 100,
        onResize: () => () => undefined,
        close: () => undefined,
      };
      const rt: Runtime = {
        cwd,
        env: { PATH: process.env.PATH, [SIM_KEY_VAR]: 'k', ...env },
        now: () => new Date(),
        stdout: { write: () => undefined, isTTY: false },
        stderr: { write: () => undefined, isTTY: false },
        interactive: false,
        color: false,
        opts: {},
        signal: new AbortController().signal,
      };
      // Round 2 sees the provider open an incident: a prompt.
      const onRound = () => void (sim.stage = 'overloaded');
      expect(await run(rt, { incident: 'bell', interval: 2, rounds: 2, bell: true }, [], { screen, onRound })).toBe(0);
      return rung;
    } finally {
      await sim.close();
    }
  }

  it('rings on a prompt with --bell, and never under CI', async () => {
    // Two watches of their own (simulator, folder) at once: each spends its rounds waiting for the next.
    const [rung, underCi] = await Promise.all([bells({}), bells({ CI: 'true' })]);
    expect(rung).toBeGreaterThan(0);
    expect(underCi).toBe(0);
  }, 30_000);
});
