// Publishing a whole incident with the built CLI to the four fake destinations: drafted, approved, published; the
// remote state checked; a re-run is a no-op; refusals (unapproved, stale, out of order) send nothing.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  approve,
  cleanup,
  cli,
  draftIncident,
  project,
  publishConfig,
  SECRETS,
  startFakes,
  type Fakes,
} from '../publish/project.js';

let f: Fakes;
beforeAll(async () => {
  f = await startFakes();
});
afterAll(async () => {
  await f.close();
  cleanup();
});

describe('a four-update incident: drafted, approved, published to all four destinations', () => {
  it('makes one Statuspage incident with four updates, one Slack thread of four, reply chains on Mastodon and Bluesky', async () => {
    const dir = project(publishConfig(f));
    const bundles = await draftIncident(dir);
    for (const b of bundles) await approve(dir, b);
    for (const b of bundles) {
      const r = await cli(dir, ['publish', b, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const { results } = JSON.parse(r.stdout) as {
        results: Array<{ destination: string; status: string; url?: string }>;
      };
      expect(results.map((x) => `${x.destination}:${x.status}`)).toEqual([
        'statuspage:published',
        'slack:published',
        'mastodon:published',
        'bluesky:published',
      ]);
      for (const x of results) expect(x.url, x.destination).toMatch(/^https?:\/\//);
    }
    // Statuspage: one incident, four updates (newest first), the lifecycle's statuses, components operational at the
    // end.
    expect(f.statuspage.incidents).toHaveLength(1);
    const inc = f.statuspage.incidents[0]!;
    expect(inc.incident_updates.map((u) => u.status).reverse()).toEqual([
      'investigating',
      'identified',
      'monitoring',
      'resolved',
    ]);
    expect(inc.status).toBe('resolved');
    expect(inc.components).toEqual({ 'cmp-ai': 'operational' });
    expect(inc.incident_updates.at(-1)!.affected_components).toEqual([
      { code: 'cmp-ai', new_status: 'partial_outage' },
    ]);
    expect(inc.metadata).toMatchObject({ layerpost: { draft_id: 'inc/1/statuspage' } });
    // Slack: a root and three replies in its thread, each marked with its draft.
    expect(f.slack.messages).toHaveLength(4);
    const [root, ...replies] = f.slack.messages;
    expect(root!.thread_ts).toBeUndefined();
    for (const m of replies) expect(m.thread_ts).toBe(root!.ts);
    expect(f.slack.messages.map((m) => m.metadata?.event_payload.draft_id)).toEqual([
      'inc/1/slack',
      'inc/2/slack',
      'inc/3/slack',
      'inc/4/slack',
    ]);
    // Mastodon: a chain, each reply to the one before.
    const toots = f.mastodon.statuses;
    expect(toots).toHaveLength(4);
    expect(toots.map((t) => t.in_reply_to_id)).toEqual([null, toots[0]!.id, toots[1]!.id, toots[2]!.id]);
    // Bluesky: root = the first post, parent = the one before.
    const recs = f.bluesky.records;
    expect(recs).toHaveLength(4);
    expect(recs[0]!.value.reply).toBeUndefined();
    for (let i = 1; i < 4; i++)
      expect(recs[i]!.value.reply).toEqual({
        root: { uri: recs[0]!.uri, cid: recs[0]!.cid },
        parent: { uri: recs[i - 1]!.uri, cid: recs[i - 1]!.cid },
      });
    // The texts are exactly the approved files.
    expect(toots[0]!.text).toBe(readFileSync(join(bundles[0]!, 'mastodon.txt'), 'utf8').trim());
    expect(recs[3]!.value.text).toBe(readFileSync(join(bundles[3]!, 'bluesky.txt'), 'utf8').trim());

    // Again: nothing is sent, and it says so.
    const hits = f.statuspage.hits.length + f.slack.hits.length + f.mastodon.hits.length + f.bluesky.hits.length;
    const again = await cli(dir, ['publish', join(dir, 'out', 'inc')]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/Nothing to publish: every post of this incident is already published\./);
    expect(f.statuspage.hits.length + f.slack.hits.length + f.mastodon.hits.length + f.bluesky.hits.length).toBe(hits);

    // The ledger holds no secret; the review page shows the approval and the links.
    const ledger = readFileSync(join(dir, 'out', 'inc', 'publish-ledger.jsonl'), 'utf8');
    for (const s of Object.values(SECRETS)) expect(ledger).not.toContain(s);
    expect(ledger.trim().split('\n')).toHaveLength(32);
    expect(ledger).toMatch(/"event":"intent".*"approvedBy":"Dana Lee"/);
    const page = readFileSync(join(bundles[1]!, 'review.html'), 'utf8');
    expect(page).toMatch(/approved by Dana Lee/);
    expect(page).toContain(`href="${toots[1]!.url}"`);
  }, 180_000);
});

describe('refusals', () => {
  let dir: string;
  let bundles: string[];
  beforeAll(async () => {
    dir = project(publishConfig(f));
    bundles = await draftIncident(dir, 'ref', 2);
  }, 60_000);
  afterEach(() => undefined);

  it('an unapproved draft is refused by name and nothing is sent without --yes', async () => {
    await approve(dir, bundles[0]!, 'Dana Lee', 'statuspage,slack,mastodon');
    const before = f.statuspage.incidents.length;
    const r = await cli(dir, ['publish', bundles[0]!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /refused update 1 → bluesky: the bluesky draft is not approved; run `layerpost approve out\/ref\/001-investigating --channels bluesky`/,
    );
    expect(r.stderr).toMatch(/nothing sent: 1 post is refused \(bluesky update 1\)/);
    expect(f.statuspage.incidents.length).toBe(before);
  });

  it('a mistyped channel or destination gets a did-you-mean, and nothing is recorded or sent', async () => {
    const a = await cli(dir, ['approve', bundles[0]!, '--as', 'Dana Lee', '--channels', 'mastodn']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/--channels: unknown channel "mastodn"; did you mean "mastodon"\?/);
    const before = f.statuspage.incidents.length;
    const p = await cli(dir, ['publish', bundles[0]!, '--to', 'blusky']);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/--to: unknown destination "blusky"; did you mean "bluesky"\?/);
    expect(f.statuspage.incidents.length).toBe(before);
  });

  it('a follow-up before its predecessor is refused', async () => {
    await approve(dir, bundles[1]!);
    const r = await cli(dir, ['publish', bundles[1]!, '--to', 'mastodon', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/update 1 is not published to mastodon yet; a follow-up goes out after its predecessor/);
  });

  it('a draft edited after approval is refused as stale; --yes publishes the others', async () => {
    await approve(dir, bundles[0]!, 'Dana Lee', 'bluesky');
    appendFileSync(join(bundles[0]!, 'bluesky.txt'), 'One more sentence nobody approved.\n');
    const r = await cli(dir, ['publish', bundles[0]!, '--yes', '--json']);
    expect(r.code).toBe(2);
    const { results } = JSON.parse(r.stdout) as {
      results: Array<{ destination: string; status: string; reason?: string }>;
    };
    expect(results.map((x) => `${x.destination}:${x.status}`)).toEqual([
      'statuspage:published',
      'slack:published',
      'mastodon:published',
      'bluesky:refused',
    ]);
    expect(results[3]!.reason).toMatch(
      /the bluesky draft changed after Dana Lee approved it .*; the approval is stale, approve it again/,
    );
    expect(f.bluesky.records.some((x) => x.value.text.includes('nobody approved'))).toBe(false);
  });

  it('--dry-run prints the exact requests with secrets redacted and sends none', async () => {
    const hits = f.bluesky.hits.length;
    writeFileSync(join(bundles[0]!, 'bluesky.txt'), readFileSync(join(bundles[0]!, 'bluesky.txt'), 'utf8'));
    await approve(dir, bundles[0]!, 'Dana Lee', 'bluesky');
    const r = await cli(dir, ['publish', bundles[0]!, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/# update 1 → bluesky: would-send/);
    expect(r.stdout).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/xrpc\/com\.atproto\.repo\.createRecord/);
    expect(r.stdout).toMatch(/"password": "\[REDACTED\]"/);
    expect(r.stdout).toMatch(/# update 1 → statuspage: already-published/);
    for (const s of Object.values(SECRETS)) expect(r.stdout + r.stderr).not.toContain(s);
    expect(f.bluesky.hits.length).toBe(hits);
  });

  it('approval is refused for a draft with an error-level finding and lists the warnings accepted', async () => {
    const d2 = project(publishConfig(f));
    const impact = 'Answers in Acme AI fail for many users in every region we serve, and retries do not help at all. '
      .repeat(4)
      .trim();
    const r = await cli(d2, [
      'draft',
      '--incident',
      'long',
      '--yes',
      '--json',
      '--from',
      'provider-api-529.json',
      '--layer',
      'provider-api',
      '--phase',
      'investigating',
      '--impact',
      impact,
    ]);
    const { bundle } = JSON.parse(r.stdout) as { bundle: string };
    const a = await cli(d2, ['approve', bundle, '--as', 'Dana Lee', '--channels', 'bluesky,sms,slack', '--json']);
    expect(a.code).toBe(2);
    const rows = (
      JSON.parse(a.stdout) as {
        approvals: Array<{ channel: string; status: string; reason?: string; acceptedWarnings?: string[] }>;
      }
    ).approvals;
    expect(rows.find((x) => x.channel === 'bluesky')).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/^an error-level finding: length: .*; fix the draft first$/),
    });
    expect(rows.find((x) => x.channel === 'sms')).toMatchObject({
      status: 'approved',
      acceptedWarnings: [expect.stringMatching(/^length: /)],
    });
    expect(rows.find((x) => x.channel === 'slack')).toMatchObject({ status: 'approved' });
    expect(readFileSync(join(bundle, 'approvals.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    // Shortened by hand to fit: measured again, and approved.
    writeFileSync(
      join(bundle, 'bluesky.txt'),
      'Answers in Acme AI fail for many users. Cause: Anthropic API errors (HTTP 529). Next update 14:30 UTC.\n',
    );
    const fixed = await cli(d2, ['approve', bundle, '--as', 'Dana Lee', '--channels', 'bluesky']);
    expect(fixed.code, fixed.stderr).toBe(0);
    writeFileSync(join(bundle, 'bluesky.txt'), 'x'.repeat(301));
    const over = await cli(d2, ['approve', bundle, '--as', 'Dana Lee', '--channels', 'bluesky']);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(
      /bluesky: not approved: an error-level finding: length: bluesky\.txt as edited: 301\/300 graphemes/,
    );
  }, 60_000);

  it("Statuspage components default to the product's, as the review page shows them; the title follows the update", async () => {
    const d2 = project({});
    const { statuspage: sp } = publishConfig(f);
    writeFileSync(
      join(d2, 'layerpost.config.json'),
      JSON.stringify({
        product: { name: 'Acme Notes', feature: 'Acme AI', components: [{ id: 'cmp-prod', name: 'AI answers' }] },
        out: 'out',
        publish: { statuspage: { ...sp, components: undefined } },
      }),
    );
    const bs = await draftIncident(d2, 'comp', 2);
    for (const b of bs) await approve(d2, b, 'Dana Lee', 'statuspage');
    const r = await cli(d2, ['publish', join('out', 'comp'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const inc = f.statuspage.incidents.find(
      (i) => i.metadata.layerpost && (i.metadata.layerpost as { draft_id: string }).draft_id === 'comp/1/statuspage',
    )!;
    expect(inc.incident_updates.at(-1)!.affected_components).toEqual([
      { code: 'cmp-prod', new_status: 'partial_outage' },
    ]);
    expect(inc.name).toBe(
      JSON.parse(readFileSync(join(bs[1]!, 'draft.json'), 'utf8')).drafts.find(
        (d: { channel: string }) => d.channel === 'statuspage',
      ).title,
    );
  }, 60_000);

  it('two-person approval: the drafter cannot approve; someone else can', async () => {
    const d2 = project(publishConfig(f, { approval: 'two-person' }));
    const [b] = await draftIncident(d2, 'two', 1);
    const drafter = (JSON.parse(readFileSync(join(b!, 'draft.json'), 'utf8')) as { draftedBy: string }).draftedBy;
    expect(drafter).toBeTruthy();
    const self = await cli(d2, ['approve', b!, '--as', drafter]);
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(new RegExp(`two-person and ${drafter} drafted this update; someone else approves it`));
    await approve(d2, b!, 'Sam Reviewer');
  }, 60_000);
});

describe('Ctrl-C during a publish', () => {
  it('exits 130 with what to do; the post in flight is read back by the next run, not sent twice', async () => {
    const dir = project(publishConfig(f, { timeoutSeconds: 10 }));
    const [b] = await draftIncident(dir, 'int', 1);
    await approve(dir, b!);
    const before = f.mastodon.statuses.length;
    let child: import('node:child_process').ChildProcess | undefined;
    // Mastodon accepts the status and holds its answer; the operator presses Ctrl-C meanwhile.
    f.mastodon.onWrite = async (_r, p) => {
      if (p === 'after') {
        child?.kill('SIGINT');
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    const r = await cli(dir, ['publish', b!, '--yes'], { onSpawn: (c) => (child = c) });
    f.mastodon.onWrite = undefined;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(
      /Interrupted\. Posts already sent are in the ledger; run `layerpost publish` again to finish/,
    );
    const again = await cli(dir, ['publish', b!, '--yes', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(f.mastodon.statuses.length - before).toBe(1);
    expect(JSON.parse(again.stdout).results.map((x: { status: string }) => x.status)).toContain('published');
  }, 60_000);
});
