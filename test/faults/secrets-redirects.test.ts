// Secrets, round two: credentials never follow a redirect to another origin or down to http, TLS is decided per hop,
// only secrets are redacted (as values), literal keys are refused, ${VAR} in URLs is encoded and userinfo becomes Basic
// auth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import type { Evidence } from '../../src/model/evidence.js';
import { startFaultServer, startTlsFaultServer, type FaultServer } from './fault-server.js';
import { assertNoStack, assertUserError, cleanupProjects, project } from './project.js';

const KEY = 'sk-ant-api03-REDIRECTsuite-9xQ7wErTyUiOp';
const SID = 'session-cookie-value-0123456789';
/** A password with every character that breaks a URL pasted unencoded. */
const PW = 'p/w:x#y?z@1&q=2%41';
const ENV = { LP_R_KEY: KEY, LP_R_SID: SID, LP_R_PW: PW, LP_R_FLAG: 'flag-on' };

let a: FaultServer;
let b: FaultServer;
let tlsA: Awaited<ReturnType<typeof startTlsFaultServer>>;
let tlsB: Awaited<ReturnType<typeof startTlsFaultServer>>;
beforeAll(async () => {
  [a, b, tlsA, tlsB] = await Promise.all([
    startFaultServer(),
    startFaultServer(),
    startTlsFaultServer(),
    startTlsFaultServer(),
  ]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close(), tlsA.close(), tlsB.close()]);
  cleanupProjects();
});

const CREDENTIALS = {
  authorization: 'Bearer ${LP_R_KEY}',
  'x-api-key': '${LP_R_KEY}',
  cookie: 'sid=${LP_R_SID}',
  'x-custom': 'k=${LP_R_KEY}',
  'x-feature-flag': '${LP_R_FLAG}',
};
const probe = (id: string, url: string, extra: Record<string, unknown> = {}) => ({
  id,
  layer: 'integration',
  timeoutMs: 3000,
  http: { url, headers: CREDENTIALS, ...extra },
});
const to = (from: FaultServer | typeof tlsA, target: string, marker: string) =>
  from.at('to', `/${marker}?url=${encodeURIComponent(target)}`);

/** Every 12-character piece of the ways a secret can be written: none may appear in output. */
function leaks(secret: string, texts: Record<string, string>): string[] {
  const forms = [
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64'),
    JSON.stringify(secret).slice(1, -1),
  ];
  const pieces = new Set(
    forms.flatMap((f) => Array.from({ length: Math.max(1, f.length - 11) }, (_, i) => f.slice(i, i + 12))),
  );
  return Object.entries(texts).flatMap(([where, text]) =>
    [...pieces].filter((p) => text.includes(p)).map((p) => `${where}: ${p}`),
  );
}

describe('redirects (items 1 and 2)', () => {
  let r: CliResult;
  let evidence: Evidence;
  beforeAll(async () => {
    const dir = project({
      insecureHosts: [`127.0.0.1:${tlsA.port}`],
      probes: [
        probe('cross-origin', to(a, b.at('echo', '/cross'), 'cross')),
        probe('same-origin', to(a, a.at('echo', '/same'), 'same')),
        probe('tls-listed', tlsA.at('ok', '/listed'), { expect: { status: [200] } }),
        probe('tls-hop-unlisted', to(tlsA, tlsB.at('echo', '/unlisted'), 'hop')),
      ],
    });
    r = await runCli(['probe', '--json', '--no-status'], { cwd: dir, env: ENV, timeoutMs: 30_000 });
    evidence = JSON.parse(r.stdout) as Evidence;
  }, 60_000);

  it('the run finished with a result per probe and no stack', () => {
    expect(r.code, r.stderr).toBe(1);
    assertNoStack(r.stderr);
    expect(evidence.probes.map((p) => p.id).sort()).toEqual([
      'cross-origin',
      'same-origin',
      'tls-hop-unlisted',
      'tls-listed',
    ]);
  });

  it('a redirect to another origin carries no authorization, API key, cookie or header holding a secret; other headers go on', () => {
    const hop = b.seen.filter((s) => s.url.startsWith('/echo/cross'));
    expect(hop).toHaveLength(1);
    const h = hop[0]!.headers;
    for (const name of ['authorization', 'x-api-key', 'cookie', 'x-custom']) expect(h[name], name).toBeUndefined();
    expect(h['x-feature-flag']).toBe('flag-on');
    expect(evidence.probes.find((p) => p.id === 'cross-origin')).toMatchObject({ ok: true, status: 200 });
  });

  it('a redirect within one origin keeps them', () => {
    const hop = a.seen.filter((s) => s.url.startsWith('/echo/same'));
    expect(hop).toHaveLength(1);
    expect(hop[0]!.headers).toMatchObject({ authorization: `Bearer ${KEY}`, 'x-api-key': KEY, cookie: `sid=${SID}` });
  });

  it('insecureHosts holds for the listed host only: its redirect to an unlisted self-signed host is refused, and nothing reaches that host', () => {
    expect(evidence.probes.find((p) => p.id === 'tls-listed')).toMatchObject({ ok: true, status: 200 });
    expect(evidence.probes.find((p) => p.id === 'tls-hop-unlisted')).toMatchObject({ ok: false, outcome: 'tls' });
    expect(tlsB.seen).toEqual([]);
  });

  it('no piece of a secret in stdout or stderr', () => {
    expect(leaks(KEY, { stdout: r.stdout, stderr: r.stderr })).toEqual([]);
    expect(leaks(SID, { stdout: r.stdout, stderr: r.stderr })).toEqual([]);
  });
});

