import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderStatusSchema, type ProviderStatus } from '../../../src/model/evidence.js';
import { fetchStatuses, fetchStatusesWithin, type StatusFetchOptions } from '../../../src/evidence/status/fetch.js';
import type { CatalogueEntry } from '../../../src/model/providers.js';
import { startServer, type TestServer } from '../../helpers/server.js';
import { ANTHROPIC_SUMMARY, OPENAI_SUMMARY, entry, fixtureText } from './helpers.js';

let server: TestServer;
let etagHits = 0;
let flaky = true;
const anthropicBody = fixtureText(ANTHROPIC_SUMMARY);

beforeAll(async () => {
  server = await startServer({
    '/ok/api/v2/summary.json': (_q, res) =>
      void res.writeHead(200, { 'content-type': 'application/json' }).end(anthropicBody),
    '/openai/api/v2/summary.json': (_q, res) =>
      void res.writeHead(200, { 'content-type': 'application/json' }).end(fixtureText(OPENAI_SUMMARY)),
    '/slow/api/v2/summary.json': (_q, res) =>
      void setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(anthropicBody), 300),
    '/hang/api/v2/summary.json': () => new Promise<void>(() => undefined),
    '/html503/api/v2/summary.json': (_q, res) =>
      void res
        .writeHead(503, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head><body>down</body></html>'),
    '/badjson/api/v2/summary.json': (_q, res) =>
      void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status": {"indicator": "none",'),
    '/shape/api/v2/summary.json': (_q, res) =>
      void res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello": "world"}'),
    '/huge/api/v2/summary.json': (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 60 && res.write(chunk)) sent++;
        if (sent >= 60) res.end();
        else
          res.once('drain', () => {
            sent++;
            pump();
          });
      };
      res.on('error', () => undefined);
      pump();
    },
    '/loop/api/v2/summary.json': (_q, res) => void res.writeHead(302, { location: '/loop2/api/v2/summary.json' }).end(),
    '/loop2/api/v2/summary.json': (_q, res) => void res.writeHead(302, { location: '/loop/api/v2/summary.json' }).end(),
    '/etag/api/v2/summary.json': (req, res) => {
      etagHits++;
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' }).end(anthropicBody);
    },
    '/flaky/api/v2/summary.json': (_q, res) => {
      if (flaky) return void res.writeHead(200, { 'content-type': 'application/json' }).end(anthropicBody);
      res.writeHead(503, { 'content-type': 'text/plain' }).end('upstream unavailable');
    },
    '/aws/public/currentevents': (_q, res) => {
      const events = [
        {
          date: '1791356400',
          region_name: 'N. Virginia',
          service: 'bedrock-us-east-1',
          service_name: 'Amazon Bedrock',
          status: '3',
          summary: 'Service disruption',
          event_log: [],
          impacted_services: {},
        },
      ];
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(events), 'utf16le')]));
    },
  });
});
afterAll(async () => server.close());

const NOW = new Date('2026-10-08T00:00:00.000Z');
const sp = (id: string, path: string): CatalogueEntry => ({
  ...entry('anthropic', { url: `${server.url}/${path}` }),
  id,
  name: id,
});
const opts = (over: Partial<StatusFetchOptions> = {}): StatusFetchOptions => ({
  timeoutMs: 2_000,
  now: () => NOW,
  ...over,
});

