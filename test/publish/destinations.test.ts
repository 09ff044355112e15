// Each destination against its fake, misbehaving on request: every fault leaves the ledger and the destination in
// agreement, with each post there once (or, where it cannot be known, reported as unknown and never re-sent blindly).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDefaultDispatcher } from '../../src/platform/http.js';
import type { PublishBundle } from '../../src/publish/bundle.js';
import { textHash } from '../../src/publish/approval.js';
import { configuredDestinations } from '../../src/publish/destinations/index.js';
import { httpSender } from '../../src/publish/http.js';
import { Ledger } from '../../src/publish/ledger.js';
import { execute, toPost, type PlanItem } from '../../src/publish/run.js';
import { PublishConfigSchema } from '../../src/config/publish.js';
import type { Destination } from '../../src/publish/types.js';
import { fakeBluesky, fakeMastodon, fakeSlack, fakeStatuspage } from './fakes.js';
import { publishConfig, SECRETS } from './project.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await closeDefaultDispatcher();
});

function bundle(update: number, phase: string, text: string): PublishBundle {
  const texts = ['statuspage', 'slack', 'mastodon', 'bluesky'].map((channel) => ({
    channel,
    file: `${channel}.txt`,
    title: channel === 'statuspage' ? 'Acme AI errors' : undefined,
    text: `${text} (${channel})`,
    hash: textHash(channel, channel === 'statuspage' ? 'Acme AI errors' : undefined, `${text} (${channel})`),
  }));
  return {
    dir: '/nowhere',
    manifest: {
      incident: 'inc',
      update,
      phase,
      layer: 'provider-api',
      answers: { impactLevel: 'major' },
      findings: [],
      drafts: [],
    } as unknown as PublishBundle['manifest'],
    texts,
    approvals: [],
  };
}

interface Rig {
  ledger: Ledger;
  dest(id: string): Destination;
  run(
    id: string,
    update?: number,
    o?: { retryUnknown?: boolean; rateLimitWaitMs?: number },
  ): ReturnType<typeof execute>;
}

let rigs = 0;
function rig(fakes: Parameters<typeof publishConfig>[0], extra: Record<string, unknown> = {}): Rig {
  // Each rig posts texts of its own: the fakes keep Idempotency-Keys and record keys across tests, as servers do.
  const n = ++rigs;
  const dir = mkdtempSync(join(tmpdir(), 'layerpost-dest-'));
  dirs.push(dir);
  const ledger = new Ledger(dir);
  const cfg = PublishConfigSchema.parse(publishConfig(fakes, { timeoutSeconds: 1, ...extra }));
  const all = configuredDestinations(cfg, { send: httpSender(1_000), env: { ...SECRETS } });
  const dest = (id: string) => all.find((d) => d.id === id)!;
  return {
    ledger,
    dest,
    run: (id, update = 1, o = {}) => {
      const b = bundle(
        update,
        ['investigating', 'identified', 'monitoring', 'resolved'][update - 1]!,
        `Update ${update} (run ${n}): answers fail`,
      );
      const d = dest(id);
      const t = b.texts.find((x) => x.channel === d.channel)!;
      const item: PlanItem = { bundle: b, destination: d, text: t, post: toPost(b, t, '2026-12-06T14:00:00.000Z') };
      return execute(item, {
        ledger,
        by: 'test',
        rateLimitWaitMs: o.rateLimitWaitMs ?? 5_000,
        retryUnknown: o.retryUnknown,
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        readBackDelayMs: 0,
      });
    },
  };
}

type F = Awaited<ReturnType<typeof start>>;
async function start(opts: { duplicateKey500?: boolean; historyScope?: boolean } = {}) {
  const [statuspage, slack, mastodon, bluesky] = await Promise.all([
    fakeStatuspage({ page: 'pg1', key: SECRETS.STATUSPAGE_API_KEY }),
    fakeSlack({ token: SECRETS.SLACK_BOT_TOKEN, channel: 'C0INCIDENT', historyScope: opts.historyScope }),
    fakeMastodon({ token: SECRETS.MASTODON_TOKEN, duplicateKey500: opts.duplicateKey500 }),
    fakeBluesky({ identifier: 'status.acme.test', password: SECRETS.BLUESKY_APP_PASSWORD }),
  ]);
  return {
    statuspage,
    slack,
    mastodon,
    bluesky,
    close: () => Promise.all([statuspage, slack, mastodon, bluesky].map((x) => x.close())),
  };
}

