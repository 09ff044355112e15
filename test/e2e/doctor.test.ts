// `layerpost doctor` end to end: the built CLI against 127.0.0.1 servers (a status page, a health endpoint), a
// closed port, a proxy that does not answer, unset keys and a broken template.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

let srv: TestServer;
const dirs: string[] = [];
beforeAll(async () => {
  const summary = {
    page: {
      id: 'x',
      name: 'Local',
      url: 'http://127.0.0.1',
      time_zone: 'Etc/UTC',
      updated_at: new Date().toISOString(),
    },
    status: { indicator: 'none', description: 'All Systems Operational' },
    components: [],
    incidents: [],
    scheduled_maintenances: [],
  };
  srv = await startServer({
    '/api/v2/summary.json': (_q, res) => json(res, 200, summary),
    '/health': (_q, res) => json(res, 200, { ok: true }),
  });
});
afterAll(async () => {
  await srv.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function project(config: unknown, files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lp-doctor-'));
  dirs.push(dir);
  await writeFile(join(dir, 'layerpost.config.json'), JSON.stringify(config, null, 2));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const source = () => ({ id: 'local', name: 'Local', status: { kind: 'statuspage', url: srv.url } });
const port = () => new URL(srv.url).port;
// Local requests go direct; the proxy named is only checked for whether it answers.
const env = {
  HTTPS_PROXY: 'http://user:proxy-secret-4f2a@127.0.0.1:9',
  HTTP_PROXY: undefined,
  NO_PROXY: '127.0.0.1',
  DOCTOR_KEY: undefined,
};

describe('layerpost doctor', () => {
  it('one line per check; what only slows or thins a draft is a warning, exit 0', async () => {
    const cwd = await project({
      product: { name: 'Acme Notes' },
      providers: [source()],
      probes: [
        { id: 'health', layer: 'integration', provider: 'local', http: { url: `${srv.url}/health` } },
        { id: 'gone', layer: 'integration', http: { url: 'http://127.0.0.1:9/health' } },
        { id: 'port', layer: 'network', tcp: { host: '127.0.0.1', port: Number(port()) } },
        {
          id: 'keyed',
          layer: 'model-endpoint',
          'llm-canary': { api: 'openai', baseUrl: `${srv.url}/v1`, model: 'm', apiKey: '${DOCTOR_KEY}' },
        },
      ],
    });
    const cache = await mkdtemp(join(tmpdir(), 'lp-doctor-cache-'));
    dirs.push(cache);
    const r = await runCli(['doctor'], {
      cwd,
      env: { ...env, XDG_CACHE_HOME: cache, NODE_DISABLE_COMPILE_CACHE: undefined },
    });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const line = (id: string) => lines.find((l) => new RegExp(`^[✔!✖] ${id} `).test(l)) ?? '';
    expect(line('config')).toBe(`✔ config          ${join(cwd, 'layerpost.config.json')} (in the working directory)`);
    expect(line('credentials')).toMatch(/^! credentials +1 variable not set: DOCTOR_KEY; 1 probe will not run$/);
    expect(r.stdout).toContain('DOCTOR_KEY: not set (needed by keyed)');
    expect(line('proxy')).toMatch(/^! proxy +http:\/\/127\.0\.0\.1:9: does not answer \(connection refused\)$/);
    expect(line('status-sources')).toMatch(/^✔ status-sources +all 1 status source reachable$/);
    expect(line('probe-targets')).toMatch(/^! probe-targets +1 of 3 probe targets not reachable$/);
    expect(r.stdout).toContain('gone (http://127.0.0.1:9): connection refused');
    expect(line('templates')).toMatch(/^[✔!] templates +the embedded templates: \d+ files, (lint clean|0 errors and )/);
    expect(line('node')).toMatch(/^✔ node +Node \d+\.\d+\.\d+$/);
    expect(line('startup-cache')).toBe(
      `✔ startup-cache   compiled code is cached in ${join(cache, 'layerpost', 'v8')}`,
    );
    // a word no random temporary folder name can hold by chance ("pw" did: lp-doctor-cache-pwS6rs)
    expect(r.stdout).not.toContain('proxy-secret-4f2a');
  });

  it("--json: only JSON, every check with its status; a key's value is never shown", async () => {
    const cwd = await project({
      providers: [source()],
      probes: [
        {
          id: 'keyed',
          layer: 'integration',
          http: { url: `${srv.url}/health`, headers: { authorization: 'Bearer ${DOCTOR_KEY}' } },
        },
      ],
    });
    const r = await runCli(['doctor', '--json'], { cwd, env: { ...env, DOCTOR_KEY: 'sk-doctor-very-secret-value' } });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { ok: boolean; checks: Array<{ id: string; status: string; summary: string }> };
    expect(doc.ok).toBe(true);
    expect(doc.checks.map((k) => k.id)).toEqual([
      'config',
      'credentials',
      'proxy',
      'status-sources',
      'probe-targets',
      'templates',
      'node',
      'startup-cache',
    ]);
    expect(doc.checks.find((k) => k.id === 'credentials')).toMatchObject({
      status: 'ok',
      summary: '1 variable set: DOCTOR_KEY',
    });
    expect(r.stdout + r.stderr).not.toContain('very-secret');
    // a cache folder others can write is not used, and doctor says so
    const cache = await mkdtemp(join(tmpdir(), 'lp-doctor-cache-'));
    dirs.push(cache);
    await mkdir(join(cache, 'layerpost'), { mode: 0o777 });
    await chmod(join(cache, 'layerpost'), 0o777);
    const unsafe = JSON.parse(
      (
        await runCli(['doctor', '--json'], {
          cwd,
          env: { ...env, XDG_CACHE_HOME: cache, NODE_DISABLE_COMPILE_CACHE: undefined },
        })
      ).stdout,
    ) as { checks: Array<{ id: string; status: string; summary: string }> };
    expect(unsafe.checks.find((k) => k.id === 'startup-cache')).toMatchObject({
      status: 'warn',
      summary: expect.stringContaining(`${cache}/layerpost/v8 is not a folder of yours`),
    });
  });

  it('exit 1 when a draft would stop: no probe can run, a template does not parse, the config is invalid', async () => {
    const cwd = await project(
      {
        providers: [source()],
        templates: './templates',
        probes: [
          {
            id: 'keyed',
            layer: 'integration',
            http: { url: `${srv.url}/health`, headers: { authorization: 'Bearer ${DOCTOR_KEY}' } },
          },
        ],
      },
      { 'templates/channels/x/default.hbs': '{{#if layer.is.network}}\nunclosed\n' },
    );
    const r = await runCli(['doctor'], { cwd, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✖ credentials +1 variable not set: DOCTOR_KEY; no probe can run$/m);
    expect(r.stdout).toMatch(/^✖ templates +.*templates: \d+ files?, 1 error and \d+ warnings? /m);
    expect(r.stdout).toContain('the `{{#if}}` opened at line 1 is never closed');
    expect(r.stderr).toContain('layerpost: credentials, templates would stop a draft');
    const bad = await project({ probes: [{ id: 'p', layer: 'databse', dns: { host: '127.0.0.1' } }] });
    const b = await runCli(['doctor', '--json'], { cwd: bad, env });
    expect(b.code).toBe(1);
    expect(JSON.parse(b.stdout).checks[0]).toMatchObject({
      id: 'config',
      status: 'fail',
      summary: expect.stringContaining('probes[0].layer: unknown layer "databse"'),
    });
  });

  it('says a config was found above, and that draft will ask before it sends a key to a host no known provider uses', async () => {
    const root = await project({
      providers: [source()],
      probes: [
        {
          id: 'keyed',
          layer: 'integration',
          http: { url: `${srv.url}/health`, headers: { authorization: 'Bearer ${DOCTOR_KEY}' } },
        },
      ],
    });
    await mkdir(join(root, '.git'));
    await mkdir(join(root, 'ops'));
    const r = await runCli(['doctor', '--json'], { cwd: join(root, 'ops'), env: { ...env, DOCTOR_KEY: 'k' } });
    const config = (
      JSON.parse(r.stdout) as { checks: Array<{ id: string; status: string; summary: string; details: string[] }> }
    ).checks[0]!;
    expect(config.status).toBe('warn');
    expect(config.summary).toBe(
      `${join(root, 'layerpost.config.json')} (the nearest, in a folder above ${join(root, 'ops')}): draft asks before it sends credentials to hosts no known provider uses (--trust-config to allow)`,
    );
    expect(config.details).toEqual([`probe "keyed" sends \${DOCTOR_KEY} to 127.0.0.1:${port()}`]);
    const trusted = await runCli(['doctor', '--json', '--trust-config'], {
      cwd: join(root, 'ops'),
      env: { ...env, DOCTOR_KEY: 'k' },
    });
    expect(JSON.parse(trusted.stdout).checks[0].status).toBe('ok');
  });
});