describe('fetchStatuses', () => {
  it('answers every entry in entry order, concurrently, each with observedAt, source and url', async () => {
    const entries = [
      sp('a', 'slow'),
      sp('b', 'slow'),
      sp('c', 'slow'),
      { ...entry('openai', { url: `${server.url}/openai` }) },
    ];
    const seen: string[] = [];
    const t0 = performance.now();
    const out = await fetchStatuses(entries, opts({ onResult: (s) => seen.push(s.id) }));
    const ms = performance.now() - t0;
    expect(out.map((s) => s.id)).toEqual(['a', 'b', 'c', 'openai']);
    expect(seen.sort()).toEqual(['a', 'b', 'c', 'openai']);
    expect(ms).toBeLessThan(800); // three 300 ms sources at once, not one after another
    for (const s of out) {
      expect(ProviderStatusSchema.safeParse(s).success).toBe(true);
      expect(s.observedAt).toBe(NOW.toISOString());
      expect(s.error).toBeUndefined();
    }
    expect(out[0]).toMatchObject({
      indicator: 'minor',
      source: 'statuspage',
      url: `${server.url}/slow/api/v2/summary.json`,
    });
    expect(out[3]).toMatchObject({ indicator: 'none', source: 'incidentio' });
  });

  it('reads a UTF-16 currentevents body served over HTTP', async () => {
    const e = entry('aws-bedrock', { url: `${server.url}/aws` });
    const [s] = await fetchStatuses([e], opts());
    expect(s).toMatchObject({ indicator: 'critical', url: `${server.url}/aws/public/currentevents` });
  });

  it('turns each kind of failure into unknown with the reason, and still answers the others', async () => {
    const refused = await startServer(() => undefined);
    const refusedUrl = refused.url;
    await refused.close();
    const entries = [
      sp('hang', 'hang'),
      sp('html503', 'html503'),
      sp('badjson', 'badjson'),
      sp('shape', 'shape'),
      sp('huge', 'huge'),
      sp('loop', 'loop'),
      { ...entry('anthropic', { url: `${refusedUrl}/x` }), id: 'refused' },
      { ...entry('anthropic'), id: 'nosource', status: undefined },
      sp('ok', 'ok'),
    ];
    const t0 = performance.now();
    const out = await fetchStatuses(entries, opts({ timeoutMs: 400 }));
    const ms = performance.now() - t0;
    const by = Object.fromEntries(out.map((s) => [s.id, s])) as Record<string, ProviderStatus>;
    for (const s of out) expect(ProviderStatusSchema.safeParse(s).success).toBe(true);
    expect(by.ok).toMatchObject({ indicator: 'minor' });
    expect(by.ok!.error).toBeUndefined();
    for (const id of ['hang', 'html503', 'badjson', 'shape', 'huge', 'loop', 'refused', 'nosource'])
      expect(by[id]!.indicator, id).toBe('unknown');
    expect(by.hang!.error).toBe('timed out after 400 ms');
    expect(by.html503!.error).toBe('HTTP 503 with an HTML body ("503 Service Unavailable")');
    expect(by.badjson!.error).toMatch(/^HTTP 200 answered invalid JSON/);
    expect(by.shape!.error).toMatch(/^wrong shape: expected a Statuspage summary\.json/);
    expect(by.huge!.error).toMatch(/^response too large/);
    expect(by.loop!.error).toMatch(/too many redirects .*in a loop/);
    expect(by.refused!.error).toBe('connection refused');
    expect(by.nosource!.error).toBe('no status source configured for this provider');
    // The hang is retried once (a network failure on an idempotent GET): two timeouts at most.
    expect(ms).toBeLessThan(2 * 400 + 600);
  });

  it('reports a DNS failure (through an injected dispatcher that cannot resolve)', async () => {
    const dispatcher = new Agent({
      connect: {
        lookup: ((_h: string, _o: unknown, cb: (e: Error) => void) =>
          cb(Object.assign(new Error('getaddrinfo ENOTFOUND status.example'), { code: 'ENOTFOUND' }))) as never,
      },
    });
    try {
      const [s] = await fetchStatuses([entry('anthropic', { url: 'http://status.example' })], opts({ dispatcher }));
      expect(s).toMatchObject({ indicator: 'unknown', error: 'DNS lookup failed (ENOTFOUND)' });
    } finally {
      await dispatcher.close();
    }
  });

  it('stops at the run deadline (signal) with that reason', async () => {
    const t0 = performance.now();
    const out = await fetchStatuses(
      [sp('hang', 'hang'), sp('ok', 'ok')],
      opts({ timeoutMs: 5_000, signal: AbortSignal.timeout(300) }),
    );
    expect(performance.now() - t0).toBeLessThan(1_500);
    expect(out[0]).toMatchObject({ indicator: 'unknown', error: 'no answer before the run deadline' });
    expect(out[1]!.indicator).toBe('minor');
  });

  it('never throws, even when the progress callback does', async () => {
    const out = await fetchStatuses(
      [sp('ok', 'ok')],
      opts({
        onResult: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(out[0]!.indicator).toBe('minor');
  });
});

describe('fetchStatuses with a cache directory', () => {
  let dir: string;
  let firstFile = '';
  const files0 = () => firstFile;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'layerpost-status-cache-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('keeps the last good answer and shows it, marked with cachedAt and the reason, when the source fails', async () => {
    flaky = true;
    const e = sp('flaky', 'flaky');
    const first = new Date('2026-10-07T23:00:00.000Z');
    const [good] = await fetchStatuses([e], opts({ cacheDir: dir, now: () => first }));
    expect(good!.cachedAt).toBeUndefined();
    const files = (await readdir(dir)).filter((f) => f.startsWith('flaky-'));
    expect(files).toHaveLength(1);
    firstFile = files[0]!;
    expect(JSON.parse(await readFile(join(dir, files[0]!), 'utf8'))).toMatchObject({
      v: 1,
      fetchedAt: first.toISOString(),
    });

    flaky = false;
    const [stale] = await fetchStatuses([e], opts({ cacheDir: dir }));
    expect(stale).toMatchObject({
      indicator: 'minor',
      cachedAt: first.toISOString(),
      observedAt: first.toISOString(),
      error: 'HTTP 503 ("upstream unavailable")',
    });
    expect(stale!.incidents[0]!.name).toBe('Elevated errors on platform.claude.com');

    // Without the cache the same failure is plain unknown.
    const [bare] = await fetchStatuses([e], opts());
    expect(bare).toMatchObject({ indicator: 'unknown', error: 'HTTP 503 ("upstream unavailable")' });
    expect(bare!.cachedAt).toBeUndefined();
  });

  it('revalidates with If-None-Match and uses the cached body on 304', async () => {
    etagHits = 0;
    const e = sp('etag', 'etag');
    await fetchStatuses([e], opts({ cacheDir: dir, now: () => new Date('2026-10-07T23:00:00.000Z') }));
    const [again] = await fetchStatuses([e], opts({ cacheDir: dir }));
    expect(etagHits).toBe(2);
    expect(again).toMatchObject({ indicator: 'minor', observedAt: NOW.toISOString() });
    expect(again!.cachedAt).toBeUndefined();
    expect(again!.error).toBeUndefined();
    // The revalidated answer is the new "last good" one: a later failure shows it with this time.
    const file = (await readdir(dir)).find((f) => f.startsWith('etag-'))!;
    expect(JSON.parse(await readFile(join(dir, file), 'utf8'))).toMatchObject({
      fetchedAt: NOW.toISOString(),
      etag: '"v1"',
    });
  });

  it('a failing source with nothing cached is unknown, and an unwritable cache directory does not fail the fetch', async () => {
    const [s] = await fetchStatuses([sp('never', 'html503')], opts({ cacheDir: dir }));
    expect(s!.indicator).toBe('unknown');
    // A cache "directory" below a regular file cannot be created.
    const [ok] = await fetchStatuses([sp('ok', 'ok')], opts({ cacheDir: join(dir, files0(), 'sub') }));
    expect(ok).toMatchObject({ indicator: 'minor' });
    expect(ok!.error).toBeUndefined();
  });
});

describe('fetchStatusesWithin', () => {
  it('ends with its signal even when the fetch ignores it: what has answered stays, the rest is cut', async () => {
    const a = entry('anthropic');
    const b = entry('openai');
    const answered: ProviderStatus = {
      id: 'anthropic',
      name: 'Anthropic',
      indicator: 'none',
      description: 'ok',
      components: [],
      incidents: [],
    };
    // A fetch that reports one answer and then never settles, whatever its signal says.
    const stuck = ((_e: CatalogueEntry[], o: StatusFetchOptions) => {
      o.onResult?.(answered);
      return new Promise<ProviderStatus[]>(() => undefined);
    }) as typeof fetchStatuses;
    const out = await fetchStatusesWithin(
      [a, b],
      { timeoutMs: 100, signal: AbortSignal.timeout(50), now: () => new Date('2026-11-21T14:02:00Z') },
      stuck,
    );
    expect(out.map((s) => [s.id, s.indicator, s.error])).toEqual([
      ['anthropic', 'none', undefined],
      ['openai', 'unknown', 'no answer before the deadline'],
    ]);
  });
});
