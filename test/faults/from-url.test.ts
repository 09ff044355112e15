// draft --from URL: a token in the URL's query never reaches an error line, and Ctrl-C while it loads is an
// interruption (130, the typed answers kept for --resume), not a bad input (2).
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { freePort, startServer, type TestServer } from '../helpers/server.js';
import { assertNoStack, assertUserError, cleanupProjects, project } from './project.js';

const TOKEN = 'tok-9f8e7d6c5b4a3210-secret';
let child: ChildProcess | undefined;
let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/missing.json': (_q, res) => void res.writeHead(404).end('no'),
    // Holds the request: the run is interrupted while the evidence loads.
    '/hang.json': () => void child?.kill('SIGINT'),
  });
});
afterAll(async () => {
  await server?.close();
  cleanupProjects();
});

describe('draft --from URL', () => {
  it.each([
    ['an HTTP error', () => `${server.url}/missing.json?token=${TOKEN}&region=eu`],
    [
      'a refused connection',
      async () => `http://user:${TOKEN}@127.0.0.1:${await freePort()}/e.json?access_token=${TOKEN}`,
    ],
  ])('%s: the error line names the URL without its token', async (_name, url) => {
    const dir = project({ product: { name: 'Acme' } });
    const r = await runCli(['--quiet', 'draft', '--from', await url(), '--yes', '--out', 'out'], { cwd: dir });
    const line = assertUserError(r, 2, /could not fetch the evidence/);
    expect(line).not.toContain(TOKEN);
    expect(r.stderr + r.stdout).not.toContain(TOKEN);
  });

  it('Ctrl-C while it loads: exit 130, the answers kept for --resume', async () => {
    const dir = project({ product: { name: 'Acme' } });
    const r = await runCli(
      [
        'draft',
        '--from',
        `${server.url}/hang.json`,
        '--yes',
        '--out',
        'out',
        '--incident',
        'cc',
        '--impact',
        'Typed before Ctrl-C.',
      ],
      {
        cwd: dir,
        onSpawn: (c) => (child = c),
      },
    );
    expect({ code: r.code, signal: r.signal }, r.stderr).toEqual({ code: 130, signal: null });
    assertNoStack(r.stderr);
    expect(r.stderr).toMatch(/--resume/);
    expect(existsSync(join(dir, 'out', 'cc'))).toBe(false);
    const resume = JSON.parse(readFileSync(join(dir, 'out', '.layerpost-resume.cc.json'), 'utf8')) as {
      answers: { impact?: string };
    };
    expect(resume.answers.impact).toBe('Typed before Ctrl-C.');
  });
});
