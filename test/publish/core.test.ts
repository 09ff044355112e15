// The publisher's pure parts: approval hashing and state, the ledger's folding of torn files, the lock, facets, TIDs,
// classification, config.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  approvalState,
  approveRefusal,
  findingsFor,
  parseApprovals,
  textHash,
  type ApprovalRecord,
} from '../../src/publish/approval.js';
import { channelText } from '../../src/publish/bundle.js';
import { PublishConfigSchema } from '../../src/config/publish.js';
import { linkFacets, tid } from '../../src/publish/destinations/bluesky.js';
import { plainContent } from '../../src/publish/destinations/mastodon.js';
import { notSent, retryAfterMs } from '../../src/publish/http.js';
import { acquireLock, foldLedger, Ledger, LOCK_FILE, parseLedger, postKey } from '../../src/publish/ledger.js';
import { ConfigSchema } from '../../src/config/schema.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'layerpost-core-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const rec = (over: Partial<ApprovalRecord>): ApprovalRecord => ({
  schema: 'layerpost.approval/v1',
  incident: 'i',
  update: 1,
  channel: 'x',
  hash: 'h1',
  approver: 'Dana',
  at: '2026-12-06T10:00:00Z',
  acceptedWarnings: [],
  ...over,
});

describe('approval', () => {
  it('the hash covers the channel, the title and every character of the text', () => {
    const h = textHash('statuspage', 'Title', 'Body.');
    expect(textHash('statuspage', 'Title', 'Body. ')).not.toBe(h);
    expect(textHash('statuspage', 'Title!', 'Body.')).not.toBe(h);
    expect(textHash('slack', 'Title', 'Body.')).not.toBe(h);
    expect(textHash('statuspage', 'Title', 'Body.')).toBe(h);
  });

  it("statuspage.md's '# title' line is the title; an edit of either makes the approval stale", () => {
    const a = channelText('statuspage', 'statuspage.md', '# Acme AI errors\n\nAnswers fail.\n');
    expect(a).toMatchObject({ title: 'Acme AI errors', text: 'Answers fail.' });
    const b = channelText('statuspage', 'statuspage.md', '# Acme AI errors (edited)\n\nAnswers fail.\n');
    const records = [rec({ channel: 'statuspage', hash: a.hash })];
    expect(approvalState(records, 'statuspage', a.hash, 'one-person').state).toBe('approved');
    expect(approvalState(records, 'statuspage', b.hash, 'one-person').state).toBe('stale');
    expect(approvalState(records, 'slack', a.hash, 'one-person').state).toBe('unapproved');
  });

  it('the latest approval of a channel decides', () => {
    const records = [rec({ hash: 'old' }), rec({ hash: 'new', approver: 'Sam' })];
    expect(approvalState(records, 'x', 'new', 'one-person')).toMatchObject({
      state: 'approved',
      record: { approver: 'Sam' },
    });
    expect(approvalState(records, 'x', 'old', 'one-person').state).toBe('stale');
  });

  it('two-person: the drafter may not approve (names compared without case); an unknown drafter is refused too', () => {
    expect(approveRefusal('two-person', 'dana lee', 'Dana Lee')).toMatch(/two-person and dana lee drafted this update/);
    expect(approveRefusal('two-person', 'Sam', 'Dana Lee')).toBeUndefined();
    expect(approveRefusal('two-person', 'Sam', undefined)).toMatch(/does not record who drafted it/);
    expect(approveRefusal('one-person', 'Dana Lee', 'Dana Lee')).toBeUndefined();
    expect(approvalState([rec({ approver: 'Dana', draftedBy: 'Dana' })], 'x', 'h1', 'two-person').state).toBe(
      'not-allowed',
    );
  });

  it("a channel's findings: its own and the update's", () => {
    const f = findingsFor(
      [
        { rule: 'length', severity: 'error', message: 'too long', channel: 'x' },
        { rule: 'no-eta', severity: 'warning', message: 'eta', channel: 'slack' },
        { rule: 'layer-named', severity: 'warning', message: 'all' },
      ],
      'slack',
    );
    expect(f.errors).toEqual([]);
    expect(f.warnings.map((w) => w.rule)).toEqual(['no-eta', 'layer-named']);
  });

  it('approvals.jsonl: a torn last line is skipped', () => {
    const text = JSON.stringify(rec({})) + '\n' + JSON.stringify(rec({ hash: 'h2' })).slice(0, 30);
    expect(parseApprovals(text)).toHaveLength(1);
  });
});