describe.concurrent('redaction is of secrets, as values (item 3)', () => {
  for (const flag of ['true', 'none', 'null', '200', 'ok', '{"a"']) {
    it(`a non-secret header value "${flag}" never corrupts JSON or exits 70: probe --save and draft succeed`, async () => {
      // A status page beside it: its JSON holds "none", "ok", numbers, true and null for a wrong redaction to hit.
      const dir = project({
        product: { name: 'Acme Notes' },
        providers: [{ id: 'anthropic', status: { kind: 'statuspage', url: a.at('ok', '/summary.json') } }],
        timeoutMs: 3000,
        probes: [
          {
            id: 'flagged',
            provider: 'anthropic',
            layer: 'integration',
            timeoutMs: 3000,
            http: {
              url: a.at('echo', `/flag`),
              headers: { 'x-feature-flag': '${LP_R_FLAG}' },
              expect: { status: [200] },
            },
          },
        ],
      });
      const env = { LP_R_FLAG: flag };
      const p = await runCli(['probe', '--json', '--save', 'e.json'], { cwd: dir, env, timeoutMs: 30_000 });
      expect(p.code, p.stderr).toBe(0);
      assertNoStack(p.stderr);
      const printed = JSON.parse(p.stdout) as Evidence;
      const saved = JSON.parse(readFileSync(join(dir, 'e.json'), 'utf8')) as Evidence;
      expect(saved).toEqual(printed);
      expect(saved.probes[0]).toMatchObject({ ok: true, outcome: 'ok' });
      expect(saved.providers[0]).toMatchObject({ id: 'anthropic', indicator: 'none' });
      expect(p.stdout + p.stderr).not.toContain('[REDACTED]');
      const d = await runCli(
        [
          'draft',
          '--json',
          '--from',
          'e.json',
          '--yes',
          '--out',
          'out',
          '--incident',
          'flag',
          '--layer',
          'integration',
        ],
        { cwd: dir, env, timeoutMs: 30_000 },
      );
      expect([0, 1], d.stderr).toContain(d.code);
      assertNoStack(d.stderr);
      expect(JSON.parse(d.stdout)).toMatchObject({ incident: 'flag', layer: 'integration' });
    });
  }

  it('a secret whose value spells JSON ("true") is still redacted, and the files stay valid JSON', async () => {
    const dir = project({
      probes: [
        {
          id: 'tok',
          layer: 'integration',
          timeoutMs: 3000,
          http: {
            url: a.at('echo', '/tok'),
            headers: { authorization: '${LP_R_TOKEN}' },
            expect: { status: [200], contains: 'never-there' },
          },
        },
      ],
    });
    const p = await runCli(['probe', '--json', '--no-status', '--save', 'e.json'], {
      cwd: dir,
      env: { LP_R_TOKEN: 'true' },
      timeoutMs: 30_000,
    });
    expect(p.code, p.stderr).toBe(1);
    const saved = JSON.parse(readFileSync(join(dir, 'e.json'), 'utf8')) as Evidence;
    expect(saved.probes[0]!.ok).toBe(false);
    expect(saved.probes[0]!.detail).toContain('[REDACTED]');
    expect(JSON.parse(p.stdout)).toEqual(saved);
  });
});

