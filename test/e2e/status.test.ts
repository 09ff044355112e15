// End to end: the built CLI's `status` against real payloads and faulty sources on a 127.0.0.1 server.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderStatusSchema, type ProviderStatus } from '../../src/model/evidence.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { ANTHROPIC_SUMMARY, AWS_RSS, GCP_INCIDENTS, OPENAI_SUMMARY, fixtureText } from '../evidence/status/helpers.js';

let server: TestServer;
let dir: string;
let flakyUp = true;

const json = (body: string | Buffer) => (_q: unknown, res: import('node:http').ServerResponse) =>
  void res.writeHead(200, { 'content-type': 'application/json' }).end(body);

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const gcp = JSON.parse(fixtureText(GCP_INCIDENTS));
  delete gcp[0].end; // the real incident, as it stood while open
  gcp[0].most_recent_update = gcp[0].updates[2];
  const awsEvents = [
    {
      date: '1791356400',
      region_name: 'N. Virginia',
      service: 'bedrock-us-east-1',
      service_name: 'Amazon Bedrock',
      status: '2',
      summary: 'Increased Error Rates',
      event_log: [
        { message: 'We are investigating increased error rates for Claude Sonnet 4.6.', timestamp: 1791356400 },
      ],
      impacted_services: { 'bedrock-us-east-1': { service_name: 'Amazon Bedrock', current: '2' } },
    },
  ];
  server = await startServer({
    '/anthropic/api/v2/summary.json': json(fixtureText(ANTHROPIC_SUMMARY)),
    '/openai/api/v2/summary.json': json(fixtureText(OPENAI_SUMMARY)),
    '/gcp/incidents.json': json(JSON.stringify(gcp)),
    '/aws/public/currentevents': json(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(awsEvents), 'utf16le')]),
    ),
    '/aws.rss': (_q, res) =>
      void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixtureText(AWS_RSS)),
    '/hang/api/v2/summary.json': () => new Promise<void>(() => undefined),
    '/html503/api/v2/summary.json': (_q, res) =>
      void res
        .writeHead(503, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>Try later</body></html>'),
    '/badjson/api/v2/summary.json': (_q, res) =>
      void res.writeHead(200, { 'content-type': 'application/json' }).end('{"page": {"id": "x"'),
    '/huge/api/v2/summary.json': (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.on('error', () => undefined);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 60) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    },
    '/loop/api/v2/summary.json': (_q, res) =>
      void res.writeHead(301, { location: '/loop/again/api/v2/summary.json' }).end(),
    '/loop/again/api/v2/summary.json': (_q, res) =>
      void res.writeHead(301, { location: '/loop/api/v2/summary.json' }).end(),
    '/flakyok/api/v2/summary.json': (_q, res) => {
      if (flakyUp)
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(fixtureText(OPENAI_SUMMARY));
      res.writeHead(503, { 'content-type': 'text/plain' }).end('down');
    },
    '/flaky/api/v2/summary.json': (_q, res) => {
      if (flakyUp)
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(fixtureText(ANTHROPIC_SUMMARY));
      res.writeHead(503, { 'content-type': 'text/html' }).end('<html><head><title>Bad Gateway</title></head></html>');
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'layerpost-status-e2e-'));
  const u = server.url;
  const sp = (id: string, name: string, path: string) => ({
    id,
    name,
    status: { kind: 'statuspage', url: `${u}/${path}` },
  });
  await writeFile(
    join(dir, 'layerpost.config.json'),
    JSON.stringify({
      providers: [
        { id: 'anthropic', status: { kind: 'statuspage', url: `${u}/anthropic` } },
        { id: 'openai', status: { kind: 'incidentio', url: `${u}/openai` } },
        { id: 'google', status: { kind: 'google-cloud', url: `${u}/gcp`, products: ['Z0FZJAMvEB4j3NbCJs6B'] } },
        {
          id: 'aws-bedrock',
          status: { kind: 'aws-health', url: `${u}/aws`, products: ['bedrock'], region: 'us-east-1' },
        },
        { id: 'aws-rss', name: 'AWS RSS', status: { kind: 'feed', url: `${u}/aws.rss` } },
        sp('hang', 'Hanging page', 'hang'),
        sp('html503', 'HTML 503 page', 'html503'),
        sp('badjson', 'Broken JSON page', 'badjson'),
        sp('huge', 'Huge page', 'huge'),
        sp('loop', 'Redirect loop page', 'loop'),
      ],
    }),
  );
  await writeFile(join(dir, 'flaky.config.json'), JSON.stringify({ providers: [sp('flaky', 'Flaky page', 'flaky')] }));
  await writeFile(
    join(dir, 'flakyok.config.json'),
    JSON.stringify({ providers: [sp('flakyok', 'Flaky operational page', 'flakyok')] }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const IDS = ['anthropic', 'openai', 'google', 'aws-bedrock', 'aws-rss', 'hang', 'html503', 'badjson', 'huge', 'loop'];

describe('layerpost status (built CLI, 127.0.0.1 sources)', () => {
  it('--json is exactly { providers } on stdout: real payloads read, every failure unknown with its reason, exit 0', async () => {
    const r = await runCli(['status', '--json', '--timeout', '600'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { providers: ProviderStatus[] };
    expect(Object.keys(doc)).toEqual(['providers']);
    expect(doc.providers.map((p) => p.id)).toEqual(IDS);
    for (const p of doc.providers) expect(ProviderStatusSchema.safeParse(p).success, p.id).toBe(true);
    const by = Object.fromEntries(doc.providers.map((p) => [p.id, p])) as Record<string, ProviderStatus>;

    expect(by.anthropic).toMatchObject({
      indicator: 'minor',
      description: 'Partially Degraded Service',
      source: 'statuspage',
    });
    expect(by.anthropic!.incidents[0]).toMatchObject({
      name: 'Elevated errors on platform.claude.com',
      impact: 'major',
      componentStatus: 'degraded_performance',
    });
    expect(by.openai).toMatchObject({ indicator: 'none', incidents: [] });
    expect(by.google!.incidents[0]).toMatchObject({ status: 'open', layer: 'provider-api' });
    expect(by['aws-bedrock']!.incidents[0]).toMatchObject({
      layer: 'model-endpoint',
      models: ['anthropic.claude-sonnet-4-6'],
    });
    expect(by['aws-rss']).toMatchObject({ indicator: 'none' });
    for (const id of IDS.slice(0, 5)) expect(by[id]!.error, id).toBeUndefined();

    expect(by.hang).toMatchObject({ indicator: 'unknown', error: 'timed out after 600 ms' });
    expect(by.html503).toMatchObject({
      indicator: 'unknown',
      error: 'HTTP 503 with an HTML body ("Service Unavailable")',
    });
    expect(by.badjson!.error).toMatch(/^HTTP 200 answered invalid JSON/);
    expect(by.huge!.error).toMatch(/^response too large \(over 5\.0 MB\)/);
    expect(by.loop!.error).toMatch(/^too many redirects \(more than 5, in a loop\)/);
    for (const id of IDS.slice(5)) expect(by[id]!.indicator, id).toBe('unknown');
    expect(r.stderr).not.toContain('{');
  });

  it('plain text (not a terminal): one block per provider with incidents, degraded components and reasons; no colour codes', async () => {
    const r = await runCli(['status', '--timeout', '600'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/^Anthropic\s+minor outage\s+Partially Degraded Service$/m);
    expect(r.stdout).toMatch(
      /^ {2}! Elevated errors on platform\.claude\.com \[monitoring, degraded performance(, since [^\]]+ ago)?\]$/m,
    );
    expect(r.stdout).toMatch(/^ {6}latest \([^)]+ ago\): We've mitigated the errors/m);
    expect(r.stdout).toMatch(/^ {2}- Claude Console \(platform\.claude\.com\): degraded performance$/m);
    expect(r.stdout).toMatch(/^OpenAI\s+operational\s+All Systems Operational$/m);
    expect(r.stdout).toMatch(/^Hanging page\s+unknown\s+no answer: timed out after 600 ms$/m);
    expect(r.stdout).toMatch(/^HTML 503 page\s+unknown\s+no answer: HTTP 503 with an HTML body/m);
  });

  it('--provider filters (repeatable and comma-separated); an unknown id is a usage error naming the known ones', async () => {
    const r = await runCli(['status', '--json', '--provider', 'openai,anthropic', '--provider', 'aws-bedrock'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { providers: ProviderStatus[] }).providers.map((p) => p.id)).toEqual([
      'openai',
      'anthropic',
      'aws-bedrock',
    ]);

    const bad = await runCli(['status', '--provider', 'anthropic,nope'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      /unknown provider "nope" \(known: anthropic, openai, google, aws-bedrock, azure-openai, mistral, cohere, groq, together, fireworks, openrouter, aws-rss, hang/,
    );
  });

  it('a cached answer says it is cached and how old it is; a source failing now is never "none"', async () => {
    const cache = join(dir, 'cache-ok');
    const args = [
      '--config',
      join(dir, 'flakyok.config.json'),
      'status',
      '--cache',
      cache,
      '--timeout',
      '2000',
      '--json',
    ];
    flakyUp = true;
    const first = await runCli(args, { cwd: dir });
    expect(JSON.parse(first.stdout).providers[0]).toMatchObject({ id: 'flakyok', indicator: 'none', cached: false });
    flakyUp = false;
    const stale = await runCli(args, { cwd: dir });
    flakyUp = true;
    const p = JSON.parse(stale.stdout).providers[0] as ProviderStatus & { cached: boolean; cacheAgeSeconds: number };
    expect(p).toMatchObject({ id: 'flakyok', indicator: 'unknown', cached: true, error: 'HTTP 503 ("down")' });
    expect(p.cacheAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(p.cachedAt).toBe(JSON.parse(first.stdout).providers[0].observedAt);
  });

  it('while sources are slow, says which are still pending (plain lines when not a terminal)', async () => {
    const r = await runCli(['status', '--provider', 'anthropic,hang', '--timeout', '30000', '--deadline', '1'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Checking 2 status sources: anthropic, hang…\n');
    expect(r.stderr).toContain('  anthropic answered; still waiting for hang\n');
    expect(r.stderr).not.toMatch(/\u001b\[/);
  });

  it('the whole command is bounded by --deadline', async () => {
    const r = await runCli(
      ['status', '--json', '--provider', 'hang,anthropic', '--timeout', '30000', '--deadline', '1'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(4_000);
    const [hang, anthropic] = (JSON.parse(r.stdout) as { providers: ProviderStatus[] }).providers;
    expect(hang).toMatchObject({ indicator: 'unknown', error: 'no answer before the run deadline' });
    expect(anthropic!.indicator).toBe('minor');
  });

  it('--cache shows the last good answer, with its age, when the source fails now', async () => {
    const cache = join(dir, 'cache');
    const args = ['--config', join(dir, 'flaky.config.json'), 'status', '--cache', cache, '--timeout', '2000'];
    flakyUp = true;
    const first = await runCli([...args, '--json'], { cwd: dir });
    expect(JSON.parse(first.stdout).providers[0]).toMatchObject({ id: 'flaky', indicator: 'minor', cached: false });
    const fetchedAt = JSON.parse(first.stdout).providers[0].observedAt as string;

    flakyUp = false;
    const stale = await runCli([...args, '--json'], { cwd: dir });
    expect(stale.code).toBe(0);
    expect(JSON.parse(stale.stdout).providers[0]).toMatchObject({
      id: 'flaky',
      indicator: 'minor',
      cachedAt: fetchedAt,
      cached: true,
      cacheAgeSeconds: expect.any(Number),
      error: 'HTTP 503 with an HTML body ("Bad Gateway")',
    });
    const text = await runCli(args, { cwd: dir });
    expect(text.stdout).toMatch(/^Flaky page\s+minor outage\*\s+Partially Degraded Service$/m);
    expect(text.stdout).toMatch(
      /^ {2}\* stale: last good answer from \d+s ago \(.+\); now: HTTP 503 with an HTML body \("Bad Gateway"\)$/m,
    );
    expect(text.stdout).toContain('Elevated errors on platform.claude.com');
  });
});
