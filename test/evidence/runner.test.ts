import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { clearSecrets } from '../../src/platform/secrets.js';
import { ConfigError } from '../../src/platform/errors.js';
import type { ProbeResult } from '../../src/model/evidence.js';
import { combineSamples } from '../../src/evidence/probes/runner.js';
import { missingEnv, planProbes, prepareProbes } from '../../src/evidence/probes/prepare.js';
import { dnsProbe } from '../../src/evidence/probes/dns.js';
import { ctx, fixture, FIXTURES, httpProbeOf, run } from './fixtures.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let srv: TestServer;
let inFlight = 0;
let maxInFlight = 0;
let flaky = 0;

beforeAll(async () => {
  srv = await startServer({
    '/fast': (_q, res) => json(res, 200, { status: 'ok' }),
    '/slow': async (_q, res) => {
      await sleep(300);
      json(res, 200, { status: 'ok' });
    },
    '/counted': async (_q, res) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await sleep(100);
      inFlight--;
      json(res, 200, {});
    },
    '/never': () => new Promise<void>(() => undefined),
    '/reset': (req) => {
      req.socket.resetAndDestroy();
    },
    '/529': (_q, res) =>
      void res.writeHead(529, { 'content-type': 'application/json' }).end(fixture('anthropic-529.json')),
    '/flaky': (_q, res) => {
      flaky++;
      if (flaky % 3 === 2) res.writeHead(503, { 'content-type': 'text/plain' }).end('upstream unavailable');
      else json(res, 200, {});
    },
    '/echo': (req, res) =>
      void res.writeHead(401, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          type: 'error',
          error: { type: 'authentication_error', message: `invalid x-api-key ${String(req.headers['x-api-key'])}` },
        }),
      ),
  });
});
afterAll(() => srv.close());
afterEach(() => clearSecrets());

