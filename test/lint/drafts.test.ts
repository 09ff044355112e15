// lintDrafts: the communication rules and `consistent` on one bundle's actual drafts, as the draft command calls it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/model/bundle.js';
import { CHANNEL_IDS } from '../../src/drafts/channels/index.js';
import { renderDrafts } from '../../src/drafts/render.js';
import { lintDrafts, RULES } from '../../src/lint/index.js';
import type { LintContext } from '../../src/lint/types.js';
import { embeddedSet, lintContext } from './contexts.js';

let ctx: LintContext;
let drafts: Draft[];
const edit = (channel: string, f: (d: Draft) => Partial<Draft>) =>
  drafts.map((d) => (d.channel === channel ? { ...d, ...f(d) } : d));

beforeAll(async () => {
  ctx = await lintContext('provider-api', 'investigating');
  drafts = renderDrafts(await embeddedSet(), ctx, CHANNEL_IDS);
});

describe('lintDrafts', () => {
  it('the embedded drafts of a bundle have no findings', () => {
    expect(lintDrafts(drafts, ctx)).toEqual([]);
  });

  it.each<[string, string, (d: Draft) => Partial<Draft>, string | RegExp]>([
    [
      'layer-named',
      'x',
      (d) => ({ text: d.text.replace(ctx.said.cause, 'We are looking into it.') }),
      /does not name the failing layer \(provider-api\)/,
    ],
    [
      'vague-phrase',
      'bluesky',
      (d) => ({ text: `Acme AI is experiencing degraded performance. ${d.text}` }),
      'vague phrase "degraded performance"',
    ],
    [
      'quality-implication',
      'threads',
      (d) => ({ text: `${d.text} Claude Opus 4.7 may give worse responses.` }),
      '"worse responses" suggests',
    ],
    [
      'no-internals',
      'linkedin',
      (d) => ({ text: `${d.text} Failing host: llm-gw-3.internal (10.2.0.7).` }),
      /^an IP address \("10\.2\.0\.7"\)/,
    ],
    [
      'speculation',
      'mastodon',
      (d) => ({ text: `${d.text} We believe this is due to a recent deploy.` }),
      /recent deploy/,
    ],
    [
      'length',
      'sms',
      () => ({ overLimit: true, length: 171 }),
      /^the SMS \w+ draft is over the limit: 171\/160 .*\(a preferred limit/,
    ],
    ['no-eta', 'statuspage', (d) => ({ title: `${d.title} — fixed within the hour` }), /^title: "fixed within the/],
  ])('%s on %s', (rule, channel, change, message) => {
    const findings = lintDrafts(edit(channel, change), ctx);
    const f = findings.find((x) => x.rule === rule);
    expect(f, JSON.stringify(findings, null, 1)).toMatchObject({
      channel,
      severity: rule === 'length' ? 'warning' : RULES.find((r) => r.id === rule)!.severity,
    });
    expect(f!.message).toMatch(message);
    expect(f!.file).toBe(drafts.find((d) => d.channel === channel)!.file);
  });

  it('internals are allowed in the internal Slack update', () => {
    // Slack's own findings: whether other channels are clean is the first test's question.
    const findings = lintDrafts(
      edit('slack', (d) => ({ text: `${d.text}\n• pod api-7d9f8b6c5-x2x9k at 10.2.0.7: ECONNRESET` })),
      ctx,
    );
    expect(findings.filter((f) => f.channel === 'slack')).toEqual([]);
    // …while the same line in a public channel is reported.
    expect(
      lintDrafts(
        edit('linkedin', (d) => ({ text: `${d.text}\n• pod api-7d9f8b6c5-x2x9k at 10.2.0.7: ECONNRESET` })),
        ctx,
      ).find((f) => f.rule === 'no-internals'),
    ).toMatchObject({ channel: 'linkedin' });
  });

  it('consistent: a channel giving another next-update time or naming another layer', () => {
    const time = lintDrafts(
      edit('mastodon', (d) => ({ text: d.text.replace(/Next update by \d\d:\d\d/, 'Next update by 23:59') })),
      ctx,
    );
    expect(time.filter((f) => f.rule === 'consistent')).toEqual([
      expect.objectContaining({
        channel: 'mastodon',
        message: `gives the next update at 23:59 but the bundle's next update is ${ctx.nextUpdate.at.both}`,
      }),
    ]);
    // Another layer in the set's own words: "the network between us and Anthropic".
    const network = ctx.said.layerNames.network!;
    expect(network).toMatch(/network/);
    const layer = lintDrafts(
      edit('x', (d) => ({ text: `${d.text} ${network[0]!.toUpperCase()}${network.slice(1)} is down.` })),
      ctx,
    );
    expect(layer.find((f) => f.rule === 'consistent')).toMatchObject({
      channel: 'x',
      message: expect.stringContaining('names the layer network'),
    });
    const phase = lintDrafts(
      edit('linkedin', (d) => ({ text: d.text.replace(/^Investigating:/m, 'Resolved:') })),
      ctx,
    );
    expect(phase.find((f) => f.rule === 'consistent')).toMatchObject({
      channel: 'linkedin',
      message: "states the phase Resolved but the bundle's phase is Investigating",
    });
  });

  it('tense: a monitoring bundle that says requests are failing; provider-incident: a bundle without a provider incident that follows one', async () => {
    const monitoring = await lintContext('provider-api', 'monitoring');
    const mDrafts = renderDrafts(await embeddedSet(), monitoring, CHANNEL_IDS);
    const quiet = (fs: ReturnType<typeof lintDrafts>) =>
      fs.filter((f) => f.rule === 'tense' || f.rule === 'provider-incident');
    expect(quiet(lintDrafts(mDrafts, monitoring))).toEqual([]);
    const said = lintDrafts(
      mDrafts.map((d) =>
        d.channel === 'threads' ? { ...d, text: `Some requests to Acme AI are failing. ${d.text}` } : d,
      ),
      monitoring,
    );
    expect(quiet(said)).toEqual([
      expect.objectContaining({
        rule: 'tense',
        channel: 'threads',
        severity: 'error',
        message: expect.stringMatching(/^"are failing" is present tense at monitoring/),
      }),
    ]);

    const none = await lintContext('provider-api', 'identified', 'many-models');
    const nDrafts = renderDrafts(await embeddedSet(), none, CHANNEL_IDS);
    expect(quiet(lintDrafts(nDrafts, none))).toEqual([]);
    const invented = lintDrafts(
      nDrafts.map((d) =>
        d.channel === 'linkedin' ? { ...d, text: `${d.text}\n\nWe are following Amazon Bedrock's incident.` } : d,
      ),
      none,
    );
    expect(quiet(invented)).toEqual([
      expect.objectContaining({ rule: 'provider-incident', channel: 'linkedin', severity: 'error' }),
    ]);
  });

  it('honours config severities', () => {
    const changed = edit('x', (d) => ({ text: `${d.text} It will be resolved by 15:00.` }));
    expect(lintDrafts(changed, ctx, { rules: { 'no-eta': 'off' } }).filter((f) => f.rule === 'no-eta')).toEqual([]);
    expect(
      lintDrafts(changed, ctx, { rules: { 'no-eta': 'warning' } }).find((f) => f.rule === 'no-eta')?.severity,
    ).toBe('warning');
  });
});
