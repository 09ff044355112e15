// `layerpost probe` against hostile endpoints: each fault recorded with its outcome and reason, the run bounded, --save
// valid.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { parseEvidence } from '../../src/evidence/file.js';
import type { Evidence, ProbeResult } from '../../src/model/evidence.js';
import type { Fault } from './fault-server.js';
import { assertNoStack, faultServerOfFile, project } from './project.js';

/** outcome, and what the detail must say, for an http probe expecting a 200 with JSON at status.indicator. */
const EXPECTED: Partial<Record<Fault, { outcome: ProbeResult['outcome']; status?: number; detail: RegExp }>> = {
  ok: { outcome: 'ok', status: 200, detail: /^GET \/ok → 200 in \d+ ms$/ },
  hang: { outcome: 'timeout', detail: /^GET \/hang: timed out after 2000 ms$/ },
  stall: { outcome: 'timeout', detail: /^GET \/stall: timed out after 2000 ms$/ },
  drip: { outcome: 'timeout', detail: /^GET \/drip: timed out after 2000 ms$/ },
  reset: { outcome: 'reset', detail: /^GET \/reset: connection reset by peer$/ },
  'reset-body': { outcome: 'reset', detail: /^GET \/reset-body: connection reset by peer$/ },
  big: { outcome: 'error', detail: /^GET \/big: response too large \(50 MB, limit 1\.0 MB\)$/ },
  'big-chunked': { outcome: 'error', detail: /^GET \/big-chunked: response too large \(over 1\.0 MB\)$/ },
  'bad-utf8': {
    outcome: 'mismatch',
    status: 200,
    detail: /^GET \/bad-utf8 → 200 but expected JSON with status\.indicator/,
  },
  'loop-a': { outcome: 'error', detail: /^GET \/loop-a: too many redirects \(more than 5, in a loop\)$/ },
  r: { outcome: 'error', detail: /^GET \/r\/1: too many redirects \(more than 5\)$/ },
  'html-200': {
    outcome: 'mismatch',
    status: 200,
    detail: /^GET \/html-200 → 200 but expected JSON with status\.indicator/,
  },
  'html-503': {
    outcome: 'http-status',
    status: 503,
    detail: /^GET \/html-503 → 503: HTML page "ERROR: The request could not be satisfied" \(expected 200\)$/,
  },
  overloaded: {
    outcome: 'http-status',
    status: 529,
    detail: /^GET \/overloaded → 529 overloaded_error: Overloaded \(expected 200\)$/,
  },
};

const srv = faultServerOfFile();

const httpProbe = (fault: Fault, timeoutMs = 2000) => ({
  id: `p-${fault}`,
  layer: 'integration',
  timeoutMs,
  http: { url: srv().at(fault, fault === 'r' ? '/1' : ''), expect: { status: [200], jsonPath: 'status.indicator' } },
});

describe.concurrent('probe against broken endpoints', () => {
  it('records each fault with its outcome and a one-line reason; --json equals the --save file, which is valid evidence; exit 1', async () => {
    const faults = Object.keys(EXPECTED) as Fault[];
    const canary = {
      id: 'canary-529',
      layer: 'model-endpoint',
      provider: 'anthropic',
      model: 'claude-opus-4-7',
      'llm-canary': {
        api: 'anthropic',
        baseUrl: srv().at('overloaded'),
        model: 'claude-opus-4-7',
        apiKey: '${LP_TEST_KEY}',
      },
    };
    const dir = project({ probes: [...faults.map((f) => httpProbe(f)), canary] });
    const r = await runCli(['probe', '--json', '--no-status', '--save', 'evidence.json'], {
      cwd: dir,
      env: { LP_TEST_KEY: 'sk-not-secret-test-key' },
      timeoutMs: 30_000,
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
    assertNoStack(r.stderr);
    const printed = JSON.parse(r.stdout) as Evidence;
    const saved = readFileSync(join(dir, 'evidence.json'), 'utf8');
    expect(JSON.parse(saved)).toEqual(printed);
    expect(() => parseEvidence(saved, 'evidence.json', new Date())).not.toThrow();
    const byId = new Map(printed.probes.map((p) => [p.id, p]));
    for (const [fault, want] of Object.entries(EXPECTED)) {
      const p = byId.get(`p-${fault}`)!;
      expect({ fault, outcome: p.outcome, ok: p.ok, status: p.status }).toEqual({
        fault,
        outcome: want!.outcome,
        ok: want!.outcome === 'ok',
        status: want!.status,
      });
      expect(p.detail, fault).toMatch(want!.detail);
    }
    expect(byId.get('canary-529')).toMatchObject({
      ok: false,
      outcome: 'http-status',
      status: 529,
      errorType: 'overloaded_error',
      layer: 'model-endpoint',
    });
    // --json keeps stderr to the config used and the saved-file line: no progress, no stack.
    expect(r.stderr.trim()).toMatch(/^Config: \S+layerpost\.config\.json\nEvidence saved to .*evidence\.json$/);
  });

  it('--deadline ends a run whose probes never finish: every one recorded as timeout, exit 1, evidence still saved', async () => {
    const dir = project({ probes: (['hang', 'stall', 'drip'] as const).map((f) => httpProbe(f, 60_000)) });
    const r = await runCli(['probe', '--json', '--no-status', '--deadline', '2', '--save', 'ev.json'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect(r.code, r.stderr).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
    assertNoStack(r.stderr);
    const printed = JSON.parse(r.stdout) as Evidence;
    expect(printed.probes.map((p) => [p.id, p.outcome, p.ok])).toEqual([
      ['p-hang', 'timeout', false],
      ['p-stall', 'timeout', false],
      ['p-drip', 'timeout', false],
    ]);
    for (const p of printed.probes) expect(p.detail).toMatch(/deadline/);
    expect(JSON.parse(readFileSync(join(dir, 'ev.json'), 'utf8'))).toEqual(printed);
  });
});