let f: F;
beforeAll(async () => {
  f = await start();
});
afterAll(() => f.close());
const events = (r: Rig) => r.ledger.all().map((e) => e.event);

describe('Statuspage', () => {
  afterEach(() => void f.statuspage.incidents.splice(0));
  it.each([
    ['5xx after accepting', { kind: 'error-after' } as const],
    ['a dropped connection after accepting', { kind: 'drop-after' } as const],
    ['a slow answer past the timeout', { kind: 'slow', ms: 2_500 } as const],
  ])('%s: unknown, read back by the incident marker, found: one incident', async (_n, fault) => {
    const r = rig(f);
    f.statuspage.inject('POST /incidents', fault);
    const res = await r.run('statuspage');
    expect(res).toMatchObject({ status: 'published', remoteId: expect.stringMatching(/^inc\d+\/u\d+$/) });
    expect(f.statuspage.incidents).toHaveLength(1);
    expect(events(r)).toEqual(['intent', 'unknown', 'sent']);
    expect(r.ledger.all().at(-1)).toMatchObject({ via: 'read-back' });
  });

  it('a follow-up answered 500 after accepting is found by its body: one update, not two', async () => {
    const r = rig(f);
    await r.run('statuspage', 1);
    f.statuspage.inject('PATCH /incidents/:id', { kind: 'error-after', status: 503 });
    expect(await r.run('statuspage', 2)).toMatchObject({ status: 'published' });
    expect(f.statuspage.incidents[0]!.incident_updates.map((u) => u.status)).toEqual(['identified', 'investigating']);
  });

  it('420 and 429 with Retry-After are waited out, then sent once', async () => {
    const r = rig(f);
    f.statuspage.inject(
      'POST /incidents',
      { kind: 'rate-limit', status: 420, retryAfter: '0.2' },
      { kind: 'rate-limit', status: 429, retryAfter: '0.1' },
    );
    expect(await r.run('statuspage')).toMatchObject({ status: 'published' });
    expect(events(r)).toEqual(['intent', 'failed', 'intent', 'failed', 'intent', 'sent']);
    expect(f.statuspage.incidents).toHaveLength(1);
  });

  it('a rate limit longer than the deadline is reported, nothing sent; the next run sends it', async () => {
    const r = rig(f);
    f.statuspage.inject('POST /incidents', { kind: 'rate-limit', retryAfter: '120' });
    const res = await r.run('statuspage', 1, { rateLimitWaitMs: 1_000 });
    expect(res.status).toBe('failed');
    expect(res.reason).toMatch(/rate limited .*wait 120 s, more than the 1 s allowed; run again later/);
    expect(f.statuspage.incidents).toHaveLength(0);
    expect(await r.run('statuspage')).toMatchObject({ status: 'published' });
  });

  it('a 422 is a definite failure: recorded, not read back', async () => {
    const r = rig(f);
    f.statuspage.inject('POST /incidents', {
      kind: 'refuse',
      status: 422,
      body: { message: 'Validation failed: name is too long' },
    });
    const before = f.statuspage.hits.length;
    const res = await r.run('statuspage');
    expect(res).toMatchObject({ status: 'failed', reason: 'HTTP 422 Validation failed: name is too long' });
    expect(f.statuspage.hits.slice(before)).toEqual(['POST /v1/pages/pg1/incidents']);
  });
});

