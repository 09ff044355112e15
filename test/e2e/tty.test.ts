// The interview in a real pseudo-terminal (tmux): prompts render on the terminal, Enter takes each proposal, Ctrl-C
// keeps answers.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, NODE } from '../helpers/cli.js';
import { startServer } from '../helpers/server.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// A tmux server of this file's own, kept alive by a session that does nothing: a shared server exits when its last
// session is killed, and a new-session racing that exit failed with "server exited unexpectedly".
const SOCKET = `layerpost-tty-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}

beforeAll(() => {
  if (hasTmux) tmux('new-session', '-d', '-s', 'keeper', 'sleep 600');
});

// Ends this file's own tmux server, with every session the tests made (the tests run at once, so no test ends the
// sessions of another).
afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

async function waitFor(session: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < until) {
    screen = tmux('capture-pane', '-p', '-t', session, '-S', '-200');
    if (pattern.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${pattern} on the terminal; screen was:\n${screen}`);
}

async function start(dir: string, args: string[]): Promise<string> {
  const session = `lp${process.pid}${Math.random().toString(36).slice(2, 7)}`;
  const evidence = {
    schema: 'layerpost.evidence/v1',
    takenAt: new Date().toISOString(),
    probes: [
      {
        id: 'opus',
        layer: 'model-endpoint',
        provider: 'anthropic',
        model: 'claude-opus-4-7',
        ok: false,
        outcome: 'http-status',
        status: 529,
        errorType: 'overloaded_error',
        latencyMs: 300,
        detail: '529',
      },
      {
        id: 'sonnet',
        layer: 'model-endpoint',
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        ok: true,
        outcome: 'ok',
        status: 200,
        latencyMs: 200,
        detail: 'pong',
      },
    ],
    providers: [],
  };
  await writeFile(join(dir, 'e.json'), JSON.stringify(evidence));
  const cmd = [NODE, BIN, 'draft', '--from', 'e.json', '--out', 'out', '--product', 'Acme Notes', ...args]
    .map((a) => `'${a}'`)
    .join(' ');
  // A real terminal, without CI in the environment, is the only place layerpost prompts.
  tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '160',
    '-y',
    '50',
    '-c',
    dir,
    `env -u CI NO_COLOR=1 ${cmd}; echo "EXIT=$?"; sleep 30`,
  );
  return session;
}

