// Requests go through the proxy the environment names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, either case): a real
// tinyproxy on 127.0.0.1 started here, its log showing what it carried. And when no request reaches any server, the
// tool says this machine looks offline or needs a proxy, and the evidence records it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/model/evidence.js';
import { runCli } from '../helpers/cli.js';
import { freePort, startServer, type TestServer } from '../helpers/server.js';
import { goodSummary, startTlsFaultServer } from '../faults/fault-server.js';

const TINYPROXY = ['/usr/bin/tinyproxy', '/usr/sbin/tinyproxy'].find((p) => existsSync(p));
const CA = new URL('../fixtures/probes/self-signed.crt', import.meta.url).pathname;
// CI installs tinyproxy (.ci/run): there a missing one is a failure, not a skip.
if (!TINYPROXY && process.env.CI) throw new Error('tinyproxy is not installed (apt-get install tinyproxy)');

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, '127.0.0.1', () => (s.destroy(), resolve(true)));
    s.on('error', () => resolve(false));
  });

let tmp: string;
let server: TestServer;
let tls: Awaited<ReturnType<typeof startTlsFaultServer>>;
let deadPort: number;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'layerpost-proxy-'));
  server = await startServer({
    '/summary.json': (_q, res) =>
      void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(goodSummary('Acme LLM'))),
    '/health': (_q, res) => void res.writeHead(200).end('ok'),
  });
  tls = await startTlsFaultServer();
  deadPort = await freePort();
});
afterAll(async () => {
  await server?.close();
  await tls?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** A project whose config has one HTTP probe per URL and, optionally, a status source. */
async function projectWith(name: string, urls: string[], statusUrl?: string): Promise<string> {
  const dir = join(tmp, name);
  await mkdir(dir, { recursive: true });
  const config = {
    product: { name: 'Acme', feature: 'Acme Assist' },
    providers: statusUrl ? [{ id: 'acme-llm', name: 'Acme LLM', status: { kind: 'statuspage', url: statusUrl } }] : [],
    probes: urls.map((url, i) => ({
      id: `p${i}`,
      layer: 'integration',
      timeoutMs: 5000,
      http: { url, expect: { status: [200] } },
    })),
  };
  await writeFile(join(dir, 'layerpost.config.json'), JSON.stringify(config));
  return dir;
}

const evidenceOf = (stdout: string) => JSON.parse(stdout) as Evidence;
const NO_PROXY_ENV = { HTTP_PROXY: '', HTTPS_PROXY: '', NO_PROXY: '', http_proxy: '', https_proxy: '', no_proxy: '' };

describe.skipIf(!TINYPROXY)('through a real proxy (tinyproxy)', () => {
  let proxy: ChildProcess;
  let proxyUrl: string;
  let log: string;
  const carried = () => readFileSync(log, 'utf8');

  beforeAll(async () => {
    const port = await freePort();
    log = join(tmp, 'tinyproxy.log');
    // No ConnectPort line: the proxy tunnels to any port (the test servers' ports are random).
    await writeFile(
      join(tmp, 'tinyproxy.conf'),
      `Port ${port}\nListen 127.0.0.1\nTimeout 30\nMaxClients 50\nLogFile "${log}"\nLogLevel Connect\n`,
    );
    proxy = spawn(TINYPROXY!, ['-d', '-c', join(tmp, 'tinyproxy.conf')], { stdio: 'ignore' });
    for (let i = 0; i < 200 && !(await accepts(port)); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await accepts(port), 'tinyproxy listens').toBe(true);
    proxyUrl = `http://127.0.0.1:${port}`;
  }, 30_000);
  afterAll(() => {
    if (proxy?.pid) process.kill(proxy.pid);
  });

  it.each([
    ['upper-case', (p: string) => ({ HTTPS_PROXY: p, HTTP_PROXY: p })],
    ['lower-case', (p: string) => ({ https_proxy: p, http_proxy: p })],
  ])('probes and status sources go through the proxy the environment names (%s variables)', async (name, vars) => {
    const dir = await projectWith(`through-${name}`, [`${server.url}/health?${name}`], `${server.url}/summary.json`);
    const r = await runCli(['probe', '--json'], { cwd: dir, env: { ...NO_PROXY_ENV, ...vars(proxyUrl) } });
    expect(r.code, r.stderr).toBe(0);
    const evidence = evidenceOf(r.stdout);
    expect(evidence.probes[0]).toMatchObject({ ok: true, status: 200 });
    expect(evidence.providers[0]).toMatchObject({ indicator: 'none' });
    expect(evidence.providers[0]!.error).toBeUndefined();
    expect(evidence.takenOn).toMatchObject({ proxy: proxyUrl, config: join(dir, 'layerpost.config.json') });
    expect(carried()).toContain(`CONNECT 127.0.0.1:${server.port} `);
  });

  it('a NO_PROXY host bypasses it, the others still go through it', async () => {
    const other = await startServer({ '/health': (_q, res) => void res.writeHead(200).end('ok') });
    try {
      const dir = await projectWith('no-proxy', [`${server.url}/health`, `${other.url}/health`]);
      const r = await runCli(['probe', '--json', '--no-status'], {
        cwd: dir,
        env: { ...NO_PROXY_ENV, HTTP_PROXY: proxyUrl, NO_PROXY: `example.invalid, 127.0.0.1:${other.port}` },
      });
      expect(r.code, r.stderr).toBe(0);
      expect(evidenceOf(r.stdout).probes.map((p) => p.ok)).toEqual([true, true]);
      expect(carried()).not.toContain(`CONNECT 127.0.0.1:${other.port} `);
      expect(other.hits).toEqual(['GET /health']);
    } finally {
      await other.close();
    }
  });

  it('TLS through the proxy still verifies the certificate, and the failure names NODE_EXTRA_CA_CERTS; with the CA there, it passes', async () => {
    const dir = await projectWith('tls', [tls.at('ok', '/health')]);
    const env = { ...NO_PROXY_ENV, HTTPS_PROXY: proxyUrl };
    const refused = await runCli(['probe', '--json', '--no-status'], {
      cwd: dir,
      env: { ...env, NODE_EXTRA_CA_CERTS: '' },
    });
    expect(refused.code, refused.stderr).toBe(1);
    const port = new URL(tls.url).port;
    expect(carried()).toContain(`CONNECT 127.0.0.1:${port} `);
    const probe = evidenceOf(refused.stdout).probes[0]!;
    expect(probe).toMatchObject({ ok: false, outcome: 'tls' });
    expect(probe.detail).toMatch(/TLS failed \(\w+\); a private CA is trusted with NODE_EXTRA_CA_CERTS=ca\.pem/);
    const trusted = await runCli(['probe', '--json', '--no-status'], {
      cwd: dir,
      env: { ...env, NODE_EXTRA_CA_CERTS: CA },
    });
    expect(trusted.code, trusted.stderr).toBe(0);
    expect(evidenceOf(trusted.stdout).probes[0]).toMatchObject({ ok: true, status: 200 });
  });
});

describe('when no request reaches any server', () => {
  it('through a proxy that is not there: the line names the proxy, the evidence records it, nothing reached the server', async () => {
    const dir = await projectWith('dead-proxy', [`${server.url}/health?dead`], `${server.url}/summary.json?dead`);
    const dead = `http://127.0.0.1:${deadPort}`;
    const r = await runCli(['probe', '--json'], {
      cwd: dir,
      env: { ...NO_PROXY_ENV, HTTPS_PROXY: dead, HTTP_PROXY: dead },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `No request reached any server (DNS or connection failures through the proxy ${dead}): this machine looks offline, or its proxy cannot reach out.`,
    );
    expect(evidenceOf(r.stdout).takenOn).toMatchObject({ proxy: dead, reachedNoServer: true });
    expect(server.hits.filter((h) => h.includes('dead'))).toEqual([]);
  });

  it('without a proxy: it says the machine looks offline or needs one, for probe and for status; not when one source answered', async () => {
    const closed = `http://127.0.0.1:${deadPort}`;
    const dir = await projectWith('offline', [`${closed}/health`], `${closed}/summary.json`);
    const probe = await runCli(['probe', '--json'], { cwd: dir, env: NO_PROXY_ENV });
    expect(probe.stderr).toContain(
      'this machine looks offline or needs a proxy (set HTTPS_PROXY, and NO_PROXY for internal hosts)',
    );
    const evidence = evidenceOf(probe.stdout);
    expect(evidence.takenOn).toMatchObject({ reachedNoServer: true });
    expect(evidence.takenOn!.host.length).toBeGreaterThan(0);
    const status = await runCli(['status', '--json'], { cwd: dir, env: NO_PROXY_ENV });
    expect(status.code).toBe(0);
    expect(status.stderr).toContain('this machine looks offline or needs a proxy');
    const draft = await runCli(
      ['draft', '--yes', '--layer', 'unknown', '--phase', 'investigating', '--out', join(dir, 'drafts')],
      { cwd: dir, env: NO_PROXY_ENV },
    );
    expect(draft.stderr).toContain('this machine looks offline or needs a proxy');
    const mixed = await runCli(['probe', '--json'], {
      cwd: await projectWith('mixed', [`${closed}/health`, `${server.url}/health`]),
      env: NO_PROXY_ENV,
    });
    expect(mixed.stderr).not.toContain('looks offline');
    expect(evidenceOf(mixed.stdout).takenOn?.reachedNoServer).toBeUndefined();
  });
});
