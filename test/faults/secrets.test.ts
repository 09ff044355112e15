// Secrets and hostile text through a whole run: ${ENV} keys echoed back by the server never reach stdout, stderr,
// evidence or any bundle file.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import { HOSTILE_TEXT } from './fault-server.js';
import { assertNoStack, assertUserError, faultServerOfFile, filesUnder, project } from './project.js';

// A realistic API key, and a password whose characters change under every encoding (URL, base64, JSON, HTML).
const KEY = 'sk-ant-api03-FAULTsuite_7Qz9-kLmN0pQrStUvWx';
const PASS = 'pw-Fault/Pass+wd="q"\\z&<b>!';
const ENV = { LP_FAULT_KEY: KEY, LP_FAULT_PASS: PASS };

/** Every form in which a secret could leak: as is, URL-encoded, base64, inside a JSON string, HTML-escaped. */
function forms(secret: string): string[] {
  const html = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret).toString('base64'),
      JSON.stringify(secret).slice(1, -1),
      html,
      new URL(`http://h/?t=${secret}`).search.slice(3),
    ]),
  ];
}

const srv = faultServerOfFile();
let dir: string;
const runs: Record<string, CliResult> = {};

beforeAll(async () => {
  dir = project({
    product: { name: 'Acme Notes', feature: 'Acme AI' },
    providers: [{ id: 'anthropic', status: { kind: 'statuspage', url: srv().at('hostile', '/summary.json') } }],
    timeoutMs: 3000,
    probes: [
      {
        id: 'handler-echo',
        layer: 'integration',
        timeoutMs: 3000,
        http: {
          url: srv().at('echo', '/health?token=${LP_FAULT_PASS}'),
          headers: { authorization: 'Bearer ${LP_FAULT_PASS}', 'x-api-key': '${LP_FAULT_KEY}' },
          expect: { status: [200], contains: 'never-in-the-echo' },
        },
      },
      {
        id: 'canary-401',
        layer: 'model-endpoint',
        provider: 'anthropic',
        model: 'claude-opus-4-7',
        timeoutMs: 3000,
        'llm-canary': {
          api: 'anthropic',
          baseUrl: srv().at('echo-401'),
          model: 'claude-opus-4-7',
          apiKey: '${LP_FAULT_KEY}',
        },
      },
      {
        id: 'canary-echo',
        layer: 'model-quality',
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        timeoutMs: 3000,
        'llm-canary': {
          api: 'openai',
          baseUrl: srv().at('echo'),
          model: 'claude-sonnet-4-6',
          apiKey: '${LP_FAULT_PASS}',
          headers: { 'x-extra': 'k=${LP_FAULT_KEY}' },
        },
      },
    ],
  });
  const opts = { cwd: dir, env: ENV, timeoutMs: 30_000 };
  // probe (text with --verbose, and --json with --save), then drafts from the saved file and from a live run.
  [runs.probeText, runs.probeJson] = await Promise.all([
    runCli(['probe', '--verbose'], opts),
    runCli(['probe', '--json', '--save', 'evidence.json'], opts),
  ]);
  [runs.draftFrom, runs.draftLive] = await Promise.all([
    runCli(['draft', '--json', '--from', 'evidence.json', '--yes', '--out', 'out', '--incident', 'from-file'], opts),
    runCli(['draft', '--yes', '--out', 'out', '--incident', 'live', '--deadline', '10'], opts),
  ]);
}, 60_000);

describe('secrets', () => {
  it('every run did its work (so the greps below look at real output)', () => {
    expect(runs.probeText!.code, runs.probeText!.stderr).toBe(1);
    expect(runs.probeJson!.code, runs.probeJson!.stderr).toBe(1);
    expect(runs.draftFrom!.code, runs.draftFrom!.stderr).toBeLessThanOrEqual(1);
    expect(runs.draftLive!.code, runs.draftLive!.stderr).toBeLessThanOrEqual(1);
    for (const r of Object.values(runs)) assertNoStack(r.stderr);
    const bundles = filesUnder(join(dir, 'out'));
    expect(bundles.filter((f) => f.endsWith('review.html'))).toHaveLength(2);
    // The server did send the secrets back: the redaction marker stands where they would have been.
    expect(readFileSync(join(dir, 'evidence.json'), 'utf8')).toContain('[REDACTED]');
  });

  it('no form of either secret, nor 12 characters of one, in stdout, stderr, the evidence file, or any file of either bundle', () => {
    const artefacts: Array<[string, string]> = [
      ...Object.entries(runs).flatMap(([name, r]) => [
        [`${name} stdout`, r.stdout] as [string, string],
        [`${name} stderr`, r.stderr] as [string, string],
      ]),
      ...filesUnder(dir).map((f) => [f, readFileSync(f, 'utf8')] as [string, string]),
    ];
    expect(artefacts.length).toBeGreaterThan(20);
    // Any 12 characters in a row of any form count: a detail cut short must not carry most of a secret either.
    const pieces = new Set(
      [KEY, PASS]
        .flatMap(forms)
        .flatMap((f) => Array.from({ length: Math.max(1, f.length - 11) }, (_, i) => f.slice(i, i + 12))),
    );
    const leaks: string[] = [];
    for (const piece of pieces)
      for (const [where, text] of artefacts) if (text.includes(piece)) leaks.push(`${where}: …${piece}…`);
    expect(leaks).toEqual([]);
  });

  it('missing environment variables that leave no probe to run are exit 2 naming every one, before any request', async () => {
    const before = srv().hits.length;
    const r = await runCli(['probe', '--no-status'], {
      cwd: dir,
      env: { LP_FAULT_KEY: undefined, LP_FAULT_PASS: undefined },
      timeoutMs: 30_000,
    });
    assertUserError(r, 2, /LP_FAULT_PASS, LP_FAULT_KEY are not set/);
    expect(srv().hits.length).toBe(before);
  });
});

describe('hostile status text', () => {
  it('reaches the evidence as data, never as markup or template code', () => {
    const evidence = readFileSync(join(dir, 'evidence.json'), 'utf8');
    expect(evidence).toContain(JSON.stringify(HOSTILE_TEXT).slice(1, -1));
    for (const f of filesUnder(join(dir, 'out'))) {
      const text = readFileSync(f, 'utf8');
      // Template syntax from the network is never compiled: nothing reaches a Function.
      expect(text, f).not.toMatch(/function Function|\[native code\]/);
      if (f.endsWith('.html')) {
        expect(text, f).not.toContain('<img src=x');
        expect(text, f).not.toContain('<script>alert(2)');
        expect(text, f).not.toMatch(/href=["']?javascript:/i);
      }
    }
  });

  it('slack.md escapes &, < and > (Slack reads "<!channel>" as a mention of everyone, "<url|text>" as a link)', () => {
    const slack = filesUnder(join(dir, 'out')).filter((f) => f.endsWith('slack.md'));
    expect(slack.length).toBeGreaterThan(0);
    for (const f of slack) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/[<>]/);
      expect(text, f).toContain('&lt;!channel&gt;');
    }
  });
});
