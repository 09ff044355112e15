import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from '../helpers/server.js';
import { ConfigError } from '../../src/platform/errors.js';
import type { Evidence } from '../../src/model/evidence.js';
import { loadEvidence, parseEvidence } from '../../src/evidence/file.js';
import { run } from './fixtures.js';

const NOW = new Date('2026-05-01T12:00:00Z');
const doc = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  schema: 'layerpost.evidence/v1',
  takenAt: '2026-05-01T11:59:00Z',
  probes: [
    {
      id: 'anthropic-opus',
      layer: 'model-endpoint',
      provider: 'anthropic',
      model: 'claude-opus-4-7',
      ok: false,
      outcome: 'http-status',
      status: 529,
      latencyMs: 812,
      detail: 'POST /v1/messages (claude-opus-4-7) → 529 overloaded_error',
    },
    {
      id: 'our-handler',
      layer: 'integration',
      ok: true,
      outcome: 'ok',
      latencyMs: 40,
      detail: 'GET /health → 200',
      futureField: { kept: true },
    },
  ],
  providers: [],
  ...over,
});
const text = (o: unknown) => JSON.stringify(o);

describe('parseEvidence', () => {
  it('accepts a valid document and keeps fields it does not know', () => {
    const e = parseEvidence(text(doc()), 'ev.json', NOW);
    expect(e.probes).toHaveLength(2);
    expect((e.probes[1] as unknown as { futureField: unknown }).futureField).toEqual({ kept: true });
  });

  it.each([
    ['{ not json', /^ev\.json: invalid JSON: /],
    ['[1,2]', /^ev\.json: not a layerpost evidence document \(expected a JSON object\)$/],
    [
      text(doc({ schema: 'layerpost.evidence/v2' })),
      /^ev\.json: made by a newer layerpost \(schema "layerpost\.evidence\/v2"\); this version reads "layerpost\.evidence\/v1" — upgrade/,
    ],
    [
      text(doc({ schema: 'something/else' })),
      /^ev\.json: not a layerpost evidence document \(schema "something\/else"; expected "layerpost\.evidence\/v1"\)$/,
    ],
    [text({ probes: [] }), /schema missing/],
    [
      text(
        doc({
          probes: [{}, {}, { id: 'x', layer: 'network', ok: false, outcome: 'exploded', latencyMs: 1, detail: '' }],
        }),
      ),
      /^ev\.json: probes\[0\]\.id: .*\(and \d+ more problems\)$/,
    ],
    [
      text(doc({ probes: [{ id: 'x', layer: 'network', ok: false, outcome: 'exploded', latencyMs: 1, detail: '' }] })),
      /^ev\.json: probes\[0\]\.outcome: /,
    ],
    [text(doc({ takenAt: 'yesterday' })), /^ev\.json: takenAt: /],
    [text(doc({ takenAt: '2026-05-01T12:06:00Z' })), /^ev\.json: takenAt 2026-05-01T12:06:00Z is from the future/],
  ])('refuses %s', (input, message) => {
    let err: unknown;
    try {
      parseEvidence(input, 'ev.json', NOW);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });

  it('allows a few minutes of clock skew', () => {
    expect(() => parseEvidence(text(doc({ takenAt: '2026-05-01T12:04:00Z' })), 'ev.json', NOW)).not.toThrow();
  });
});

describe('loadEvidence and the evidence probe', () => {
  let srv: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lp-ev-'));
    writeFileSync(join(dir, 'eu.json'), text(doc()));
    srv = await startServer({
      '/eu.json': (_q, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(text(doc())),
      '/v2.json': (_q, res) => void res.writeHead(200).end(text(doc({ schema: 'layerpost.evidence/v2' }))),
    });
  });
  afterAll(async () => {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a relative file and a URL', async () => {
    const a = await loadEvidence('eu.json', { baseDir: dir, now: NOW });
    const b = await loadEvidence(`${srv.url}/eu.json`, { baseDir: '/', now: NOW });
    expect(a.probes.map((p) => p.id)).toEqual(['anthropic-opus', 'our-handler']);
    expect(b).toEqual(a);
  });

  it('every failure is a ConfigError', async () => {
    await expect(loadEvidence('missing.json', { baseDir: dir, now: NOW })).rejects.toThrow(ConfigError);
    await expect(loadEvidence(`${srv.url}/nope.json`, { baseDir: dir, now: NOW })).rejects.toThrow(
      /could not fetch the evidence: HTTP 404/,
    );
    await expect(loadEvidence(`${srv.url}/v2.json`, { baseDir: dir, now: NOW })).rejects.toThrow(
      /made by a newer layerpost/,
    );
  });

  it('the evidence probe merges another document under prefixed ids, and a bad source is a failed result', async () => {
    const results = await run(
      [
        { id: 'eu', layer: 'unknown', evidence: { from: 'eu.json' } },
        { id: 'us', layer: 'unknown', evidence: { from: `${srv.url}/eu.json` } },
        { id: 'gone', layer: 'unknown', evidence: { from: 'gone.json' } },
      ],
      { baseDir: dir, now: () => NOW },
    );
    expect(results.map((r) => r.id)).toEqual([
      'eu:anthropic-opus',
      'eu:our-handler',
      'us:anthropic-opus',
      'us:our-handler',
      'gone',
    ]);
    expect(results[0]).toMatchObject({
      layer: 'model-endpoint',
      status: 529,
      observedAt: '2026-05-01T11:59:00Z',
      source: 'eu.json',
    });
    expect(results[4]).toMatchObject({ ok: false, outcome: 'error' });
    expect(results[4]!.detail).toMatch(/gone\.json: no such evidence file/);
  });

  it('round-trips what the runner produces', async () => {
    const results = await run([{ id: 'local', layer: 'network', dns: { host: 'localhost' } }]);
    const ev: Evidence = {
      schema: 'layerpost.evidence/v1',
      takenAt: new Date().toISOString(),
      probes: results,
      providers: [],
    };
    expect(parseEvidence(JSON.stringify(ev), 'x', new Date())).toEqual(ev);
  });
});
