// `layerpost probe` end to end: the built CLI against local servers that answer fast, slowly, never, reset, 502/529, or
// echo secrets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { parseEvidence } from '../../src/evidence/file.js';

const FIX = (name: string) => readFileSync(new URL(`../fixtures/probes/${name}`, import.meta.url), 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const KEY = 'sk-ant-api03-E2E-very-secret-key-7f3a9c';

let srv: TestServer;
let flaky = 0;

beforeAll(async () => {
  srv = await startServer({
    '/fast': (_q, res) => json(res, 200, { status: 'ok' }),
    '/slow': async (_q, res) => {
      await sleep(800);
      json(res, 200, { status: 'ok' });
    },
    '/never': () => new Promise<void>(() => undefined),
    '/reset': (req) => void req.socket.resetAndDestroy(),
    '/502': (_q, res) =>
      void res
        .writeHead(502, { 'content-type': 'text/html' })
        .end(
          '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>',
        ),
    '/v1/messages': (_q, res, body) => {
      const model = (JSON.parse(body) as { model: string }).model;
      if (model === 'claude-opus-4-7')
        return void res.writeHead(529, { 'content-type': 'application/json' }).end(FIX('anthropic-529.json'));
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(FIX('anthropic-message.json'));
    },
    '/flaky': (_q, res) => {
      flaky++;
      if (flaky % 3 === 0) json(res, 200, {});
      else void res.writeHead(503, { 'content-type': 'application/json' }).end(FIX('openai-500.json'));
    },
    // Echo the request headers back in the body (credentials first, as a debugging proxy might), whatever the status.
    '/echo': (req, res) =>
      json(res, 500, {
        'x-api-key': req.headers['x-api-key'],
        authorization: req.headers.authorization,
        ...req.headers,
      }),
    '/echo-ok': (req, res) => json(res, 200, { 'x-api-key': req.headers['x-api-key'], ...req.headers }),
  });
});
const dirs: string[] = [];
afterAll(async () => {
  await srv.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'lp-probe-e2e-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'layerpost.config.json'), JSON.stringify(config, null, 2));
  return dir;
}
const http = (id: string, path: string, extra: Record<string, unknown> = {}, base: Record<string, unknown> = {}) => ({
  id,
  layer: 'integration',
  ...base,
  http: { url: `${srv.url}${path}`, ...extra },
});
const canary = (id: string, model: string) => ({
  id,
  layer: 'model-endpoint',
  provider: 'anthropic',
  model,
  'llm-canary': { api: 'anthropic', baseUrl: srv.url, model, apiKey: '${E2E_ANTHROPIC_KEY}' },
});

// Each test has its own project folder, and the servers answer any number at once: the tests run at once, but for the
// one that bounds its own run's time.
describe.concurrent('layerpost probe', () => {
  it('--json prints only the evidence document, with every outcome classified', async () => {
    const cwd = project({
      probes: [
        http('fast', '/fast', { expect: { jsonPath: 'status', equals: 'ok' } }),
        http('gateway-502', '/502', {}, { layer: 'provider-api', provider: 'openai' }),
        http('reset', '/reset'),
        canary('opus', 'claude-opus-4-7'),
        canary('sonnet', 'claude-sonnet-4-6'),
      ],
    });
    const r = await runCli(['probe', '--json', '--no-status'], { cwd, env: { E2E_ANTHROPIC_KEY: KEY } });
    expect(r.code).toBe(1);
    const ev = parseEvidence(r.stdout, 'stdout', new Date());
    const by = Object.fromEntries(ev.probes.map((p) => [p.id, p]));
    expect(ev.probes.map((p) => p.id)).toEqual(['fast', 'gateway-502', 'reset', 'opus', 'sonnet']);
    expect(by.fast).toMatchObject({ ok: true, outcome: 'ok', status: 200 });
    expect(by['gateway-502']).toMatchObject({ ok: false, outcome: 'http-status', status: 502, provider: 'openai' });
    expect(by['gateway-502']!.detail).toContain('502 Bad Gateway');
    expect(by.reset).toMatchObject({ ok: false, outcome: 'reset' });
    expect(by.opus).toMatchObject({
      ok: false,
      outcome: 'http-status',
      status: 529,
      errorType: 'overloaded_error',
      model: 'claude-opus-4-7',
    });
    expect(by.opus!.detail).toBe('POST /v1/messages (claude-opus-4-7) → 529 overloaded_error: Overloaded');
    expect(by.sonnet).toMatchObject({ ok: true, outcome: 'ok' });
    // No progress on stderr with --json.
    expect(r.stderr).not.toMatch(/[✓✗]/);
  });

  it('prints one progress line per probe on stderr as each finishes, and exits 0 when all pass', async () => {
    const cwd = project({
      probes: [http('slow', '/slow'), http('fast', '/fast'), canary('sonnet', 'claude-sonnet-4-6')],
    });
    const r = await runCli(['probe', '--no-status'], { cwd, env: { E2E_ANTHROPIC_KEY: KEY } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => /^[✓✗]/.test(l));
    expect(lines).toHaveLength(3);
    // The slow probe is first in the config but finishes last.
    expect(lines[2]).toMatch(/^✓\s+slow\s+integration\s+\d+ ms\s+ok/);
    expect(r.stderr).toMatch(/3 probe results: 3 passed, 0 failed/);
  });

  it('--quiet prints nothing on success and still sets the exit status on failure', async () => {
    const ok = await runCli(['probe', '--quiet', '--no-status'], { cwd: project({ probes: [http('fast', '/fast')] }) });
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, '', '']);
    const bad = await runCli(['probe', '--quiet', '--no-status'], { cwd: project({ probes: [http('bad', '/502')] }) });
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([1, '', '']);
  });

  it.sequential('ends at --deadline: a never-answering server is recorded as timeout within the bound', async () => {
    const cwd = project({ probes: [http('fast', '/fast'), http('never', '/never', {}, { timeoutMs: 30_000 })] });
    const r = await runCli(['probe', '--deadline', '2', '--json', '--no-status'], { cwd });
    expect(r.ms).toBeLessThan(6_000);
    expect(r.code).toBe(1);
    const ev = parseEvidence(r.stdout, 'stdout', new Date());
    expect(ev.probes[0]).toMatchObject({ id: 'fast', ok: true });
    expect(ev.probes[1]).toMatchObject({
      id: 'never',
      ok: false,
      outcome: 'timeout',
      detail: "no answer: the run's 2 s deadline was reached",
    });
  });

  it('Ctrl-C ends the run: exit 130, unfinished probes saved as timeout', async () => {
    const cwd = project({ probes: [http('fast', '/fast'), http('never', '/never', {}, { timeoutMs: 30_000 })] });
    // Interrupted once the fast probe's line is out (the run is under way, the other still waiting), not after a fixed
    // time that a loaded machine might not have started the run in.
    const r = await runCli(['probe', '--no-status', '--save', 'ev.json', '--deadline', '30'], {
      cwd,
      onSpawn: (child) => {
        let err = '';
        const onData = (d: string | Buffer) => {
          err += String(d);
          if (!/^✓\s+fast\b/m.test(err)) return;
          child.stderr!.off('data', onData);
          child.kill('SIGINT');
        };
        child.stderr!.on('data', onData);
      },
    });
    expect(r.code).toBe(130);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stderr).toContain('Interrupted');
    const ev = parseEvidence(readFileSync(join(cwd, 'ev.json'), 'utf8'), 'ev.json', new Date());
    expect(ev.probes.map((p) => [p.id, p.outcome, p.detail.startsWith('no answer: interrupted')])).toEqual([
      ['fast', 'ok', false],
      ['never', 'timeout', true],
    ]);
  });

  it('records samples: "2/3 failed"', async () => {
    flaky = 0;
    const cwd = project({ probes: [http('flaky', '/flaky', {}, { samples: 3, provider: 'openai' })] });
    const r = await runCli(['probe', '--no-status'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /✗\s+flaky\s+integration\s+\d+ ms\s+http-status 503\s+2\/3 failed\s+GET \/flaky → 503 server_error/,
    );
  });

  it('--save writes the evidence atomically and says where', async () => {
    const cwd = project({ probes: [http('fast', '/fast'), http('bad', '/502')] });
    const r = await runCli(['probe', '--save', 'out/evidence.json', '--no-status'], { cwd });
    expect(r.code).toBe(1);
    const file = join(cwd, 'out/evidence.json');
    expect(r.stderr).toContain(`Evidence saved to ${file}`);
    const ev = parseEvidence(readFileSync(file, 'utf8'), file, new Date());
    expect(ev.probes.map((p) => [p.id, p.outcome])).toEqual([
      ['fast', 'ok'],
      ['bad', 'http-status'],
    ]);
    // The same document --json prints.
    const j = await runCli(['probe', '--json', '--no-status', '--only', 'bad'], { cwd });
    expect(Object.keys(JSON.parse(j.stdout))).toEqual(['schema', 'takenAt', 'takenOn', 'probes', 'providers']);
  });

  it('never shows a secret: not on stdout, stderr, in the saved file, even when the server echoes it back', async () => {
    const cwd = project({
      probes: [
        http('echo', '/echo', {
          headers: { 'x-api-key': '${E2E_ANTHROPIC_KEY}', authorization: 'Bearer ${E2E_ANTHROPIC_KEY}' },
        }),
        http('echo-ok', '/echo-ok?key=${E2E_ANTHROPIC_KEY}', {
          headers: { 'x-api-key': '${E2E_ANTHROPIC_KEY}' },
          expect: { contains: 'nothing-like-this' },
        }),
        canary('opus', 'claude-opus-4-7'),
      ],
    });
    const env = { E2E_ANTHROPIC_KEY: KEY };
    const runs = [
      await runCli(['probe', '--no-status', '--verbose', '--save', 'ev.json'], { cwd, env }),
      await runCli(['probe', '--no-status', '--json'], { cwd, env }),
    ];
    const saved = readFileSync(join(cwd, 'ev.json'), 'utf8');
    // The echo did reach us: the key came back in both bodies, and is shown redacted.
    const ev = parseEvidence(saved, 'ev.json', new Date());
    expect(ev.probes[0]!.detail).toContain('{"x-api-key":"[REDACTED]","authorization":"Bearer [REDACTED]"');
    expect(ev.probes[1]!.detail).toContain('got "{"x-api-key":"[REDACTED]"');
    expect(ev.probes[1]!.target).toContain('?key=[REDACTED]');
    for (const text of [saved, ...runs.flatMap((r) => [r.stdout, r.stderr])]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(KEY.slice(0, 20));
      expect(text).not.toContain(Buffer.from(KEY).toString('base64'));
    }
  });

  it('merges another evidence file through an evidence probe', async () => {
    const other = project({});
    writeFileSync(
      join(other, 'eu.json'),
      JSON.stringify({
        schema: 'layerpost.evidence/v1',
        takenAt: new Date().toISOString(),
        probes: [{ id: 'h', layer: 'integration', ok: false, outcome: 'dns', latencyMs: 3, detail: 'x' }],
        providers: [],
      }),
    );
    const cwd = project({
      probes: [http('fast', '/fast'), { id: 'eu', layer: 'unknown', evidence: { from: join(other, 'eu.json') } }],
    });
    const r = await runCli(['probe', '--json', '--no-status'], { cwd });
    const ev = JSON.parse(r.stdout) as { probes: Array<{ id: string; outcome: string }> };
    expect(ev.probes.map((p) => [p.id, p.outcome])).toEqual([
      ['fast', 'ok'],
      ['eu:h', 'dns'],
    ]);
  });

  it('fetches the status of providers the config names, alongside the probes', async () => {
    const summary = {
      page: { id: 'x', name: 'Local', url: srv.url, time_zone: 'Etc/UTC', updated_at: new Date().toISOString() },
      status: { indicator: 'none', description: 'All Systems Operational' },
      components: [],
      incidents: [],
      scheduled_maintenances: [],
    };
    const st = await startServer({ '/api/v2/summary.json': (_q, res) => json(res, 200, summary) });
    try {
      const cwd = project({
        providers: [{ id: 'local', name: 'Local', status: { kind: 'statuspage', url: st.url } }],
        probes: [http('fast', '/fast', {}, { provider: 'local' })],
      });
      const r = await runCli(['probe', '--json'], { cwd });
      expect(r.code).toBe(0);
      const ev = parseEvidence(r.stdout, 'stdout', new Date());
      expect(ev.providers.map((p) => [p.id, p.indicator])).toEqual([['local', 'none']]);
    } finally {
      await st.close();
    }
  });

  it('usage and config errors exit 2 with one line', async () => {
    const cwd = project({
      probes: [http('a', '/fast'), http('b', '/fast', { headers: { authorization: 'Bearer ${E2E_MISSING_VAR}' } })],
    });
    const only = await runCli(['probe', '--only', 'a,zzz', '--no-status'], { cwd });
    expect(only.code).toBe(2);
    expect(only.stderr.trim()).toBe(
      `Config: ${join(cwd, 'layerpost.config.json')}\nlayerpost: --only: unknown probe id "zzz" (known: a, b)`,
    );
    // A probe whose key is missing is named and not run; the others still run.
    const missing = await runCli(['probe', '--no-status', '--json'], { cwd });
    expect(missing.code).toBe(0);
    expect(missing.stderr).toContain(
      'layerpost: environment variable E2E_MISSING_VAR is not set (needed by probe "b"); not run\n',
    );
    expect((await runCli(['probe', '--no-status'], { cwd })).stderr).toMatch(
      /1 probe result: 1 passed, 0 failed, 1 not run \(b\) in /,
    );
    expect(parseEvidence(missing.stdout, 'stdout', new Date()).probes.map((p) => p.id)).toEqual(['a']);
    const fine = await runCli(['probe', '--only', 'a', '--no-status', '--json'], { cwd });
    expect(fine.code).toBe(0);
    expect(existsSync(join(cwd, 'ev.json'))).toBe(false);
    const zero = await runCli(['probe', '--deadline', '0', '--no-status'], { cwd });
    expect(zero.code).toBe(2);
  });

  it('with two keys missing, names both; exit 2 only when no probe could run', async () => {
    const cwd = project({
      probes: [
        http('free', '/fast'),
        http('k1', '/fast', { headers: { authorization: 'Bearer ${E2E_KEY_ONE}' } }),
        {
          id: 'k2',
          layer: 'model-endpoint',
          'llm-canary': { api: 'openai', baseUrl: 'http://127.0.0.1:9/v1', model: 'gpt-x', apiKey: '${E2E_KEY_TWO}' },
        },
      ],
    });
    const some = await runCli(['probe', '--no-status', '--json'], { cwd });
    expect(some.stderr).toContain(
      'layerpost: environment variables E2E_KEY_ONE, E2E_KEY_TWO are not set (needed by probes "k1", "k2"); not run\n',
    );
    expect(some.code).toBe(0);
    expect(parseEvidence(some.stdout, 'stdout', new Date()).probes.map((p) => p.id)).toEqual(['free']);
    const none = await runCli(['probe', '--no-status', '--only', 'k1,k2'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      `Config: ${join(cwd, 'layerpost.config.json')}\nlayerpost: environment variables E2E_KEY_ONE, E2E_KEY_TWO are not set (needed by probes "k1", "k2")\n`,
    );
  });

  // draft agrees with probe: what can run runs, what cannot is named, and the evidence in the bundle records it.
  it('draft with a probe key unset runs the others, names what was skipped and records it in the evidence', async () => {
    const cwd = project({
      product: { name: 'Acme Notes' },
      providers: [{ id: 'local', name: 'Local', status: { kind: 'statuspage', url: `${srv.url}/no-status-page` } }],
      probes: [
        http('free', '/fast', {}, { provider: 'local' }),
        http('keyed', '/fast', { headers: { authorization: 'Bearer ${E2E_DRAFT_KEY}' } }, { provider: 'local' }),
      ],
    });
    const r = await runCli(['draft', '--no-input', '--yes', '--out', 'out', '--incident', 'inc', '--deadline', '10'], {
      cwd,
      env: { E2E_DRAFT_KEY: undefined },
    });
    expect(r.stderr).toContain(
      'layerpost: environment variable E2E_DRAFT_KEY is not set (needed by probe "keyed"); not run\n',
    );
    expect(r.code, r.stderr).toBe(0);
    const bundle = join(cwd, 'out', 'inc', '001-investigating');
    const ev = parseEvidence(readFileSync(join(bundle, 'evidence.json'), 'utf8'), 'evidence.json', new Date());
    expect(ev.probes.map((p) => p.id)).toEqual(['free']);
    expect(ev.notRun).toEqual([{ id: 'keyed', missing: ['E2E_DRAFT_KEY'] }]);
  });

  it('a request that never reached its host names the host, and a short run says ms, not "0.0 s"', async () => {
    const cwd = project({
      probes: [{ id: 'gone', layer: 'integration', http: { url: 'http://127.0.0.1:9/api/ai/health?token=abc' } }],
    });
    const r = await runCli(['probe', '--no-status', '--json'], { cwd });
    expect(r.code).toBe(1);
    const [p] = parseEvidence(r.stdout, 'stdout', new Date()).probes;
    expect(p!.outcome).toBe('refused');
    expect(p!.detail).toBe('GET 127.0.0.1:9/api/ai/health: connection refused');
    const text = await runCli(['probe', '--no-status'], { cwd });
    expect(text.stderr).toMatch(/1 probe result: 0 passed, 1 failed \(gone\) in \d+ ms\n/);
  });
});
