// publish in a real terminal (tmux): it shows what will go where and asks once, defaulting to No.
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, NODE } from '../helpers/cli.js';
import {
  approve,
  cleanup,
  draftIncident,
  env,
  project,
  publishConfig,
  startFakes,
  type Fakes,
} from '../publish/project.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `layerpost-publish-tty-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

let f: Fakes;
beforeAll(async () => {
  f = await startFakes();
  if (hasTmux) tmux('new-session', '-d', '-s', 'keeper', 'sleep 600');
});
afterAll(async () => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  await f.close();
  cleanup();
});

async function waitFor(session: string, pattern: RegExp): Promise<string> {
  const until = Date.now() + 20_000;
  let screen = '';
  while (Date.now() < until) {
    screen = tmux('capture-pane', '-p', '-t', session, '-S', '-100');
    if (pattern.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${pattern}; screen:\n${screen}`);
}

function start(dir: string, name: string, bundle: string): string {
  const vars = Object.entries(env())
    .map(([k, v]) => `${k}='${v}'`)
    .join(' ');
  tmux(
    'new-session',
    '-d',
    '-s',
    name,
    '-x',
    '160',
    '-y',
    '50',
    '-c',
    dir,
    `env -u CI NO_COLOR=1 ${vars} '${NODE}' '${BIN}' publish '${bundle}'; echo "EXIT=$?"; sleep 30`,
  );
  return name;
}

describe.skipIf(!hasTmux)('publish in a terminal', () => {
  it('lists the posts, asks once (Enter = No, nothing sent), and sends on y', async () => {
    const dir = project(publishConfig(f));
    const [b] = await draftIncident(dir, 'tty', 1);
    await approve(dir, b!);
    const s1 = start(dir, `no${process.pid}`, b!);
    const screen = await waitFor(s1, /Publish 4 posts\?/);
    expect(screen).toMatch(
      /update 1 → statuspage: "Acme AI errors, cause under investigation" \(approved by Dana Lee\)/,
    );
    expect(screen).toMatch(/update 1 → bluesky: /);
    tmux('send-keys', '-t', s1, 'Enter');
    expect(await waitFor(s1, /EXIT=\d+/)).toMatch(/Nothing sent\.[\s\S]*EXIT=0/);
    expect(f.statuspage.incidents).toHaveLength(0);

    const s2 = start(dir, `yes${process.pid}`, b!);
    await waitFor(s2, /Publish 4 posts\?/);
    tmux('send-keys', '-t', s2, 'y', 'Enter');
    expect(await waitFor(s2, /EXIT=\d+/)).toMatch(/published update 1 → bluesky[\s\S]*EXIT=0/);
    expect(f.statuspage.incidents).toHaveLength(1);
  }, 90_000);
});
