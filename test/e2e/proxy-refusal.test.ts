// A proxy that refuses the tunnel (407, 500) or is not there is our network, never a provider that timed out: real
// proxies on 127.0.0.1 answering CONNECT with 407 and 500, a port nobody listens on, and the built CLI drafting
// through them with an Anthropic canary and status source.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/model/evidence.js';
import { runCli } from '../helpers/cli.js';
import { freePort, startServer, type TestServer } from '../helpers/server.js';
import { goodSummary } from '../faults/fault-server.js';

/** A forward proxy that answers every CONNECT (and every plain request) with `status`, and counts them. */
async function refusingProxy(
  status: number,
  reason: string,
): Promise<{ url: string; connects: string[]; close(): Promise<void> }> {
  const connects: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    connects.push(`${req.method} ${req.url}`);
    res.writeHead(status, reason, status === 407 ? { 'proxy-authenticate': 'Basic realm="corp"' } : {}).end();
  });
  server.on('connect', (req, socket: Socket) => {
    connects.push(`CONNECT ${req.url}`);
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\n${status === 407 ? 'Proxy-Authenticate: Basic realm="corp"\r\n' : ''}Content-Length: 0\r\n\r\n`,
    );
  });
  server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connects,
    close: () => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))),
  };
}

const NO_PROXY_ENV = { HTTP_PROXY: '', HTTPS_PROXY: '', NO_PROXY: '', http_proxy: '', https_proxy: '', no_proxy: '' };
let tmp: string;
let api: TestServer;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'layerpost-proxy-refusal-'));
  api = await startServer({
    '/v1/messages': (_q, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ content: [{ type: 'text', text: 'pong' }], stop_reason: 'end_turn' })),
    '/api/v2/summary.json': (_q, res) =>
      void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(goodSummary('Anthropic'))),
  });
});
afterAll(async () => {
  await api?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function project(name: string): Promise<string> {
  const dir = join(tmp, name);
  await mkdir(dir, { recursive: true });
  const config = {
    product: { name: 'Acme Notes', feature: 'Acme AI' },
    providers: [{ id: 'anthropic', status: { kind: 'statuspage', url: api.url } }],
    probes: [
      {
        id: 'anthropic-opus',
        layer: 'model-endpoint',
        provider: 'anthropic',
        model: 'claude-opus-4-7',
        timeoutMs: 5000,
        'llm-canary': { api: 'anthropic', baseUrl: api.url, model: 'claude-opus-4-7' },
      },
    ],
  };
  await writeFile(join(dir, 'layerpost.config.json'), JSON.stringify(config));
  return dir;
}

type DraftJson = {
  bundle: string;
  layer: string;
  diagnosis: Array<{ layer: string; confidence: number; evidence: string[] }>;
  drafts: Array<{ channel: string; text: string }>;
};

describe('a proxy that refuses the tunnel, or is not there', () => {
  it.each([
    [
      407,
      'Proxy Authentication Required',
      /the proxy answered 407 \(the proxy wants credentials\) instead of connecting/,
    ],
    [500, 'Internal Server Error', /the proxy answered 500 \(the proxy failed\) instead of connecting/],
    [0, 'unreachable', /connection refused/],
  ])('proxy answering %s (%s): our network, never a provider timeout', async (status, reason, detail) => {
    const proxy = status ? await refusingProxy(status, reason) : undefined;
    const proxyUrl = proxy?.url ?? `http://127.0.0.1:${await freePort()}`;
    try {
      const dir = await project(`p${status}`);
      const env = {
        ...NO_PROXY_ENV,
        HTTPS_PROXY: proxyUrl,
        HTTP_PROXY: proxyUrl,
        ANTHROPIC_API_KEY: 'sk-ant-proxy-refusal-test-key-0123456789',
      };
      const out = join(dir, 'drafts');
      const r = await runCli(
        [
          'draft',
          '--json',
          '--yes',
          '--phase',
          'investigating',
          '--impact',
          'Answers fail for some users.',
          '--out',
          out,
        ],
        { cwd: dir, env },
      );
      expect(r.code, r.stderr).toBe(0);
      const draft = JSON.parse(r.stdout) as DraftJson;
      const evidence = JSON.parse(await readFile(join(draft.bundle, 'evidence.json'), 'utf8')) as Evidence;
      const probe = evidence.probes[0]!;
      expect(probe).toMatchObject({ ok: false, outcome: 'refused' });
      expect(probe.detail).toMatch(detail);
      expect(evidence.providers[0]!.error).toMatch(detail);
      expect(evidence.takenOn).toMatchObject({ proxy: proxyUrl, reachedNoServer: true });
      if (status)
        expect(r.stderr).toContain(`No request reached any server: the proxy ${proxyUrl} answered ${status} `);
      else
        expect(r.stderr).toContain(
          `through the proxy ${proxyUrl}): this machine looks offline, or its proxy cannot reach out`,
        );
      // Nothing against the provider: no timeout, no provider layer proposed, no post blaming Anthropic's API.
      expect(JSON.stringify(evidence.probes)).not.toMatch(/timeout|cancelled/);
      for (const h of draft.diagnosis)
        if (h.layer === 'provider-api' || h.layer === 'model-endpoint') expect(h.confidence, h.layer).toBeLessThan(0.5);
      expect(draft.layer).not.toMatch(/provider-api|model-endpoint/);
      const x = await readFile(join(draft.bundle, 'x.txt'), 'utf8');
      expect(x).not.toMatch(/Anthropic's API/);
      expect(api.hits).toEqual([]);
      if (proxy) expect(proxy.connects).toEqual(expect.arrayContaining([`CONNECT 127.0.0.1:${api.port}`]));
    } finally {
      await proxy?.close();
    }
  });
});