describe('Slack', () => {
  afterEach(() => void f.slack.messages.splice(0));
  it("fatal_error after posting ('some aspect may have succeeded'): read back by message metadata, found", async () => {
    const r = rig(f);
    f.slack.inject('POST /api/chat.postMessage', { kind: 'slack-error', error: 'fatal_error', commit: true });
    expect(await r.run('slack')).toMatchObject({ status: 'published' });
    expect(f.slack.messages).toHaveLength(1);
  });

  it('ok:false channel_not_found is a definite failure', async () => {
    const r = rig(f);
    f.slack.inject('POST /api/chat.postMessage', { kind: 'slack-error', error: 'channel_not_found' });
    expect(await r.run('slack')).toMatchObject({ status: 'failed', reason: 'Slack: channel_not_found' });
    expect(events(r)).toEqual(['intent', 'failed']);
  });

  it('without the history scope an unknown outcome stays unknown, is not re-sent, and --retry-unknown sends it', async () => {
    const g = await start({ historyScope: false });
    try {
      const r = rig(g);
      g.slack.inject('POST /api/chat.postMessage', { kind: 'drop-after' });
      const res = await r.run('slack');
      expect(res.status).toBe('unknown');
      expect(res.reason).toMatch(/cannot be read back \(Slack: missing_scope\); look in the Slack channel C0INCIDENT/);
      const again = await r.run('slack');
      expect(again.status).toBe('unknown');
      expect(g.slack.messages).toHaveLength(1);
      // The operator looked: the message is there after all (dropped answer), so they do not retry. Had it not been:
      g.slack.messages.splice(0);
      expect(await r.run('slack', 1, { retryUnknown: true })).toMatchObject({ status: 'published' });
      expect(g.slack.messages).toHaveLength(1);
    } finally {
      await g.close();
    }
  });

  it('the incoming webhook: a 500 after accepting is unknown and never retried blindly', async () => {
    const r = rig(f, { slack: { webhook: '${SLACK_WEBHOOK_URL}' } });
    const d = configuredDestinations(
      PublishConfigSchema.parse(publishConfig(f, { slack: { webhook: '${SLACK_WEBHOOK_URL}' } })),
      { send: httpSender(500), env: { ...SECRETS, SLACK_WEBHOOK_URL: `${f.slack.url}/services/T0/B0/secretpath` } },
    ).find((x) => x.id === 'slack')!;
    expect(d.checkHint).toMatch(/incoming webhook returns no message id/);
    f.slack.inject('POST /webhook', { kind: 'error-after' });
    const b = bundle(1, 'investigating', 'Webhook post');
    const t = b.texts.find((x) => x.channel === 'slack')!;
    const res = await execute(
      { bundle: b, destination: d, text: t, post: toPost(b, t, '2026-12-06T14:00:00Z') },
      { ledger: r.ledger, by: 't', rateLimitWaitMs: 0, sleep: async () => undefined },
    );
    expect(res.status).toBe('unknown');
    expect(f.slack.webhookPosts).toHaveLength(1);
  });
});

describe('Mastodon', () => {
  afterEach(() => void f.mastodon.statuses.splice(0));
  it('a dropped answer: read back from the account statuses, found', async () => {
    const r = rig(f);
    f.mastodon.inject('POST /api/v1/statuses', { kind: 'drop-after' });
    expect(await r.run('mastodon')).toMatchObject({ status: 'published' });
    expect(f.mastodon.statuses).toHaveLength(1);
  });

  it('the duplicate-key 500 (mastodon#40399) after a retry is read back, not posted again', async () => {
    const g = await start({ duplicateKey500: true });
    try {
      const r = rig(g);
      // The first attempt lands, but its answer is lost; a read-back that misses it (the status list lagging)
      // leads to a second send with the same Idempotency-Key, which this server answers 500.
      g.mastodon.inject('POST /api/v1/statuses', { kind: 'drop-after' });
      const d = r.dest('mastodon');
      const rb = d.readBack.bind(d);
      let first = true;
      d.readBack = async (...a) => (first ? ((first = false), { kind: 'absent' as const }) : rb(...a));
      expect(await r.run('mastodon')).toMatchObject({ status: 'published' });
      expect(g.mastodon.statuses).toHaveLength(1);
      expect(events(r)).toEqual(['intent', 'unknown', 'intent', 'unknown', 'sent']);
    } finally {
      await g.close();
    }
  });

  it('follow-ups reply to the previous status', async () => {
    const r = rig(f);
    expect(await r.run('mastodon', 1)).toMatchObject({ status: 'published' });
    f.mastodon.inject('POST /api/v1/statuses', { kind: 'error-after', status: 502 });
    expect(await r.run('mastodon', 2)).toMatchObject({ status: 'published' });
    expect(f.mastodon.statuses.map((s) => s.in_reply_to_id)).toEqual([null, f.mastodon.statuses[0]!.id]);
  });
});

