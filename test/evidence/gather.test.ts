import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { resolveConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import type { ProviderStatus } from '../../src/model/evidence.js';
import { UsageError } from '../../src/platform/errors.js';
import { CATALOGUE } from '../../src/model/providers.js';
import { defaultProbes } from '../../src/evidence/probes/defaults.js';
import { gatherEvidence, selectProbes } from '../../src/evidence/gather.js';
import type { fetchStatuses } from '../../src/evidence/status/fetch.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer({
    '/ok': (_q, res) => json(res, 200, {}),
    '/never': () => new Promise<void>(() => undefined),
  });
});
afterAll(() => srv.close());

const config = (c: Config) => resolveConfig(c, { baseDir: '/tmp' });
const status = (id: string): ProviderStatus => ({
  id,
  name: id,
  indicator: 'none',
  description: 'All Systems Operational',
  components: [],
  incidents: [],
});

describe('defaultProbes', () => {
  it('gives each catalogue provider DNS, TLS and an unauthenticated gateway request, with no secret', () => {
    const probes = defaultProbes(CATALOGUE);
    expect(probes.slice(0, 6).map((p) => p.id)).toEqual([
      'anthropic-dns',
      'anthropic-tls',
      'anthropic-gateway',
      'openai-dns',
      'openai-tls',
      'openai-gateway',
    ]);
    expect(probes).toHaveLength(3 * CATALOGUE.filter((c) => c.apiHost).length);
    for (const p of probes.filter((p) => p.http)) expect(p.http!.expect!.status!.every((s) => s < 500)).toBe(true);
    expect(probes[2]).toMatchObject({
      layer: 'provider-api',
      provider: 'anthropic',
      http: { url: 'https://api.anthropic.com/v1/models', expect: { status: [401] } },
    });
    expect(JSON.stringify(probes)).not.toContain('${');
  });
  it('skips providers without an API host and gives unknown ones a lenient gateway check', () => {
    const probes = defaultProbes([
      { id: 'nohost', name: 'No host', models: [], components: {} },
      { id: 'acme', name: 'Acme', apiHost: 'api.acme.test', models: [], components: {} },
    ]);
    expect(probes.map((p) => p.id)).toEqual(['acme-dns', 'acme-tls', 'acme-gateway']);
    expect(probes[2]!.http!.expect!.status).toEqual(expect.arrayContaining([401, 403, 404]));
    expect(probes[2]!.http!.expect!.status).not.toContain(503);
  });
});

describe('selectProbes', () => {
  const cfg = config({
    probes: [
      { id: 'a', layer: 'integration', http: { method: 'GET', url: 'http://127.0.0.1:1/' } },
      { id: 'b', layer: 'network', dns: { host: 'localhost' } },
    ],
  });
  it('narrows by --only, in config order', () => {
    expect(selectProbes(cfg, ['b', 'a']).map((p) => p.id)).toEqual(['a', 'b']);
  });
  it('an unknown id is a usage error listing the known ones', () => {
    expect(() => selectProbes(cfg, ['a', 'zzz'])).toThrow(UsageError);
    expect(() => selectProbes(cfg, ['zzz'])).toThrow('unknown probe id "zzz" (known: a, b)');
  });
  it('without configured probes, the defaults serve', () => {
    expect(selectProbes(config({})).map((p) => p.id)).toContain('anthropic-gateway');
  });
});

describe('gatherEvidence', () => {
  const probes: Config['probes'] = [
    { id: 'ours', layer: 'integration', http: { method: 'GET', url: 'http://127.0.0.1:1/' } },
    { id: 'direct', layer: 'provider-api', provider: 'anthropic', http: { method: 'GET', url: 'http://127.0.0.1:1/' } },
  ];

  it('runs probes and status fetches together, into one evidence document', async () => {
    const cfg = config({ probes: probes.map((p) => ({ ...p, http: { ...p.http!, url: `${srv.url}/ok` } })) });
    const asked: string[][] = [];
    const fake: typeof fetchStatuses = async (entries, opts) => {
      asked.push(entries.map((e) => e.id));
      const out = entries.map((e) => status(e.id));
      out.forEach((s) => opts.onResult?.(s));
      return out;
    };
    const seenProviders: string[] = [];
    const ev = await gatherEvidence(cfg, {
      deadlineMs: 5_000,
      env: {},
      now: () => new Date('2026-05-01T12:00:00Z'),
      statuses: true,
      fetchStatuses: fake,
      onProvider: (s) => seenProviders.push(s.id),
    });
    expect(ev).toMatchObject({ schema: 'layerpost.evidence/v1', takenAt: '2026-05-01T12:00:00.000Z' });
    expect(ev.probes.map((p) => [p.id, p.ok])).toEqual([
      ['ours', true],
      ['direct', true],
    ]);
    expect(asked).toEqual([['anthropic']]);
    expect(seenProviders).toEqual(['anthropic']);
    expect(ev.providers.map((p) => p.id)).toEqual(['anthropic']);
  });

  it('--no-status fetches nothing', async () => {
    const cfg = config({ probes: [probes[0]!] });
    const fake: typeof fetchStatuses = async () => {
      throw new Error('must not be called');
    };
    const ev = await gatherEvidence(cfg, {
      deadlineMs: 3_000,
      env: {},
      now: () => new Date(),
      statuses: false,
      fetchStatuses: fake,
    });
    expect(ev.providers).toEqual([]);
  });

  it('the deadline holds even against a status fetcher that ignores its signal', async () => {
    const cfg = config({ probes: [{ ...probes[1]!, http: { method: 'GET', url: `${srv.url}/never` } }] });
    const fake: typeof fetchStatuses = () => new Promise(() => undefined);
    const t0 = Date.now();
    const ev = await gatherEvidence(cfg, {
      deadlineMs: 500,
      env: {},
      now: () => new Date(),
      statuses: true,
      fetchStatuses: fake,
    });
    expect(Date.now() - t0).toBeLessThan(4_000);
    expect(ev.probes[0]).toMatchObject({ outcome: 'timeout' });
    expect(ev.providers).toEqual([
      expect.objectContaining({ id: 'anthropic', indicator: 'unknown', error: 'no answer before the deadline' }),
    ]);
  });

  it('a missing secret fails before any request', async () => {
    const cfg = config({
      probes: [
        {
          id: 'k',
          layer: 'integration',
          http: { method: 'GET', url: `${srv.url}/ok`, headers: { authorization: 'Bearer ${ABSENT_TOKEN}' } },
        },
      ],
    });
    const before = srv.hits.length;
    await expect(
      gatherEvidence(cfg, { deadlineMs: 3_000, env: {}, now: () => new Date(), statuses: false }),
    ).rejects.toThrow(/ABSENT_TOKEN/);
    expect(srv.hits.length).toBe(before);
  });
});
