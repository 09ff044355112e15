// Parsing and mapping of Prometheus answers; the real Prometheus + blackbox_exporter run is
// test/e2e/probe-prometheus.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import type { ProbeConfig } from '../../src/config/schema.js';
import { promQuery, seriesKey } from '../../src/evidence/probes/prometheus.js';
import { fixture, run } from './fixtures.js';

let srv: TestServer;
const queries: string[] = [];
beforeAll(async () => {
  srv = await startServer({
    '/api/v1/query': (req, res) => {
      const q = new URL(req.url!, 'http://x').searchParams.get('query') ?? '';
      queries.push(q);
      const vector = (name: string, values: [string, string][]) =>
        JSON.stringify({
          status: 'success',
          data: {
            resultType: 'vector',
            result: values.map(([inst, v]) => ({
              metric: { __name__: name, instance: inst, job: 'blackbox' },
              value: [1767225600.5, v],
            })),
          },
        });
      const insts: Array<[string, string, string, string]> = [
        // instance, success, status code, duration
        ['http://127.0.0.1:9/up', '1', '200', '0.012'],
        ['http://127.0.0.1:9/broken', '0', '503', '0.020'],
        ['http://127.0.0.1:9/gone', '0', '0', '1.5'],
        ['http://127.0.0.1:9/regex', '0', '200', '0.01'],
      ];
      if (q.includes('bad'))
        return void res
          .writeHead(400, { 'content-type': 'application/json' })
          .end(fixture('prometheus-bad-query.json'));
      if (q.includes('empty'))
        return void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"status":"success","data":{"resultType":"vector","result":[]}}');
      const idx = q.startsWith('probe_success') ? 1 : q.startsWith('probe_http_status_code') ? 2 : 3;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        vector(
          q.split('{')[0]!,
          insts.map((i) => [i[0], i[idx]!]),
        ),
      );
    },
  });
});
afterAll(() => srv.close());

const prom = (
  id: string,
  selector: string,
  layers: NonNullable<ProbeConfig['prometheus']>['layers'] = [],
): ProbeConfig => ({
  id,
  layer: 'integration',
  prometheus: { url: srv.url, selector, layers, idLabel: 'instance' },
});

describe('prometheus probe', () => {
  it('one result per series, joined with status code and duration, mapped to layers', async () => {
    queries.length = 0;
    const results = await run([
      prom('bb', '{job="blackbox"}', [
        { match: { instance: 'http://127.0.0.1:9/broken' }, layer: 'provider-api', provider: 'anthropic' },
      ]),
    ]);
    expect(queries.sort()).toEqual([
      'probe_duration_seconds{job="blackbox"}',
      'probe_http_status_code{job="blackbox"}',
      'probe_success{job="blackbox"}',
    ]);
    const by = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(Object.keys(by).sort()).toEqual([
      'bb:http://127.0.0.1:9/broken',
      'bb:http://127.0.0.1:9/gone',
      'bb:http://127.0.0.1:9/regex',
      'bb:http://127.0.0.1:9/up',
    ]);
    expect(by['bb:http://127.0.0.1:9/up']).toMatchObject({
      ok: true,
      outcome: 'ok',
      status: 200,
      latencyMs: 12,
      layer: 'integration',
      observedAt: '2026-01-01T00:00:00.500Z',
    });
    expect(by['bb:http://127.0.0.1:9/broken']).toMatchObject({
      ok: false,
      outcome: 'http-status',
      status: 503,
      layer: 'provider-api',
      provider: 'anthropic',
    });
    expect(by['bb:http://127.0.0.1:9/gone']).toMatchObject({ ok: false, outcome: 'error', latencyMs: 1500 });
    expect(by['bb:http://127.0.0.1:9/gone']!.status).toBeUndefined();
    expect(by['bb:http://127.0.0.1:9/regex']).toMatchObject({ ok: false, outcome: 'error', status: 200 });
  });

  it("reports Prometheus's own error, and no series, as one failed result", async () => {
    const [bad] = await run([prom('bad', '{job=bad}')]);
    expect(bad).toMatchObject({ id: 'bad', ok: false, outcome: 'error' });
    expect(bad!.detail).toContain('Prometheus answered 400: invalid parameter');
    const [none] = await run([prom('none', 'job="empty"')]);
    expect(none).toMatchObject({ id: 'none', ok: false, outcome: 'error' });
    expect(none!.detail).toContain('no series match probe_success{job="empty"}');
  });

  it('an unreachable Prometheus is a classified failure', async () => {
    const [r] = await run([
      {
        id: 'p',
        layer: 'integration',
        prometheus: { url: 'http://127.0.0.1:1', selector: '', layers: [], idLabel: 'instance' },
      },
    ]);
    expect(r).toMatchObject({ id: 'p', ok: false, outcome: 'refused' });
  });

  it('builds queries and series keys', () => {
    expect(promQuery('probe_success', '')).toBe('probe_success');
    expect(promQuery('probe_success', 'job="x"')).toBe('probe_success{job="x"}');
    expect(seriesKey({ __name__: 'a', job: 'j', instance: 'i' })).toBe(
      seriesKey({ instance: 'i', job: 'j', __name__: 'b' }),
    );
  });
});

describe('prometheus probe config', () => {
  it('a layer rule naming an unknown layer is a config error', async () => {
    const { resolveConfig } = await import('../../src/config/load.js');
    const probe = {
      id: 'bb',
      layer: 'integration',
      prometheus: {
        url: 'http://127.0.0.1:9090',
        selector: '',
        idLabel: 'instance',
        layers: [{ match: { job: 'x' }, layer: 'provider-apii' }],
      },
    };
    expect(() => resolveConfig({ probes: [probe] }, { file: 'c.yaml', baseDir: '/tmp' })).toThrow(
      'c.yaml: probes[0].prometheus.layers[0].layer: unknown layer "provider-apii"',
    );
  });
});