describe('NO_PROXY ranges (CIDR), as curl reads them', () => {
  it.each([['127.0.0.0/8'], ['127.0.0.1/32'], ['10.0.0.0/8, 127.0.0.0/8']])(
    'NO_PROXY=%s: the probe to 127.0.0.1 goes direct, not through the proxy',
    async (noProxy) => {
      const proxy = await refusingProxy(407, 'Proxy Authentication Required');
      try {
        const dir = await project(`cidr-${noProxy.replace(/\W+/g, '-')}`);
        const env = {
          ...NO_PROXY_ENV,
          HTTPS_PROXY: proxy.url,
          HTTP_PROXY: proxy.url,
          NO_PROXY: noProxy,
          ANTHROPIC_API_KEY: 'sk-ant-cidr-test-key-0123456789',
        };
        const r = await runCli(['probe', '--json', '--no-status'], { cwd: dir, env });
        expect(r.code, r.stderr).toBe(0);
        expect((JSON.parse(r.stdout) as Evidence).probes[0]).toMatchObject({ ok: true });
        expect(proxy.connects).toEqual([]);
        expect(r.stderr).not.toContain('not supported');
      } finally {
        await proxy.close();
        api.hits.length = 0;
      }
    },
  );

  it('an entry neither curl nor we read is said at start, not silently ignored', async () => {
    const proxy = await refusingProxy(407, 'Proxy Authentication Required');
    try {
      const dir = await project('unsupported');
      const r = await runCli(['probe', '--json', '--no-status'], {
        cwd: dir,
        env: {
          ...NO_PROXY_ENV,
          HTTPS_PROXY: proxy.url,
          HTTP_PROXY: proxy.url,
          NO_PROXY: '127.0.*,10.0.0.0/99',
          ANTHROPIC_API_KEY: 'sk-ant-x-0123456789',
        },
      });
      expect(r.stderr).toContain('layerpost: NO_PROXY entries "127.0.*", "10.0.0.0/99" not supported, so ignored');
    } finally {
      await proxy.close();
    }
  });
});

describe('demo', () => {
  it('never sends its own loopback requests through the proxy the environment names', async () => {
    const proxy = await refusingProxy(407, 'Proxy Authentication Required');
    try {
      const out = join(tmp, 'demo-out');
      const r = await runCli(['demo', '--yes', '--json', '--out', out], {
        cwd: tmp,
        env: { ...NO_PROXY_ENV, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url },
      });
      expect(r.code, r.stderr).toBe(0);
      expect(proxy.connects).toEqual([]);
      const { bundle, layer } = JSON.parse(r.stdout) as { bundle: string; layer: string };
      expect(layer).toBe('provider-api');
      const evidence = JSON.parse(await readFile(join(bundle, 'evidence.json'), 'utf8')) as Evidence;
      expect(evidence.takenOn?.proxy).toBeUndefined();
      expect(evidence.takenOn?.reachedNoServer).toBeUndefined();
    } finally {
      await proxy.close();
    }
  });
});
