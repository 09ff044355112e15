// `layerpost watch` in a real terminal (tmux): one screen redrawn in place, and a key that runs the proposed draft's
// interview, then back to watching.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, NODE } from '../helpers/cli.js';
import { SIM_KEY_VAR, startSim, type Sim, type Stage } from '../helpers/watch-sim.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// This file's own tmux server, kept alive by an idle session (see tty.test.ts for why).
const SOCKET = `layerpost-watch-tty-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const sims: Sim[] = [];
const dirs: string[] = [];

beforeAll(() => {
  if (hasTmux) tmux('new-session', '-d', '-s', 'keeper', 'sleep 600');
});
afterAll(async () => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  for (const sim of sims) await sim.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const screen = (s: string) => tmux('capture-pane', '-p', '-t', s, '-S', '-300');
async function waitFor(s: string, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < until) {
    text = screen(s);
    if (pattern.test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${pattern} on the terminal; screen was:\n${text}`);
}
/** Waits (bounded) until the screen is no longer `before`: the program has taken the key sent. */
async function changedFrom(s: string, before: string, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && screen(s) === before) await new Promise((r) => setTimeout(r, 50));
}
/** A simulator of the test's own, closed when the file ends. */
async function ownSim(stage: Stage): Promise<Sim> {
  const sim = await startSim(stage);
  sims.push(sim);
  return sim;
}

// Each test has its own simulator, folder and sessions, and mostly waits for rounds: the tests run at once.
describe.skipIf(!hasTmux)('watch in a real terminal (tmux)', { concurrent: true }, () => {
  it('redraws one screen in place; d runs the proposed draft with its interview, then watching goes on; q quits with 0', async () => {
    const sim = await ownSim('healthy');
    const dir = mkdtempSync(join(tmpdir(), 'layerpost-watch-tty-'));
    dirs.push(dir);
    sim.writeConfig(dir);
    const s = 'watch1';
    const cmd = [NODE, BIN, 'watch', '--incident', 'tty-w', '--interval', '1'].map((a) => `'${a}'`).join(' ');
    tmux(
      'new-session',
      '-d',
      '-s',
      s,
      '-x',
      '150',
      '-y',
      '50',
      '-c',
      dir,
      `env -u CI NO_COLOR=1 ${SIM_KEY_VAR}=sk-sim ${cmd}; echo "EXIT=$?"; sleep 30`,
    );

    // Several rounds later there is still one screen: drawn over, not appended.
    const calm = await waitFor(s, /round 4 ·/);
    expect(calm.match(/layerpost watch ·/g)).toHaveLength(1);
    expect(calm).not.toMatch(/round [123] ·/);
    expect(calm).toContain('No update drafted for this incident yet.');
    expect(calm).toMatch(/✓ anthropic-opus\s+model-endpoint\s+ok\s+passing for/);

    sim.stage = 'overloaded';
    const prompted = await waitFor(s, /The evidence now points to provider-api/);
    expect(prompted).toContain('anthropic opened an incident: "Elevated errors on the Claude API"');
    expect(prompted.replace(/\n\s+/g, ' ')).toMatch(
      /\[d\] runs layerpost draft --incident tty-w --phase identified --layer provider-api --from \S+\/out\/tty-w\/watch\/\S+\.json/,
    );
    expect(prompted.match(/layerpost watch ·/g)).toHaveLength(1);

    tmux('send-keys', '-t', s, 'd');
    const interview = await waitFor(s, /Which provider\?/);
    expect(interview).toMatch(
      /Running: layerpost draft --incident tty-w --phase identified --layer provider-api --from/,
    );
    // The normal interview: Enter takes each proposal, until the bundle is written and the watch is back. The next
    // Enter goes once the screen has moved on from the last.
    for (let i = 0; i < 20 && !/back to watching/.test(screen(s)); i++) {
      const before = screen(s);
      tmux('send-keys', '-t', s, 'Enter');
      await changedFrom(s, before);
    }
    const back = await waitFor(s, /Last update: #1 identified · provider-api/);
    expect(back).toMatch(/The draft ended \(exit [01]\); back to watching\./);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'tty-w', '001-identified', 'draft.json'), 'utf8')) as {
      layer: string;
      phase: string;
    };
    expect(manifest).toMatchObject({ layer: 'provider-api', phase: 'identified' });
    // The draft used what the operator saw: the evidence file the prompt named.
    const evidence = JSON.parse(readFileSync(join(dir, 'out', 'tty-w', '001-identified', 'evidence.json'), 'utf8')) as {
      probes: Array<{ id: string; status?: number }>;
    };
    expect(evidence.probes.find((p) => p.id === 'anthropic-opus')?.status).toBe(529);

    tmux('send-keys', '-t', s, 'q');
    expect(await waitFor(s, /EXIT=\d+/)).toContain('EXIT=0');
  }, 60_000);

  it("fits the terminal's width, in colour only without NO_COLOR; Ctrl-C exits 0", async () => {
    const sim = await ownSim('overloaded');
    const dir = mkdtempSync(join(tmpdir(), 'layerpost-watch-tty-'));
    dirs.push(dir);
    sim.writeConfig(dir);
    const cmd = [NODE, BIN, 'watch', '--incident', 'narrow', '--interval', '0.5'].map((a) => `'${a}'`).join(' ');
    const shown = async (name: string, env: string, quit = 'q') => {
      tmux(
        'new-session',
        '-d',
        '-s',
        name,
        '-x',
        '60',
        '-y',
        '50',
        '-c',
        dir,
        `env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color ${env} ${SIM_KEY_VAR}=sk-sim ${cmd}; echo "EXIT=$?"; sleep 30`,
      );
      const text = await waitFor(name, /round 3 ·/);
      const escapes = tmux('capture-pane', '-p', '-e', '-t', name);
      tmux('send-keys', '-t', name, quit);
      await waitFor(name, /EXIT=0/);
      return { text, escapes };
    };
    const coloured = await shown('colour', '');
    // Lines never wrap (a wrapped line would break the redraw): one header after three rounds, none wider than 60.
    expect(coloured.text.match(/layerpost watch ·/g)).toHaveLength(1);
    for (const line of coloured.text.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    const SGR_COLOUR = /\x1b\[(?:3[0-9]|9[0-7]|38;)/;
    expect(coloured.escapes).toMatch(SGR_COLOUR);
    // Ctrl-C (a key in raw mode) ends the watch with 0, as q does.
    expect((await shown('plain', 'NO_COLOR=1', 'C-c')).escapes).not.toMatch(SGR_COLOUR);
  }, 60_000);
});