describe.concurrent('literal credentials (item 4)', () => {
  it('a literal llm-canary.apiKey is exit 2 naming the field, before any request', async () => {
    // The other tests of this block run at the same time against the same server: only this probe's path counts.
    const canaryPath = '/echo/literal-key';
    const dir = project({
      probes: [
        {
          id: 'c',
          layer: 'model-endpoint',
          provider: 'anthropic',
          'llm-canary': {
            api: 'anthropic',
            baseUrl: a.at('echo', '/literal-key'),
            model: 'm',
            apiKey: 'sk-ant-literal-0123456789abcdef',
          },
        },
      ],
    });
    const r = await runCli(['probe', '--no-status'], { cwd: dir, timeoutMs: 30_000 });
    const line = assertUserError(
      r,
      2,
      /layerpost\.config\.json: probes\[0\]\.llm-canary\.apiKey: a literal key; write "\$\{ANTHROPIC_API_KEY\}" and set the variable$/,
    );
    expect(line).not.toContain('sk-ant-literal');
    expect(a.seen.filter((s) => s.url.startsWith(canaryPath))).toEqual([]);
  });

  it('a literal authorization header is exit 2 naming it', async () => {
    const dir = project({
      probes: [
        {
          id: 'h',
          layer: 'integration',
          http: { url: a.at('echo'), headers: { Authorization: 'Bearer abc-literal-token-123' } },
        },
      ],
    });
    const r = await runCli(['probe', '--no-status'], { cwd: dir, timeoutMs: 30_000 });
    const line = assertUserError(
      r,
      2,
      /probes\[0\]\.http\.headers\.Authorization: a literal credential; write "Bearer \$\{API_TOKEN\}"/,
    );
    expect(line).not.toContain('abc-literal');
  });

  it('a literal key in a URL query is redacted everywhere (stdout, stderr, the evidence file)', async () => {
    const literal = 'sk-literal-in-url-0123456789abcdef';
    const dir = project({
      probes: [
        {
          id: 'q',
          layer: 'integration',
          timeoutMs: 3000,
          http: { url: a.at('echo', `/q?api_key=${literal}`), expect: { status: [200], contains: 'never-there' } },
        },
      ],
    });
    const r = await runCli(['probe', '--verbose', '--json', '--no-status', '--save', 'e.json'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect({ code: r.code, signal: r.signal }, r.stderr).toEqual({ code: 1, signal: null });
    expect(a.seen.some((s) => s.url === `/echo/q?api_key=${literal}`)).toBe(true);
    expect(
      leaks(literal, { stdout: r.stdout, stderr: r.stderr, evidence: readFileSync(join(dir, 'e.json'), 'utf8') }),
    ).toEqual([]);
  });
});

describe('${VAR} in URLs (item 5)', () => {
  let r: CliResult;
  let dir: string;
  beforeAll(async () => {
    dir = project({
      probes: [
        {
          id: 'userinfo',
          layer: 'integration',
          timeoutMs: 3000,
          http: { url: `${a.url.replace('://', '://op:${LP_R_PW}@')}/echo/userinfo`, expect: { status: [200] } },
        },
        {
          id: 'path',
          layer: 'integration',
          timeoutMs: 3000,
          http: { url: a.at('echo', '/seg/${LP_R_PW}/end'), expect: { status: [200] } },
        },
        {
          id: 'query',
          layer: 'integration',
          timeoutMs: 3000,
          http: {
            url: a.at('echo', '/query?token=${LP_R_PW}&x=1'),
            expect: { status: [200], contains: 'never-there' },
          },
        },
      ],
    });
    r = await runCli(['probe', '--verbose', '--json', '--no-status', '--save', 'e.json'], {
      cwd: dir,
      env: ENV,
      timeoutMs: 30_000,
    });
  }, 60_000);

  it('userinfo is sent as Basic authorization (not dropped), and the URL goes without it', () => {
    expect(r.code, r.stderr).toBe(1);
    assertNoStack(r.stderr);
    const hit = a.seen.find((s) => s.url === '/echo/userinfo');
    expect(hit?.headers.authorization).toBe(`Basic ${Buffer.from(`op:${PW}`).toString('base64')}`);
    expect((JSON.parse(r.stdout) as Evidence).probes.find((p) => p.id === 'userinfo')).toMatchObject({ ok: true });
  });

  it('a value with "/", ":", "#", "?" and "@" is percent-encoded where it lands: one path segment, one query value', () => {
    expect(a.seen.some((s) => s.url === `/echo/seg/${encodeURIComponent(PW)}/end`)).toBe(true);
    const q = a.seen.find((s) => s.url.startsWith('/echo/query'));
    expect(new URL(q!.url, 'http://x').searchParams.get('token')).toBe(PW);
    expect(new URL(q!.url, 'http://x').searchParams.get('x')).toBe('1');
  });

  it('no piece of the password in stdout, stderr or the evidence (the prefix before "#" included)', () => {
    expect(
      leaks(PW, { stdout: r.stdout, stderr: r.stderr, evidence: readFileSync(join(dir, 'e.json'), 'utf8') }),
    ).toEqual([]);
  });
});