// Each test has its own session and folder and mostly waits on its terminal: the tests run at once.
describe.skipIf(!hasTmux)('interview in a real terminal (tmux)', { concurrent: true }, () => {
  it('Enter through every question takes the proposals and writes the bundle', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layerpost-tty-'));
    const s = await start(dir, ['--incident', 'tty-1']);
    const screen = await waitFor(s, /Which layer failed\?/);
    expect(screen).toContain('Evidence:');
    expect(screen).toMatch(/model-endpoint \(\d+%\)/);
    for (const q of [
      /Phase of the incident\?/,
      /Which provider\?/,
      /Affected models/,
      /impact/,
      /Next update in how many minutes/,
      /What are we doing/,
      /Anything else/,
    ]) {
      tmux('send-keys', '-t', s, 'Enter');
      await waitFor(s, q);
    }
    tmux('send-keys', '-t', s, 'Enter');
    await waitFor(s, /What now\?/);
    tmux('send-keys', '-t', s, 'Enter');
    const done = await waitFor(s, /EXIT=\d+/);
    expect(done).toContain('EXIT=0');
    const bundle = join(dir, 'out', 'tty-1', '001-investigating');
    expect(existsSync(join(bundle, 'x.txt'))).toBe(true);
    expect(await readFile(join(bundle, 'x.txt'), 'utf8')).toContain('Claude Opus 4.7');
  }, 40_000);

  it('Ctrl-C in the middle exits 130, writes no bundle, and --resume continues from the saved answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'layerpost-tty-'));
    const s = await start(dir, ['--incident', 'tty-2']);
    await waitFor(s, /Which layer failed\?/);
    tmux('send-keys', '-t', s, 'Enter');
    await waitFor(s, /Phase of the incident\?/);
    tmux('send-keys', '-t', s, 'C-c');
    const screen = await waitFor(s, /EXIT=\d+/);
    expect(screen).toContain('EXIT=130');
    expect(screen).toContain('--resume');
    expect(await readdir(join(dir, 'out'))).toEqual(['.layerpost-resume.tty-2.json']);
    const saved = JSON.parse(await readFile(join(dir, 'out', '.layerpost-resume.tty-2.json'), 'utf8')) as {
      answers: { layer: string };
    };
    expect(saved.answers.layer).toBe('model-endpoint');
    // resume without a terminal: the saved layer is kept, the rest proposed
    const r = spawnSync(NODE, [BIN, 'draft', '--resume', '--out', 'out', '--yes', '--json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Resuming incident tty-2: restored --layer, --product, evidence from e\.json\./);
    expect(JSON.parse(r.stdout)).toMatchObject({ layer: 'model-endpoint', incident: 'tty-2' });
  }, 40_000);

  it('Ctrl-C in the demo says how to start the demo again, not draft --resume', async () => {
    const session = `lp${process.pid}demo`;
    const dir = await mkdtemp(join(tmpdir(), 'layerpost-tty-'));
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '160',
      '-y',
      '50',
      '-c',
      dir,
      `env -u CI NO_COLOR=1 '${NODE}' '${BIN}' demo network --out out; echo "EXIT=$?"; sleep 30`,
    );
    await waitFor(session, /Which layer failed\?/);
    tmux('send-keys', '-t', session, 'C-c');
    const screen = await waitFor(session, /EXIT=\d+/);
    expect(screen).toContain('EXIT=130');
    expect(screen).toContain('Interrupted. Nothing was written; run `layerpost demo network` to start again.');
    expect(screen).not.toContain('--resume');
  }, 40_000);

  it('status on a terminal shows a spinner naming the sources still pending, and ends with the table', async () => {
    const server = await startServer({ '/slow/api/v2/summary.json': () => new Promise<void>(() => undefined) });
    try {
      const dir = await mkdtemp(join(tmpdir(), 'layerpost-tty-'));
      await writeFile(
        join(dir, 'layerpost.config.json'),
        JSON.stringify({
          providers: [{ id: 'slow', name: 'Slow page', status: { kind: 'statuspage', url: `${server.url}/slow` } }],
        }),
      );
      const session = `lp${process.pid}status`;
      tmux(
        'new-session',
        '-d',
        '-s',
        session,
        '-x',
        '160',
        '-y',
        '50',
        '-c',
        dir,
        `env -u CI NO_COLOR=1 '${NODE}' '${BIN}' status --timeout 30000 --deadline 3; echo "EXIT=$?"; sleep 30`,
      );
      // While the source hangs, the spinner's line names what is pending.
      await waitFor(session, /waiting for slow/);
      const done = await waitFor(session, /EXIT=\d+/);
      expect(done).toContain('EXIT=0');
      expect(done).toMatch(/Slow page/);
      expect(done).toMatch(/no answer before the (?:run )?deadline/);
    } finally {
      await server.close();
    }
  }, 40_000);

  it('--no-color reaches the spinner: no colour codes on the terminal, where without it the spinner is coloured', async () => {
    const server = await startServer({ '/slow/api/v2/summary.json': () => new Promise<void>(() => undefined) });
    try {
      const dir = await mkdtemp(join(tmpdir(), 'layerpost-tty-'));
      await writeFile(
        join(dir, 'layerpost.config.json'),
        JSON.stringify({
          providers: [{ id: 'slow', name: 'Slow page', status: { kind: 'statuspage', url: `${server.url}/slow` } }],
        }),
      );
      const spinnerLine = async (flags: string) => {
        const session = `lp${process.pid}c${Math.random().toString(36).slice(2, 7)}`;
        tmux(
          'new-session',
          '-d',
          '-s',
          session,
          '-x',
          '160',
          '-y',
          '50',
          '-c',
          dir,
          `env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color '${NODE}' '${BIN}' status ${flags} --timeout 30000 --deadline 3; sleep 30`,
        );
        await waitFor(session, /waiting for slow/);
        // -e keeps the escape sequences the program wrote.
        return (
          tmux('capture-pane', '-p', '-e', '-t', session)
            .split('\n')
            .find((l) => l.includes('waiting for slow')) ?? ''
        );
      };
      const SGR_COLOUR = /\x1b\[(?:3[0-9]|9[0-7]|38;)/;
      expect(await spinnerLine('')).toMatch(SGR_COLOUR);
      expect(await spinnerLine('--no-color')).not.toMatch(SGR_COLOUR);
    } finally {
      await server.close();
    }
  }, 40_000);
});