async function closedPort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('runProbes: outcomes', () => {
  it('classifies fast, status, reset, refused and dns failures', async () => {
    const port = await closedPort();
    const results = await run([
      httpProbeOf('fast', `${srv.url}/fast`, { expect: { jsonPath: 'status', equals: 'ok' } }),
      httpProbeOf(
        'overloaded',
        `${srv.url}/529`,
        {},
        { layer: 'provider-api', provider: 'anthropic', model: 'claude-opus-4-7' },
      ),
      httpProbeOf('reset', `${srv.url}/reset`),
      httpProbeOf('refused', `http://127.0.0.1:${port}/`),
      { id: 'dns-ok', layer: 'network', dns: { host: 'localhost' } },
      { id: 'tcp-ok', layer: 'network', tcp: { host: '127.0.0.1', port: srv.port } },
      { id: 'tcp-refused', layer: 'network', tcp: { host: '127.0.0.1', port } },
    ]);
    const by = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(results.map((r) => r.id)).toEqual([
      'fast',
      'overloaded',
      'reset',
      'refused',
      'dns-ok',
      'tcp-ok',
      'tcp-refused',
    ]);
    expect(by.fast).toMatchObject({ ok: true, outcome: 'ok', status: 200, kind: 'http' });
    expect(by.overloaded).toMatchObject({
      ok: false,
      outcome: 'http-status',
      status: 529,
      errorType: 'overloaded_error',
      provider: 'anthropic',
      model: 'claude-opus-4-7',
    });
    expect(by.overloaded!.detail).toBe(
      'GET /529 (claude-opus-4-7) → 529 overloaded_error: Overloaded (expected 2xx/3xx)',
    );
    expect(by.reset).toMatchObject({ ok: false, outcome: 'reset' });
    expect(by.refused).toMatchObject({ ok: false, outcome: 'refused' });
    expect(by['dns-ok']).toMatchObject({ ok: true, outcome: 'ok' });
    expect(by['tcp-ok']).toMatchObject({ ok: true, outcome: 'ok', target: `127.0.0.1:${srv.port}` });
    expect(by['tcp-refused']).toMatchObject({ ok: false, outcome: 'refused' });
  });

  it('checks the latency ceiling and body expectations', async () => {
    const results = await run([
      httpProbeOf('too-slow', `${srv.url}/slow`, { expect: { maxLatencyMs: 100 } }),
      httpProbeOf('wrong-body', `${srv.url}/fast`, { expect: { jsonPath: 'status', equals: 'degraded' } }),
      httpProbeOf('want-401', `${srv.url}/fast`, { expect: { status: [401] } }),
    ]);
    expect(results[0]).toMatchObject({ ok: false, outcome: 'timeout', status: 200 });
    expect(results[0]!.detail).toMatch(/over the 100 ms ceiling/);
    expect(results[1]).toMatchObject({ ok: false, outcome: 'mismatch', status: 200 });
    expect(results[1]!.detail).toContain('status is "ok", expected "degraded"');
    expect(results[2]).toMatchObject({ ok: false, outcome: 'http-status', status: 200 });
  });

  it('times a probe out at its own timeout', async () => {
    const t0 = Date.now();
    const [r] = await run([httpProbeOf('never', `${srv.url}/never`, {}, { timeoutMs: 300 })]);
    expect(r).toMatchObject({ ok: false, outcome: 'timeout' });
    expect(r!.detail).toContain('timed out after 300 ms');
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
});

describe('dns probe', () => {
  // Resolution failures come from an injected resolver: tests never ask the machine's DNS server anything.
  const failing = (code: string) => () =>
    Promise.reject(Object.assign(new Error(`getaddrinfo ${code} api.example.test`), { code }));
  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNREFUSED', 'refused'],
  ])('%s → %s', async (code, outcome) => {
    const r = (await dnsProbe(
      { id: 'd', layer: 'network', dns: { host: 'api.example.test' } },
      ctx({ lookup: failing(code) }),
    )) as ProbeResult;
    expect(r).toMatchObject({ ok: false, outcome, kind: 'dns', target: 'api.example.test' });
    expect(r.detail).toMatch(/^resolve api\.example\.test: /);
  });
  it('a resolver that never answers is cut at the timeout', async () => {
    const r = (await dnsProbe(
      { id: 'd', layer: 'network', dns: { host: 'api.example.test' } },
      ctx({ timeoutMs: 200, lookup: () => new Promise(() => undefined) }),
    )) as ProbeResult;
    expect(r).toMatchObject({ ok: false, outcome: 'timeout' });
  });
  it('lists what the name resolved to', async () => {
    const r = (await dnsProbe(
      { id: 'd', layer: 'network', dns: { host: 'api.example.test' } },
      ctx({
        lookup: async () => [
          { address: '192.0.2.1', family: 4 },
          { address: '192.0.2.2', family: 4 },
          { address: '2001:db8::1', family: 6 },
        ],
      }),
    )) as ProbeResult;
    expect(r).toMatchObject({ ok: true, outcome: 'ok' });
    expect(r.detail).toMatch(/^api\.example\.test → 192\.0\.2\.1, 192\.0\.2\.2 \(\+1\) in \d+ ms$/);
  });
});

