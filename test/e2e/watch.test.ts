// `layerpost watch` without a terminal, the built CLI against a simulated incident on 127.0.0.1 whose stage the test
// switches: the events come one line (or JSON object) each, in order, each with the draft it proposes.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, NODE, runCli } from '../helpers/cli.js';
import { SIM_KEY_VAR, startSim, type Sim, type Stage } from '../helpers/watch-sim.js';

const dirs: string[] = [];
const sims: Sim[] = [];
afterAll(async () => {
  for (const s of sims) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'layerpost-watch-'));
  dirs.push(dir);
  return dir;
}

interface Watch {
  child: ChildProcess;
  lines: string[];
  stderr: () => string;
  /** Resolves with the first line (from index `from`) that matches. */
  next(match: (line: string) => boolean, from?: number): Promise<number>;
  exit: Promise<number | null>;
}

const ENV = { ...process.env, CI: 'true', NO_COLOR: '1', [SIM_KEY_VAR]: 'sk-sim-key' };

function watch(dir: string, args: string[]): Watch {
  const child = spawn(NODE, [BIN, 'watch', ...args], { cwd: dir, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let err = '';
  let buf = '';
  const waiters: Array<() => void> = [];
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
    for (const w of waiters.splice(0)) w();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exit = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  // A watch that never ends would hang the file: the longest test takes well under this.
  const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
  void exit.then(() => clearTimeout(guard));
  return {
    child,
    lines,
    stderr: () => err,
    exit,
    next(match, from = 0) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const i = lines.findIndex((l, j) => j >= from && match(l));
          if (i >= 0) return resolve(i);
          if (child.exitCode !== null)
            return reject(
              new Error(
                `watch exited (${child.exitCode}) before the line came; stdout:\n${lines.join('\n')}\nstderr:\n${err}`,
              ),
            );
          waiters.push(look);
        };
        void exit.then(() => look());
        look();
      });
    },
  };
}

type Event = { event: string; [k: string]: unknown };
const parse = (lines: string[]) => lines.filter((l) => l.trim()).map((l) => JSON.parse(l) as Event);

