// Bluesky against the real reference server: @atproto/pds with an in-memory PLC on 127.0.0.1, installed by .ci/run
// into a temporary prefix (never a project dependency). Skipped, saying why, where it is not installed; .ci/run sets
// LAYERPOST_REQUIRE_PDS so CI cannot skip it silently.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDefaultDispatcher } from '../../src/platform/http.js';
import { PublishConfigSchema } from '../../src/config/publish.js';
import { configuredDestinations } from '../../src/publish/destinations/index.js';
import { httpSender } from '../../src/publish/http.js';
import type { Post } from '../../src/publish/types.js';
import { approve, cleanup, cli, draftIncident, project } from '../publish/project.js';

const PREFIX = process.env.LAYERPOST_PDS_PREFIX || join(tmpdir(), 'layerpost-pds');
const installed =
  existsSync(join(PREFIX, 'node_modules', '@atproto', 'pds', 'package.json')) &&
  existsSync(join(PREFIX, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
const required = process.env.LAYERPOST_REQUIRE_PDS === '1';
const SERVER = fileURLToPath(new URL('../publish/pds-server.cjs', import.meta.url));
const reason = `@atproto/pds is not installed in ${PREFIX} (.ci/run installs it; set LAYERPOST_PDS_PREFIX to another install)`;

if (!installed && required) throw new Error(`LAYERPOST_REQUIRE_PDS=1 but ${reason}`);
if (!installed) console.warn(`skipping the real-PDS tests: ${reason}`);

interface Pds {
  url: string;
  handle: string;
  password: string;
  did: string;
}

describe.skipIf(!installed)('Bluesky on the real reference PDS', () => {
  let child: ChildProcess;
  let pds: Pds;
  beforeAll(async () => {
    child = spawn(process.execPath, [SERVER, PREFIX], { stdio: ['pipe', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the PDS exited (${code}) before it was ready`)));
      createInterface({ input: child.stdout! }).once('line', resolve);
    });
    pds = JSON.parse(line) as Pds;
  }, 60_000);
  afterAll(async () => {
    child?.stdin?.end();
    if (child && child.exitCode === null) await new Promise((r) => child.once('exit', r));
    await closeDefaultDispatcher();
    cleanup();
  });

  const xrpc = async (method: string, params: Record<string, string>, jwt?: string) => {
    const res = await fetch(`${pds.url}/xrpc/${method}?${new URLSearchParams(params)}`, {
      headers: jwt ? { authorization: `Bearer ${jwt}` } : {},
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const posts = async () => {
    const r = await xrpc('com.atproto.repo.listRecords', {
      repo: pds.did,
      collection: 'app.bsky.feed.post',
      limit: '100',
    });
    return (
      (r.body.records ?? []) as Array<{
        uri: string;
        cid: string;
        value: { text: string; reply?: { root: { uri: string }; parent: { uri: string } } };
      }>
    ).reverse();
  };

  it('publishes a two-update thread; a lost outcome is read back with getRecord, not posted twice', async () => {
    const dir = project({
      timeoutSeconds: 10,
      bluesky: { url: pds.url, identifier: pds.handle, password: '${BLUESKY_APP_PASSWORD}' },
    });
    const env = { BLUESKY_APP_PASSWORD: pds.password };
    const bundles = await draftIncident(dir, 'pds', 2);
    for (const b of bundles) await approve(dir, b, 'Dana Lee', 'bluesky');
    const r = await cli(dir, ['publish', join('out', 'pds'), '--yes', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const got = await posts();
    expect(got.map((p) => p.value.text)).toEqual(
      bundles.map((b) => readFileSync(join(b, 'bluesky.txt'), 'utf8').trim()),
    );
    expect(got[1]!.value.reply).toMatchObject({ root: { uri: got[0]!.uri }, parent: { uri: got[0]!.uri } });

    // A run killed after the PDS stored update 2 but before the ledger said so: drop its outcome line.
    const ledgerPath = join(dir, 'out', 'pds', 'publish-ledger.jsonl');
    const lines = readFileSync(ledgerPath, 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ event: 'sent', update: 2 });
    writeFileSync(ledgerPath, lines.slice(0, -1).join('\n') + '\n');
    const again = await cli(dir, ['publish', join('out', 'pds'), '--yes', '--json'], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).results).toMatchObject([{ status: 'already-published' }, { status: 'published' }]);
    expect(readFileSync(ledgerPath, 'utf8')).toMatch(/"via":"read-back"/);
    expect(await posts()).toHaveLength(2);
  }, 120_000);

  it('the same record key twice: the PDS answers 500, and getRecord finds the first', async () => {
    const cfg = PublishConfigSchema.parse({ bluesky: { url: pds.url, identifier: pds.handle, password: '${BSKY}' } });
    const d = configuredDestinations(cfg, { send: httpSender(10_000), env: { BSKY: pds.password } })[0]!;
    const post: Post = {
      incident: 'x',
      update: 1,
      phase: 'investigating',
      layer: 'provider-api',
      channel: 'bluesky',
      text: 'Link check https://status.acme.example/incidents/1 works.',
      hash: 'h'.repeat(64),
      draftId: 'x/1/bluesky',
      approvedAt: '2026-12-06T14:00:00.000Z',
    };
    const params = d.params(post);
    const first = await d.send(post, params, undefined);
    expect(first.kind).toBe('sent');
    expect(await d.send(post, params, undefined)).toMatchObject({
      kind: 'unknown',
      reason: expect.stringMatching(/^HTTP 500/),
    });
    expect(await d.readBack(post, params, undefined)).toMatchObject({ kind: 'found' });
    const missing = await d.readBack(post, { ...params, rkey: '3lzzzzzzzzz22' }, undefined);
    expect(missing.kind).toBe('absent');
    const rec = await xrpc('com.atproto.repo.getRecord', {
      repo: pds.did,
      collection: 'app.bsky.feed.post',
      rkey: params.rkey!,
    });
    expect(rec.body.value).toMatchObject({
      facets: [{ features: [{ uri: 'https://status.acme.example/incidents/1' }] }],
    });
  }, 60_000);
});