describe('runProbes: concurrency, deadline, samples', () => {
  it('never runs more probes at once than the bound, and keeps config order', async () => {
    maxInFlight = 0;
    const finished: string[] = [];
    const probes = Array.from({ length: 9 }, (_, i) => httpProbeOf(`c${i}`, `${srv.url}/counted`));
    const results = await run(probes, { concurrency: 3, onResult: (r) => finished.push(r.id) });
    expect(maxInFlight).toBe(3);
    expect(results.map((r) => r.id)).toEqual(probes.map((p) => p.id));
    expect(finished.sort()).toEqual(probes.map((p) => p.id).sort());
  });

  it('reports each result as it finishes, not in config order', async () => {
    const finished: string[] = [];
    const results = await run([httpProbeOf('slow', `${srv.url}/slow`), httpProbeOf('fast', `${srv.url}/fast`)], {
      onResult: (r) => finished.push(r.id),
    });
    expect(finished).toEqual(['fast', 'slow']);
    expect(results.map((r) => r.id)).toEqual(['slow', 'fast']);
  });

  it('ends at the deadline: running probes and queued ones are recorded as timeout', async () => {
    const t0 = Date.now();
    const seen: ProbeResult[] = [];
    const results = await run(
      [
        httpProbeOf('fast', `${srv.url}/fast`),
        httpProbeOf('hang1', `${srv.url}/never`),
        httpProbeOf('hang2', `${srv.url}/never`),
        httpProbeOf('queued', `${srv.url}/fast`),
      ],
      { concurrency: 2, deadlineMs: 600, defaultTimeoutMs: 5_000, onResult: (r) => seen.push(r) },
    );
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(3_000);
    expect(results.map((r) => [r.id, r.outcome])).toEqual([
      ['fast', 'ok'],
      ['hang1', 'timeout'],
      ['hang2', 'timeout'],
      ['queued', 'timeout'],
    ]);
    expect(results[1]!.detail).toBe("no answer: the run's 0.6 s deadline was reached");
    expect(results[3]!.detail).toMatch(/^not started: the run's 0\.6 s deadline was reached/);
    expect(seen).toHaveLength(4);
  });

  it('a deadline that cuts samples says which sample and counts it as failed', async () => {
    const [r] = await run([httpProbeOf('s', `${srv.url}/never`, {}, { samples: 3, timeoutMs: 200 })], {
      deadlineMs: 500,
    });
    // Two samples time out at 200 ms each, the third is cut by the deadline.
    expect(r).toMatchObject({ ok: false, outcome: 'timeout', samples: { total: 3, failed: 3 } });
    expect(r!.detail).toContain('during sample 3 of 3 (2 of the 2 before failed)');
  });

  it('repeats samples and records how many failed', async () => {
    flaky = 0;
    const [some, all, none] = await run(
      [
        httpProbeOf('flaky', `${srv.url}/flaky`, {}, { samples: 3 }),
        httpProbeOf('down', `${srv.url}/529`, {}, { samples: 3 }),
        httpProbeOf('up', `${srv.url}/fast`, {}, { samples: 2 }),
      ],
      { concurrency: 1 },
    );
    expect(some).toMatchObject({ ok: false, outcome: 'http-status', status: 503, samples: { total: 3, failed: 1 } });
    expect(all).toMatchObject({ ok: false, outcome: 'http-status', status: 529, samples: { total: 3, failed: 3 } });
    expect(none).toMatchObject({ ok: true, outcome: 'ok', samples: { total: 2, failed: 0 } });
  });

  it('an interrupt (Ctrl-C) ends the run and says so', async () => {
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(Object.assign(new Error('Interrupted.'), { name: 'InterruptedError' })), 200);
    const [r] = await run([httpProbeOf('hang', `${srv.url}/never`)], { signal: ctl.signal });
    expect(r).toMatchObject({ outcome: 'timeout' });
    expect(r!.detail).toBe('no answer: interrupted');
  });

  it('runs nothing and returns nothing for no probes', async () => {
    expect(await run([])).toEqual([]);
  });
});

describe('combineSamples', () => {
  const r = (ok: boolean, outcome: ProbeResult['outcome'], latencyMs: number, status?: number): ProbeResult => ({
    id: 'x',
    layer: 'integration',
    ok,
    outcome,
    latencyMs,
    detail: `${outcome} ${status ?? ''}`,
    ...(status ? { status } : {}),
  });
  it('shows the most common failure and the median latency', () => {
    const c = combineSamples([
      r(false, 'http-status', 10, 529),
      r(true, 'ok', 30, 200),
      r(false, 'timeout', 50),
      r(false, 'http-status', 20, 529),
    ]);
    expect(c).toMatchObject({
      ok: false,
      outcome: 'http-status',
      status: 529,
      latencyMs: 20,
      samples: { total: 4, failed: 3 },
    });
  });
});

