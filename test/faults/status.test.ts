// `layerpost status` against hostile status sources: every broken source is `unknown` with its reason, the good ones
// still shown, exit 0.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { Fault } from './fault-server.js';
import { assertNoStack, faultServerOfFile, project } from './project.js';

/** The reason each broken source must give (the `error` of its `unknown` status). */
const BROKEN: Partial<Record<Fault, RegExp>> = {
  hang: /^timed out after 2000 ms$/,
  stall: /^timed out after 2000 ms$/,
  drip: /^timed out after 2000 ms$/,
  reset: /connection reset/,
  'reset-body': /connection reset/,
  big: /^response too large \(50 MB, limit 5\.0 MB\)$/,
  'big-chunked': /^response too large \(over 5\.0 MB\)$/,
  'bad-utf8': /^HTTP 200 answered invalid JSON/,
  'loop-a': /^too many redirects \(more than 5, in a loop\)$/,
  r: /^too many redirects \(more than 5\)$/,
  'html-json': /^HTTP 200 answered content type text\/html, not JSON$/,
  'html-200': /^HTTP 200 answered HTML, not JSON \("Just a moment\.\.\."\)$/,
  'html-503': /^HTTP 503 with an HTML body \("ERROR: The request could not be satisfied"\)$/,
  overloaded: /^HTTP 529\b.*overloaded_error/,
};
const GOOD: Fault[] = ['ok', 'bad-utf8-string'];

const srv = faultServerOfFile();
let dir: string;
beforeAll(async () => {
  const providers = [...GOOD, ...(Object.keys(BROKEN) as Fault[])].map((f) => ({
    id: `fault-${f}`,
    name: `Fault ${f}`,
    status: { kind: 'statuspage', url: srv().at(f, f === 'r' ? '/1/summary.json' : '/summary.json') },
  }));
  dir = project({ providers });
});

interface StatusJson {
  providers: Array<{
    id: string;
    name: string;
    indicator: string;
    description: string;
    components: Array<{ name: string; status: string }>;
    error?: string;
  }>;
}

describe.concurrent('status against broken sources', () => {
  it('--json: valid JSON only; each broken source unknown with a one-line reason; the good ones read; exit 0 within the bound', async () => {
    const r = await runCli(['status', '--json', '--timeout', '2000', '--deadline', '9'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(15_000);
    const out = JSON.parse(r.stdout) as StatusJson;
    assertNoStack(r.stderr);
    const byId = new Map(out.providers.map((p) => [p.id, p]));
    expect(out.providers).toHaveLength(GOOD.length + Object.keys(BROKEN).length);
    for (const [fault, reason] of Object.entries(BROKEN)) {
      const p = byId.get(`fault-${fault}`)!;
      expect({ fault, indicator: p.indicator }).toEqual({ fault, indicator: 'unknown' });
      expect(p.error, fault).toMatch(reason!);
      expect(p.error, fault).not.toMatch(/\n/);
    }
    expect(byId.get('fault-ok')).toMatchObject({
      indicator: 'none',
      description: 'All Systems Operational',
      components: [{ name: 'API', status: 'operational' }],
    });
    // Invalid UTF-8 inside a string is replaced, not fatal: the rest of the page still reads.
    const mangled = byId.get('fault-bad-utf8-string')!;
    expect(mangled).toMatchObject({ indicator: 'none' });
    expect(mangled.error).toBeUndefined();
    expect(mangled.components[0]!.name).toMatch(/^API \uFFFD.*Edge$/);
  });

  it('as a table: one row per source, the broken ones "unknown" with the reason, exit 0', async () => {
    const r = await runCli(['status', '--timeout', '2000', '--deadline', '9'], { cwd: dir, timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(15_000);
    assertNoStack(r.stdout + r.stderr);
    const row = (f: string) => r.stdout.split('\n').find((l) => l.startsWith(`Fault ${f} `)) ?? '';
    expect(row('ok')).toMatch(/operational/);
    expect(row('big')).toMatch(/unknown.*too large/);
    expect(row('loop-a')).toMatch(/unknown.*redirects/);
    expect(row('html-503')).toMatch(/unknown.*HTML/);
    expect(row('hang')).toMatch(/unknown.*timed out/);
  });
});

describe('status: bounds', () => {
  it('--deadline ends a run whose every source hangs, each marked with the deadline', async () => {
    const hanging = project({
      providers: (['hang', 'stall', 'drip'] as const).map((f) => ({
        id: `slow-${f}`,
        name: `Slow ${f}`,
        status: { kind: 'statuspage', url: srv().at(f, '/summary.json') },
      })),
    });
    const r = await runCli(['status', '--json', '--timeout', '60000', '--deadline', '2'], {
      cwd: hanging,
      timeoutMs: 30_000,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(10_000);
    const out = JSON.parse(r.stdout) as StatusJson;
    expect(out.providers.map((p) => [p.indicator, p.error])).toEqual([
      ['unknown', 'no answer before the run deadline'],
      ['unknown', 'no answer before the run deadline'],
      ['unknown', 'no answer before the run deadline'],
    ]);
  });

  it('redirects are bounded: an endless chain and a loop cost at most 6 requests each per run', async () => {
    const only = project({
      providers: [
        { id: 'chain', name: 'Chain', status: { kind: 'statuspage', url: srv().at('r', '/1/summary.json') } },
        { id: 'loop', name: 'Loop', status: { kind: 'statuspage', url: srv().at('loop-a', '/summary.json') } },
      ],
    });
    const before = { r: srv().count('r'), loop: srv().count('loop-a') + srv().count('loop-b') };
    const r = await runCli(['status', '--json'], { cwd: only, timeoutMs: 30_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(srv().count('r') - before.r).toBeLessThanOrEqual(6);
    // A loop is seen for what it is at the first repeat.
    expect(srv().count('loop-a') + srv().count('loop-b') - before.loop).toBeLessThanOrEqual(3);
  });
});