describe('ledger', () => {
  const base = {
    schema: 'layerpost.ledger/v1',
    phase: 'investigating',
    channel: 'slack',
    destination: 'slack',
    draftId: 'i/1/slack',
    hash: 'h',
    update: 1,
  };
  it('folds intent → outcome; an intent without outcome is in flight; once sent, it stays sent', () => {
    const lines = [
      { ...base, at: '1', event: 'intent', attempt: 'a' },
      { ...base, at: '2', event: 'unknown', attempt: 'a', reason: 'timeout' },
      { ...base, at: '3', event: 'intent', attempt: 'b', params: { marker: 'm' } },
    ];
    expect(
      foldLedger(parseLedger(lines.map((l) => JSON.stringify(l)).join('\n'))).get(postKey(1, 'slack')),
    ).toMatchObject({ status: 'in-flight', intent: { attempt: 'b' } });
    const sent = [
      ...lines,
      { ...base, at: '4', event: 'sent', attempt: 'b', remoteId: 'C/1.2', thread: { rootTs: '1.2' } },
      { ...base, at: '5', event: 'intent', attempt: 'c' },
    ];
    expect(
      foldLedger(parseLedger(sent.map((l) => JSON.stringify(l)).join('\n'))).get(postKey(1, 'slack')),
    ).toMatchObject({ status: 'sent', sent: { remoteId: 'C/1.2' } });
  });

  it('a line torn by a killed writer is ignored, and the next entry starts on a line of its own', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'publish-ledger.jsonl'),
      JSON.stringify({ ...base, at: '1', event: 'intent', attempt: 'a' }) + '\n{"schema":"layerpost.ledger/v1","ev',
    );
    const l = new Ledger(dir);
    await l.load();
    expect(l.all()).toHaveLength(1);
    await l.append({ ...base, event: 'sent', attempt: 'a', remoteId: 'r' } as never);
    const again = new Ledger(dir);
    await again.load();
    expect(again.all().map((e) => e.event)).toEqual(['intent', 'sent']);
    expect(again.state(1, 'slack').status).toBe('sent');
  });

  it('appending redacts registered secrets', async () => {
    const { registerSecret } = await import('../../src/platform/secrets.js');
    registerSecret('tok-very-secret-99');
    const dir = temp();
    const l = new Ledger(dir);
    await l.append({
      ...base,
      event: 'failed',
      attempt: 'a',
      reason: 'HTTP 401 bad token tok-very-secret-99',
    } as never);
    expect(readFileSync(l.path, 'utf8')).not.toContain('tok-very-secret-99');
  });
});

describe('lock', () => {
  it('is exclusive: a second taker waits, then gives up with who holds it', async () => {
    const dir = temp();
    const release = await acquireLock(dir, { waitMs: 0 });
    await expect(acquireLock(dir, { waitMs: 200 })).rejects.toThrow(
      /another publish of this incident is running \(pid \d+/,
    );
    await release();
    const again = await acquireLock(dir, { waitMs: 0 });
    await again();
  });

  it('a lock whose pid is gone on this host is stale and broken', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), startedAt: 'then', token: 't' }),
    );
    const release = await acquireLock(dir, { waitMs: 0 });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('a live pid that started after the lock was taken is a reused pid: the lock is stale', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2000-01-01T00:00:00Z', token: 't' }),
    );
    const release = await acquireLock(dir, { waitMs: 0 });
    await release();
    // The same pid with a lock taken after it started is a live holder.
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), token: 't' }),
    );
    await expect(acquireLock(dir, { waitMs: 0 })).rejects.toThrow(/another publish of this incident is running/);
  });

  it("another host's lock is never broken automatically", async () => {
    const dir = temp();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'other-host', startedAt: 'then', token: 't' }));
    await expect(acquireLock(dir, { waitMs: 0 })).rejects.toThrow(
      /held by pid 1 on other-host since then; if no publish is running there, remove the file/,
    );
  });
});

describe('destinations, pure parts', () => {
  it('Bluesky link facets use UTF-8 byte offsets, end exclusive, without trailing punctuation', () => {
    const text = 'Störung 🔥 see https://status.acme.example/i/1. Thanks';
    const [f] = linkFacets(text) as Array<{
      index: { byteStart: number; byteEnd: number };
      features: Array<{ uri: string }>;
    }>;
    expect(f!.features[0]!.uri).toBe('https://status.acme.example/i/1');
    expect(Buffer.from(text).subarray(f!.index.byteStart, f!.index.byteEnd).toString()).toBe(
      'https://status.acme.example/i/1',
    );
  });

  it('a TID is 13 base32-sortable characters and sorts by time', () => {
    const a = tid(1_765_000_000_000_000n, 5);
    const b = tid(1_765_000_000_000_001n, 5);
    expect(a).toMatch(/^[234567a-z]{13}$/);
    expect(a < b).toBe(true);
  });

  it("Mastodon's HTML content reads back as the posted text", () => {
    expect(
      plainContent(
        '<p>Answers fail &amp; retry.<br />See <a href="https://x.example/a"><span class="invisible">https://</span><span class="ellipsis">x.example/a</span></a></p><p>Next update 14:30.</p>',
      ),
    ).toBe('Answers fail & retry. See https://x.example/a Next update 14:30.');
  });

  it('classifies: no connection and 4xx refused; timeout, reset, 5xx unknown; 429/420 rate limits with Retry-After', () => {
    expect(notSent({ kind: 'net', outcome: 'refused', message: 'connection refused' }).kind).toBe('failed');
    expect(notSent({ kind: 'net', outcome: 'timeout', message: 'timed out' }).kind).toBe('unknown');
    expect(notSent({ kind: 'net', outcome: 'reset', message: 'reset' }).kind).toBe('unknown');
    expect(notSent({ kind: 'response', status: 502, headers: {}, text: '', json: undefined }).kind).toBe('unknown');
    expect(notSent({ kind: 'response', status: 401, headers: {}, text: '', json: undefined }).kind).toBe('failed');
    expect(
      notSent({ kind: 'response', status: 420, headers: { 'retry-after': '3' }, text: '', json: undefined }),
    ).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 });
    expect(retryAfterMs({ 'retry-after': new Date(10_000).toUTCString() }, 4_000)).toBe(6_000);
  });
});