describe('Bluesky', () => {
  afterEach(() => void f.bluesky.records.splice(0));
  it('5xx after accepting: getRecord at the chosen record key finds it', async () => {
    const r = rig(f);
    f.bluesky.inject('POST createRecord', { kind: 'error-after' });
    expect(await r.run('bluesky')).toMatchObject({
      status: 'published',
      remoteId: expect.stringMatching(/^at:\/\/did:plc:fake0status\/app\.bsky\.feed\.post\/[2-7a-z]{13}$/),
    });
    expect(f.bluesky.records).toHaveLength(1);
  });

  it('a duplicate record key answers 500; that is read back, not posted again', async () => {
    const r = rig(f);
    const d = r.dest('bluesky');
    const b = bundle(1, 'investigating', 'Twice');
    const t = b.texts.find((x) => x.channel === 'bluesky')!;
    const post = toPost(b, t, '2026-12-06T14:00:00.000Z');
    const params = d.params(post);
    expect(await d.send(post, params, undefined)).toMatchObject({ kind: 'sent' });
    expect(await d.send(post, params, undefined)).toMatchObject({
      kind: 'unknown',
      reason: 'HTTP 500 InternalServerError: Internal Server Error',
    });
    expect(await d.readBack(post, params, undefined)).toMatchObject({ kind: 'found' });
    expect(f.bluesky.records).toHaveLength(1);
  });

  it('a wrong app password is a definite failure before anything is posted', async () => {
    const r = rig(f);
    const d = configuredDestinations(PublishConfigSchema.parse(publishConfig(f)), {
      send: httpSender(500),
      env: { ...SECRETS, BLUESKY_APP_PASSWORD: 'wrong-password' },
    }).find((x) => x.id === 'bluesky')!;
    const b = bundle(1, 'investigating', 'Nope');
    const t = b.texts.find((x) => x.channel === 'bluesky')!;
    const res = await execute(
      { bundle: b, destination: d, text: t, post: toPost(b, t, '2026-12-06T14:00:00Z') },
      { ledger: r.ledger, by: 't', rateLimitWaitMs: 0, sleep: async () => undefined },
    );
    expect(res).toMatchObject({
      status: 'failed',
      reason: 'Bluesky session: HTTP 401 AuthenticationRequired: Invalid identifier or password',
    });
    expect(
      r.ledger
        .all()
        .map((e) => JSON.stringify(e))
        .join(''),
    ).not.toContain('wrong-password');
  });
});

describe('every destination × every fault: published exactly once', () => {
  const ROUTES = {
    statuspage: 'POST /incidents',
    slack: 'POST /api/chat.postMessage',
    mastodon: 'POST /api/v1/statuses',
    bluesky: 'POST createRecord',
  } as const;
  const count = (id: keyof typeof ROUTES) =>
    ({
      statuspage: f.statuspage.incidents.length,
      slack: f.slack.messages.length,
      mastodon: f.mastodon.statuses.length,
      bluesky: f.bluesky.records.length,
    })[id];
  const FAULTS: Array<[string, import('./fakes.js').Fault, string[]]> = [
    ['500 after accepting', { kind: 'error-after' }, ['intent', 'unknown', 'sent']],
    ['connection dropped after accepting', { kind: 'drop-after' }, ['intent', 'unknown', 'sent']],
    ['slow past the timeout', { kind: 'slow', ms: 2_500 }, ['intent', 'unknown', 'sent']],
    [
      '503 before accepting (read back, absent, sent again)',
      { kind: 'refuse', status: 503, body: { error: 'Service Unavailable' } },
      ['intent', 'unknown', 'intent', 'sent'],
    ],
    ['429 with Retry-After', { kind: 'rate-limit', retryAfter: '0.1' }, ['intent', 'failed', 'intent', 'sent']],
  ];
  const cases = (Object.keys(ROUTES) as Array<keyof typeof ROUTES>).flatMap((id) =>
    FAULTS.map(([name, fault, ev]) => [id, name, fault, ev] as const),
  );
  it.each(cases)('%s: %s', async (id, _name, fault, expected) => {
    const r = rig(f);
    const before = count(id);
    f[id].inject(ROUTES[id], fault);
    expect(await r.run(id)).toMatchObject({ status: 'published' });
    expect(count(id) - before).toBe(1);
    expect(events(r)).toEqual(expected);
  });
});

describe('Slack thread options', () => {
  it('broadcast: follow-ups are thread replies also shown in the channel', async () => {
    const r = rig(f, {
      slack: { url: `${f.slack.url}/api`, channel: 'C0INCIDENT', token: '${SLACK_BOT_TOKEN}', broadcast: true },
    });
    const before = f.slack.messages.length;
    await r.run('slack', 1);
    await r.run('slack', 2);
    const [root, reply] = f.slack.messages.slice(before);
    expect(root).toMatchObject({ reply_broadcast: false });
    expect(reply).toMatchObject({ thread_ts: root!.ts, reply_broadcast: true });
  });
});