describe('secrets', () => {
  it('a missing ${ENV_VAR} is a config error naming it, before anything runs', () => {
    expect(() =>
      prepareProbes(
        [httpProbeOf('p', 'https://example.test/', { headers: { authorization: 'Bearer ${NOPE_KEY}' } })],
        {},
      ),
    ).toThrow(ConfigError);
    expect(() =>
      prepareProbes(
        [httpProbeOf('p', 'https://example.test/', { headers: { authorization: 'Bearer ${NOPE_KEY}' } })],
        {},
      ),
    ).toThrow(/probe "p": http\.headers\.authorization: environment variable NOPE_KEY is not set/);
    expect(() =>
      prepareProbes(
        [
          {
            id: 'c',
            layer: 'model-quality',
            'llm-canary': { api: 'openai', model: 'gpt-5', prompt: 'p', maxTokens: 8, expect: {} },
          },
        ],
        {},
      ),
    ).toThrow(/OPENAI_API_KEY/);
  });

  it('a probe whose ${secret:NAME} is unset is one that cannot run, named with its variable; the others still run', () => {
    const probes = [
      httpProbeOf('marked', 'https://example.test/', { headers: { 'x-flag': '${secret:LP_UNSET_MARKED}' } }),
      httpProbeOf('plain', 'https://example.test/'),
    ];
    expect(missingEnv(probes[0]!, {})).toEqual(['LP_UNSET_MARKED']);
    const { runnable, notRun } = planProbes(probes, {}, true);
    expect(notRun).toEqual([{ id: 'marked', missing: ['LP_UNSET_MARKED'] }]);
    expect(runnable.map((p) => p.id)).toEqual(['plain']);
  });

  it('an invalid pattern is a config error', () => {
    expect(() => prepareProbes([httpProbeOf('p', 'https://example.test/', { expect: { matches: '(' } })], {})).toThrow(
      /probe "p": http\.expect\.matches: invalid regular expression/,
    );
  });

  it('a response that echoes the key back is redacted in the detail', async () => {
    const key = 'sk-test-0123456789abcdefSECRET';
    const [r] = await run(
      [httpProbeOf('echo', `${srv.url}/echo?token=\${TEST_KEY}`, { headers: { 'x-api-key': '${TEST_KEY}' } })],
      { env: { TEST_KEY: key } },
    );
    expect(r).toMatchObject({ outcome: 'http-status', status: 401, errorType: 'authentication_error' });
    expect(JSON.stringify(r)).not.toContain(key);
    expect(r!.detail).toContain('[REDACTED]');
    expect(r!.target).toContain('token=[REDACTED]');
  });
});

describe('tls', () => {
  let tlsSrv: import('node:https').Server;
  let port = 0;
  beforeAll(async () => {
    const { readFileSync } = await import('node:fs');
    tlsSrv = createTlsServer(
      { key: readFileSync(FIXTURES + 'self-signed.key'), cert: readFileSync(FIXTURES + 'self-signed.crt') },
      (_q, res) => res.end('{"ok":true}'),
    );
    await new Promise<void>((r) => tlsSrv.listen(0, '127.0.0.1', r));
    port = (tlsSrv.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => tlsSrv.close(() => r())));

  it('an unverifiable certificate is a tls failure, for the tls and the http probe', async () => {
    const [t, h] = await run([
      { id: 't', layer: 'network', tls: { host: '127.0.0.1', port } },
      httpProbeOf('h', `https://127.0.0.1:${port}/`),
    ]);
    expect(t).toMatchObject({ ok: false, outcome: 'tls' });
    expect(t!.detail).toMatch(/SELF_SIGNED/);
    expect(h).toMatchObject({ ok: false, outcome: 'tls' });
  });

  it('an insecure host is accepted, and the certificate lifetime is reported', async () => {
    const [t, h] = await run(
      [
        { id: 't', layer: 'network', tls: { host: '127.0.0.1', port, minValidDays: 100_000 } },
        httpProbeOf('h', `https://127.0.0.1:${port}/`),
      ],
      { insecureHosts: ['127.0.0.1'] },
    );
    expect(t).toMatchObject({ ok: true, outcome: 'ok' });
    expect(t!.detail).toMatch(/certificate valid \d+ more days/);
    expect(t!.detail).toContain('WARNING: under the 100000-day minimum');
    expect(t!.detail).toContain('not verified');
    expect(h).toMatchObject({ ok: true, status: 200 });
  });

  it('"host:port" lets the tls probe through as it does the http probe; another port of that host stays verified', async () => {
    const [t, h] = await run(
      [{ id: 't', layer: 'network', tls: { host: '127.0.0.1', port } }, httpProbeOf('h', `https://127.0.0.1:${port}/`)],
      { insecureHosts: [`127.0.0.1:${port}`] },
    );
    expect(t).toMatchObject({ ok: true, outcome: 'ok' });
    expect(h).toMatchObject({ ok: true, status: 200 });
    const [other] = await run([{ id: 't', layer: 'network', tls: { host: '127.0.0.1', port } }], {
      insecureHosts: [`127.0.0.1:${port + 1}`],
    });
    expect(other).toMatchObject({ ok: false, outcome: 'tls' });
  });
});

describe('runProbes: robustness', () => {
  it('a progress callback that throws loses no result and does not stall the run', async () => {
    const results = await run([httpProbeOf('a', `${srv.url}/fast`), httpProbeOf('b', `${srv.url}/fast`)], {
      onResult: () => {
        throw new Error('stderr closed');
      },
    });
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });
});