describe('config', () => {
  it('credentials must be references; a literal is refused naming the field and the fix', () => {
    const r = ConfigSchema.safeParse({ publish: { mastodon: { url: 'https://m.example', token: 'abc123literal' } } });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(
      /"path":\["publish","mastodon","token"\].*a literal credential; write \\"\$\{MASTODON_TOKEN\}\\"/,
    );
    expect(PublishConfigSchema.safeParse({ slack: { webhook: 'https://hooks.example/services/T/B/x' } }).success).toBe(
      false,
    );
    expect(PublishConfigSchema.safeParse({ slack: { webhook: '${SLACK_WEBHOOK_URL}', channel: 'C1' } }).success).toBe(
      false,
    );
    expect(PublishConfigSchema.parse({ bluesky: { identifier: 'a.test', password: '${secret:BSKY}' } })).toMatchObject({
      approval: 'one-person',
      bluesky: { url: 'https://bsky.social' },
    });
  });
});

describe('Statuspage requests', async () => {
  const { configuredDestinations } = await import('../../src/publish/destinations/index.js');
  const d = (sp: Record<string, unknown>) =>
    configuredDestinations(
      PublishConfigSchema.parse({
        statuspage: { url: 'https://sp.example/v1', page: 'pg', apiKey: '${SP_KEY}', ...sp },
      }),
      { send: async () => ({ kind: 'net', outcome: 'error', message: 'unused' }), env: { SP_KEY: 'k-123456' } },
    )[0]!;
  const post = (over: Record<string, unknown> = {}) => ({
    incident: 'i',
    update: 1,
    phase: 'investigating',
    layer: 'provider-api',
    impactLevel: 'critical' as const,
    channel: 'statuspage',
    title: 'T',
    text: 'B',
    hash: 'h',
    draftId: 'i/1/statuspage',
    approvedAt: '',
    ...over,
  });
  const body = (dest: ReturnType<typeof d>, p: ReturnType<typeof post>, prev?: Record<string, string>) =>
    dest.show(p, dest.params(p), prev)[0]!.body as { incident: Record<string, unknown> };

  it('component status: by layer, else by impact (config, else the drafting rule), operational at resolved', () => {
    const cfg = {
      components: ['c1'],
      componentStatus: {
        impact: { minor: 'degraded_performance' },
        layers: { 'model-quality': 'degraded_performance' },
      },
    };
    expect(body(d(cfg), post()).incident).toMatchObject({
      components: { c1: 'major_outage' },
      component_ids: ['c1'],
      impact_override: 'critical',
      metadata: { layerpost: { draft_id: 'i/1/statuspage' } },
    });
    expect(body(d(cfg), post({ layer: 'model-quality' })).incident.components).toEqual({ c1: 'degraded_performance' });
    expect(body(d(cfg), post({ impactLevel: 'minor' })).incident.components).toEqual({ c1: 'degraded_performance' });
    const resolved = body(d(cfg), post({ phase: 'resolved', layer: 'model-quality' }), { incidentId: 'inc9' });
    expect(resolved.incident).toMatchObject({ status: 'resolved', components: { c1: 'operational' }, name: 'T' });
    expect(resolved.incident.metadata).toBeUndefined();
  });

  it('deliver_notifications from config; the key goes as "OAuth" and nowhere else', () => {
    const dest = d({ deliver_notifications: false });
    const [req] = dest.show(post(), dest.params(post()), { incidentId: 'inc9' });
    expect(req).toMatchObject({
      method: 'PATCH',
      url: 'https://sp.example/v1/pages/pg/incidents/inc9',
      headers: { authorization: 'OAuth k-123456' },
    });
    expect((req!.body as { incident: Record<string, unknown> }).incident.deliver_notifications).toBe(false);
    expect(body(d({}), post()).incident.deliver_notifications).toBe(true);
  });
});
