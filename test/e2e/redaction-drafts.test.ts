// Redaction is for evidence and logs, never for the drafts: a short, word-like secret ("Notes") must not rewrite
// "Acme Notes" in the posts (which would then reveal it); a secret that does occur in a draft is a warning.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startServer, type TestServer } from '../helpers/server.js';

let dir: string;
let server: TestServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'layerpost-redact-drafts-'));
  // The handler echoes the key it was sent, as some error pages do: the evidence must not keep it.
  server = await startServer({
    '/health': (q, res) =>
      void res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { type: 'bad_key', message: `key ${String(q.headers['x-api-key'])} refused` } })),
  });
  const config = {
    product: { name: 'Acme Notes', feature: 'Acme Notes AI' },
    providers: [],
    probes: [
      {
        id: 'our-handler',
        layer: 'integration',
        http: { url: `${server.url}/health`, headers: { 'x-api-key': '${NOTES_KEY}' }, expect: { status: [200] } },
      },
    ],
  };
  await writeFile(join(dir, 'layerpost.config.json'), JSON.stringify(config));
});
afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('redaction and drafts', () => {
  it('a word-like secret is redacted from the evidence, not from the posts; a post holding it is a warning', async () => {
    const out = join(dir, 'drafts');
    const r = await runCli(
      [
        'draft',
        '--json',
        '--yes',
        '--layer',
        'integration',
        '--phase',
        'investigating',
        '--impact',
        'Acme Notes AI answers fail for some users.',
        '--out',
        out,
      ],
      { cwd: dir, env: { NOTES_KEY: 'Notes', HTTPS_PROXY: '', HTTP_PROXY: '' } },
    );
    expect(r.code, r.stderr).toBeLessThan(2);
    const printed = JSON.parse(r.stdout) as {
      bundle: string;
      drafts: Array<{ channel: string; text: string }>;
      findings: Array<{ rule: string; channel?: string }>;
    };
    const x = await readFile(join(printed.bundle, 'x.txt'), 'utf8');
    expect(x).toContain('Acme Notes');
    expect(x).not.toContain('[REDACTED]');
    expect(await readFile(join(printed.bundle, 'statuspage.md'), 'utf8')).not.toContain('[REDACTED]');
    const manifest = JSON.parse(await readFile(join(printed.bundle, 'draft.json'), 'utf8')) as {
      product: { name: string };
      drafts: Array<{ channel: string; text: string }>;
    };
    expect(manifest.product.name).toBe('Acme Notes');
    expect(manifest.drafts.find((d) => d.channel === 'x')!.text + '\n').toBe(x);
    expect(printed.drafts.find((d) => d.channel === 'x')!.text + '\n').toBe(x);
    const evidence = await readFile(join(printed.bundle, 'evidence.json'), 'utf8');
    expect(evidence).toContain('key [REDACTED] refused');
    expect(printed.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'secret-in-draft', channel: 'x' })]),
    );
    expect(r.stderr).toMatch(/warning: the \w+ draft holds the value of a secret/);
  });
});