// Each test has its own simulator and folder, and its watch spends most of its time waiting for the next round: the
// tests run at once.
describe.concurrent('watch without a terminal', () => {
  it('healthy → 529s → one model failing → recovered: the events in order, each proposing the right draft', async () => {
    const sim = await startSim('healthy');
    sims.push(sim);
    const dir = project();
    sim.writeConfig(dir);
    const w = watch(dir, [
      '--incident',
      'sim-1',
      '--interval',
      '1',
      '--recovered-rounds',
      '2',
      '--resolved-after',
      '0.05',
      '--json',
    ]);
    const event =
      (name: string, extra: (e: Event) => boolean = () => true) =>
      (l: string) => {
        const e = JSON.parse(l) as Event;
        return e.event === name && extra(e);
      };
    // The stage changes right after a round is told, while the watch waits for the next one.
    let at = await w.next(event('round', (e) => e.round === 2));
    sim.stage = 'overloaded' satisfies Stage;
    at = await w.next(event('layer-changed'), at);
    sim.stage = 'one-model';
    at = await w.next(
      event('layer-changed', (e) => e.to === 'model-endpoint'),
      at,
    );
    sim.stage = 'recovered';
    await w.next(event('resolved-candidate'), at);
    w.child.kill('SIGINT');
    expect(await w.exit, w.stderr()).toBe(0);

    const all = parse(w.lines);
    expect(all.every((e) => typeof e.at === 'string' && typeof e.event === 'string')).toBe(true);
    const told = all.filter((e) => e.event !== 'round');
    expect(told.map((e) => [e.event, e.change ?? e.to ?? e.propose])).toEqual([
      ['provider-incident', 'opened'],
      ['layer-changed', 'provider-api'],
      ['layer-changed', 'model-endpoint'],
      ['provider-incident', 'closed'],
      ['recovered', 'monitoring'],
      ['resolved-candidate', 'resolved'],
    ]);
    expect(told[1]).toMatchObject({
      from: 'unknown',
      to: 'provider-api',
      propose: 'identified',
      layer: 'provider-api',
    });
    expect(told[2]).toMatchObject({
      from: 'provider-api',
      to: 'model-endpoint',
      propose: 'identified',
      layer: 'model-endpoint',
    });
    expect(told[4]).toMatchObject({ propose: 'monitoring', layer: 'model-endpoint' });
    expect(told[5]).toMatchObject({ propose: 'resolved', layer: 'model-endpoint' });
    // Rounds say the layer and what fails, as the stages had it.
    const rounds = all.filter((e) => e.event === 'round');
    expect(rounds.some((e) => e.layer === 'provider-api' && (e.failing as string[]).includes('anthropic-sonnet'))).toBe(
      true,
    );
    expect(
      rounds.some(
        (e) => e.layer === 'model-endpoint' && (e.failing as string[]).join() === 'our-handler,anthropic-opus',
      ),
    ).toBe(true);

    // Each proposal names the exact command, --from the evidence saved that round (a real evidence document).
    for (const e of told) {
      const cmd = e.command as string;
      expect(cmd).toMatch(
        new RegExp(`^layerpost draft --incident sim-1 --phase ${e.propose} --layer ${e.layer} --from \\S+\\.json$`),
      );
      const from = cmd.split(' --from ')[1]!;
      expect(e.evidence).toBe(from);
      expect(JSON.parse(readFileSync(from, 'utf8'))).toMatchObject({ schema: 'layerpost.evidence/v1' });
    }
    // The correction's draft, run as proposed, drafts what the operator saw then: Claude Opus 4.7 failing.
    const args = (told[2]!.command as string).split(' ').slice(1);
    const drafted = await runCli([...args, '--yes', '--json'], { cwd: dir, env: { [SIM_KEY_VAR]: 'sk-sim-key' } });
    expect([0, 1], drafted.stderr).toContain(drafted.code);
    expect(JSON.parse(drafted.stdout)).toMatchObject({
      layer: 'model-endpoint',
      phase: 'identified',
      incident: 'sim-1',
    });
    expect(readFileSync(join(dir, 'out', 'sim-1', '001-identified', 'x.txt'), 'utf8')).toContain('Claude Opus 4.7');
    // Bounded: the rounds where something changed and the last 20 (this run had fewer than that many quiet ones).
    expect(readdirSync(join(dir, 'out', 'sim-1', 'watch')).length).toBeLessThanOrEqual(rounds.length);
  }, 60_000);

  it('says the promised update is overdue, and --until-resolved ends the watch with 0 once the resolved update exists', async () => {
    const sim = await startSim('overloaded');
    sims.push(sim);
    const dir = project();
    sim.writeConfig(dir);
    const env = { [SIM_KEY_VAR]: 'sk-sim-key' };
    const first = await runCli(
      [
        'draft',
        '--incident',
        'due-1',
        '--phase',
        'investigating',
        '--layer',
        'provider-api',
        '--next-update',
        '0',
        '--yes',
        '--json',
      ],
      { cwd: dir, env },
    );
    expect([0, 1], first.stderr).toContain(first.code);
    const w = watch(dir, ['--incident', 'due-1', '--interval', '0.5', '--until-resolved', '--json']);
    const i = await w.next((l) => (JSON.parse(l) as Event).event === 'update-due');
    expect(JSON.parse(w.lines[i]!)).toMatchObject({
      event: 'update-due',
      incident: 'due-1',
      update: 1,
      overdue: true,
      propose: 'investigating',
      layer: 'provider-api',
    });
    expect(w.lines.slice(0, i).map((l) => (JSON.parse(l) as Event).event)).toEqual(['round']);
    sim.stage = 'recovered';
    const resolved = await runCli(
      ['draft', '--incident', 'due-1', '--phase', 'resolved', '--data-loss', 'No data was lost.', '--yes', '--json'],
      { cwd: dir, env },
    );
    expect([0, 1], resolved.stderr).toContain(resolved.code);
    expect(await w.exit, w.stderr()).toBe(0);
    expect(w.stderr()).toContain('Incident due-1 is resolved (update 2); watch ends.');
  }, 60_000);

  it('a network drop is "reconnecting", never a provider failure; sources unreachable past the limit exit 1 naming them', async () => {
    const sim = await startSim('overloaded');
    const dir = project();
    sim.writeConfig(dir);
    await sim.close();
    const w = watch(dir, ['--incident', 'off-1', '--interval', '0.3', '--unreachable-limit', '0.02']);
    const code = await w.exit;
    expect(code, w.stderr()).toBe(1);
    expect(w.stderr()).toMatch(
      /no request reached any server for \d+s \(sources: our-handler, anthropic-opus, anthropic-sonnet, anthropic\): this machine looks offline or needs a proxy; giving up \(exit 1\)/,
    );
    // One plain line per event, never a redraw.
    expect(w.lines.join('\n')).not.toMatch(/\x1b/);
    expect(w.lines[0]).toMatch(/^\d\d:\d\d:\d\d UTC round: round 1: reconnecting \(no server answered\)$/);
    expect(w.lines[1]).toMatch(
      /^\d\d:\d\d:\d\d UTC unreachable: Reconnecting: no request reached any server \(our-handler, anthropic-opus, anthropic-sonnet, anthropic\): .*this is not a provider failure\.$/,
    );
    expect(w.lines.join('\n')).not.toMatch(/provider-incident|layer-changed|provider-api/);
    expect(existsSync(join(dir, 'out', 'off-1', 'watch'))).toBe(true);
  }, 60_000);

  it('bad flags are usage errors, before anything runs', async () => {
    const dir = project();
    writeFileSync(join(dir, 'layerpost.config.json'), '{}');
    const r = await runCli(['watch', '--interval', '0'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--interval expects a number of seconds from 0.1 to 3600, got "0"');
    const bad = await runCli(['watch', '--incident', '../x', '--rounds', '1'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--incident: expected letters, digits');
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'incident-drafts'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'incident-drafts', 'linked'));
    const linked = await runCli(['watch', '--incident', 'linked', '--rounds', '1'], { cwd: dir });
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain('is a symbolic link; an incident folder must be a real directory');
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
  });
});
