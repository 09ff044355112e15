// Drafts for every channel × layer × phase from the embedded templates: layer and provider named, no vague or
// model-quality wording, what is not affected, next update or data loss, within each channel's real limit.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNEL_IDS, CHANNELS, channelTemplates, type ChannelId } from '../../src/drafts/channels/index.js';
import { smsCount } from '../../src/drafts/channels/counting.js';
import type { Draft } from '../../src/model/bundle.js';
import { templateContextSchema, type TemplateContext } from '../../src/drafts/context.js';
import { buildContext, type DraftInput } from '../../src/drafts/build-context.js';
import { DEFAULT_LAYERS, findLayer, PHASES, type Layer, type Phase } from '../../src/model/layers.js';
import {
  renderChannel,
  renderDrafts,
  renderSaid,
  statuspagePayload,
  type Renderer,
  type Said,
} from '../../src/drafts/render.js';
import { renderCases } from '../../src/lint/fixtures.js';
import { compileSet, type CompiledSet } from '../../src/templating/engine.js';
import { embeddedTemplatesDir, loadTemplateSet } from '../../src/templating/load.js';

const LONG_PRODUCT = 'Acme Collaborative Knowledge Workspace';
const TWO_MODELS = [
  { id: 'claude-opus-4-7', name: 'Claude Opus 4.7' },
  { id: 'claude-sonnet-4-6', name: 'Claude Sonnet 4.6' },
];
/** Worst-case failures per layer: two kinds, as the diagnosis gives at most. */
const ERRORS: Record<string, DraftInput['errors']> = {
  integration: [
    { status: 401, kind: 'unauthorized' },
    { status: 429, kind: 'quota' },
  ],
  network: [{ kind: 'dns' }, { kind: 'tls' }],
  'provider-api': [{ status: 529, kind: 'overloaded' }, { kind: 'timeout' }],
  'model-endpoint': [{ status: 529, kind: 'overloaded' }, { kind: 'timeout' }],
  'model-quality': [{ kind: 'mismatch' }],
  unknown: [{ status: 502, kind: 'bad-gateway' }, { kind: 'timeout' }],
};
const NOW = new Date('2026-01-21T14:02:00Z');
const DATA_LOSS = 'No customer data was lost.';

/**
 * What `draft --yes` builds for the layer and phase: no operator impact (the templates say it), data loss at resolved.
 */
function input(layer: Layer, phase: Phase, over: Partial<DraftInput> = {}): DraftInput {
  const product = over.product ?? { name: LONG_PRODUCT, feature: `${LONG_PRODUCT} AI`, timeZone: 'Europe/Berlin' };
  return {
    product,
    layer,
    phase,
    provider: { id: 'anthropic', name: 'Anthropic', statusUrl: 'https://status.claude.com' },
    models: TWO_MODELS,
    impact: { text: '' },
    errors: ERRORS[layer.id]!,
    evidenceLines: ['3/3 POST https://api.anthropic.com/v1/messages (claude-opus-4-7) → 529 overloaded_error'],
    evidenceTakenAt: '2026-01-21T14:01:30Z',
    nextUpdateMinutes: 30,
    dataLoss: phase === 'resolved' ? DATA_LOSS : undefined,
    incident: { id: 'inc-20260121', update: 1, startedAt: new Date('2026-01-21T13:48:00Z') },
    now: NOW,
    ...over,
  };
}

/** LinkedIn payload text is escaped; the draft itself is plain. */
const words = (d: Draft) => `${d.title ?? ''}\n${d.text}`;
const has = (text: string, phrase: string) =>
  phrase !== '' && text.toLowerCase().includes(phrase.toLowerCase().replace(/[.!?]$/, ''));
/** Present-tense failure wording: wrong once a fix is in place. Quoted text (“…”) is what we said before. */
const PRESENT_FAILURE = /\b(?:is|are) (?:failing|returning errors|not reaching|down)\b|\bstill\b/i;
const unquoted = (t: string) => t.replace(/“[^”]*”/g, '');

const VAGUE =
  /degraded performance|experiencing (some )?(issues|problems|difficulties)|technical difficulties|service disruption/i;
/** Words that tell the public the model's answers got worse. */
const QUALITY_IMPLICATION =
  /quality checks?|drop in the quality|quality (issue|problem|degradation|regression)|(answers?|responses?|outputs?) (are|were|may be|might be|could be) (wrong|incorrect|inaccurate|worse)|incorrect or incomplete|model (got|is|was|has become) worse|lower[- ]quality|hallucinat/i;

const MATRIX: Array<[string, Layer, Phase]> = DEFAULT_LAYERS.flatMap((l) =>
  l.phases.map((p): [string, Layer, Phase] => [`${l.id}/${p}`, l, p]),
);

let templates: CompiledSet;
beforeAll(async () => {
  templates = compileSet(await loadTemplateSet());
});

describe('drafts: every channel × layer × phase (long product name, two models)', () => {
  it('covers 5 layers × 4 phases + unknown × investigating', () => {
    expect(MATRIX).toHaveLength(21);
    expect(MATRIX.filter(([, l]) => l.id === 'unknown').map(([, , p]) => p)).toEqual(['investigating']);
  });

  describe.each(MATRIX)('%s', (_n, layer, phase) => {
    let ctx: TemplateContext;
    let said: Said;
    let drafts: Draft[];
    beforeAll(() => {
      ctx = buildContext(input(layer, phase));
      said = renderSaid(
        templates,
        ctx,
        DEFAULT_LAYERS.map((l) => l.id),
      );
      drafts = renderDrafts(templates, ctx, CHANNEL_IDS);
    });

    it.each(CHANNEL_IDS.map((c) => [c]))('%s', (channel) => {
      const d = drafts.find((x) => x.channel === channel)!;
      const text = words(d);
      const where = `${channel} ${layer.id}/${phase} (${d.variant})\n${text}`;

      // SMS prefers one segment (a soft limit); with this long product name two are allowed, never more.
      if (channel === 'sms')
        expect(d.length, `${where}\n${d.length}/${d.limit} ${d.unit}`).toBeLessThanOrEqual(
          d.unit.startsWith('GSM') ? 306 : 134,
        );
      else expect(d.overLimit, `${where}\n${d.length}/${d.limit} ${d.unit}`).toBe(false);
      expect(
        [said.cause, said.causeShort, said.layerName].some((p) => has(text, p)),
        `layer named: ${where}`,
      ).toBe(true);
      if (layer.providerLayer) expect(text, `provider named: ${where}`).toContain('Anthropic');
      expect(text, where).not.toMatch(VAGUE);
      if (layer.id === 'model-quality') expect(text, where).toMatch(QUALITY_IMPLICATION);
      else expect(text, where).not.toMatch(QUALITY_IMPLICATION);
      expect(
        [said.notAffected, said.notAffectedShort].some((p) => has(text, p)),
        `not affected: ${where}`,
      ).toBe(true);
      if (phase === 'resolved') {
        expect(text, where).toContain(DATA_LOSS);
        expect(text, where).not.toMatch(/next update/i);
        expect(text, where).toContain(ctx.incident.endedAt.utc);
      } else {
        expect(text, where).toContain(ctx.nextUpdate.at.utc);
        expect(text, where).not.toMatch(/data was lost/i);
      }
      if (ctx.phase.past) expect(unquoted(text), `tense: ${where}`).not.toMatch(PRESENT_FAILURE);
      // No provider incident in this evidence: no sentence about one.
      expect(text, where).not.toMatch(/incident on its status page|'s incident/i);
      expect(text, where).not.toMatch(/undefined|\[object|\{\{|\}\}/);
      expect(d.text, where).not.toMatch(/ {2}|^\s|\s$/);
      if (d.channel !== 'statuspage' && d.channel !== 'slack') expect(d.text, where).not.toContain('\n\n\n');
    });
  });

  it('statuspage titles name the layer in words', () => {
    const expected: Record<string, RegExp> = {
      integration: /our own integration with Anthropic/,
      network: /the network between us and Anthropic/,
      'provider-api': /Anthropic's API/,
      'model-endpoint': /Anthropic's serving of Claude Opus 4\.7 and Claude Sonnet 4\.6/,
      'model-quality': /quality of Anthropic's Claude Opus 4\.7 and Claude Sonnet 4\.6 answers/,
      unknown: /cause under investigation/,
    };
    for (const [, layer, phase] of MATRIX) {
      const d = renderChannel(templates, 'statuspage', buildContext(input(layer, phase)));
      expect(d.title).toMatch(expected[layer.id]!);
      expect(d.title!.startsWith('Resolved: ')).toBe(phase === 'resolved');
    }
  });

  it('the model-quality drafts name the models even in the shortest variants', () => {
    const said = renderSaid(templates, buildContext(input(findLayer('model-quality')!, 'investigating')), []);
    expect(said.causeShort).toMatch(/Claude Opus 4\.7/);
    expect(said.cause).toMatch(/Claude Opus 4\.7 and Claude Sonnet 4\.6/);
  });

  it('integration drafts do not stutter "Cause: The cause is"', () => {
    for (const phase of PHASES) {
      for (const d of renderDrafts(templates, buildContext(input(findLayer('integration')!, phase)), CHANNEL_IDS))
        expect(d.text, `${d.channel}/${phase}`).not.toMatch(/cause:\s*the cause/i);
    }
  });

  it("the operator's impact, action and notes are drafted as given; without them the templates say a neutral, true sentence", () => {
    const l = findLayer('provider-api')!;
    const given = buildContext(
      input(l, 'identified', {
        impact: { text: 'Search is failing for customers in the UAE' },
        action: 'We switched to our West US deployment',
        notes: 'Exports are unaffected',
      }),
    );
    for (const d of renderDrafts(templates, given, CHANNEL_IDS)) {
      expect(d.text, d.channel).toContain('Search is failing for customers in the UAE.');
      expect(d.text, d.channel).not.toMatch(/retrying|routing requests/i);
    }
    const statuspage = renderChannel(templates, 'statuspage', given).text;
    expect(statuspage).toContain('We switched to our West US deployment.');
    expect(statuspage).toContain('Exports are unaffected.');
    const neutral = renderChannel(templates, 'statuspage', buildContext(input(l, 'identified'))).text;
    expect(neutral).toContain('We are tracking the problem with Anthropic.');
    expect(neutral).not.toMatch(/retrying|routing|following/i);
  });

  it('a provider incident is mentioned only when the evidence holds an open one', () => {
    const l = findLayer('provider-api')!;
    const open = buildContext(
      input(l, 'identified', {
        provider: {
          id: 'anthropic',
          name: 'Anthropic',
          incident: { name: 'Elevated errors on Claude Opus 4.7', status: 'identified' },
        },
      }),
    );
    const sp = renderChannel(templates, 'statuspage', open).text;
    expect(sp).toContain('Anthropic reports an incident on its status page: “Elevated errors on Claude Opus 4.7”.');
    expect(sp).toContain("We are following Anthropic's incident.");
    const none = renderChannel(templates, 'statuspage', buildContext(input(l, 'identified'))).text;
    expect(none).not.toMatch(/incident/i);
  });

  it("at monitoring and resolved the operator's earlier impact is said in the past, not quoted as if it were a walk-back", () => {
    const l = findLayer('provider-api')!;
    for (const phase of ['monitoring', 'resolved'] as const) {
      const ctx = buildContext(
        input(l, phase, { impact: { text: '', reported: 'Search is failing for customers in the UAE' } }),
      );
      const sp = renderChannel(templates, 'statuspage', ctx).text;
      expect(sp, phase).toContain('Search was failing for customers in the UAE.');
      expect(sp, phase).not.toContain('Earlier we said');
      expect(unquoted(sp), phase).not.toMatch(PRESENT_FAILURE);
    }
  });
});

describe('drafts: follow-ups that change the layer carry a correction in every channel', () => {
  const PAIRS: Array<[string, string, Phase]> = [
    ['unknown', 'provider-api', 'identified'],
    ['provider-api', 'integration', 'identified'],
    ['provider-api', 'model-endpoint', 'identified'],
    ['model-endpoint', 'provider-api', 'monitoring'],
    ['network', 'integration', 'resolved'],
    ['provider-api', 'model-quality', 'identified'],
    ['provider-api', 'unknown', 'investigating'],
  ];
  it.each(PAIRS)('%s → %s (%s)', (from, to, phase) => {
    const ctx = buildContext(
      input(findLayer(to)!, phase, {
        product: { name: 'Acme Notes', feature: 'Acme AI', timeZone: 'UTC' },
        models: TWO_MODELS.slice(0, 1),
        incident: { id: 'inc-1', update: 2, startedAt: new Date('2026-01-21T13:48:00Z') },
        previous: { layer: findLayer(from)!, phase: 'investigating' },
      }),
    );
    expect(ctx.correction.has).toBe(true);
    expect(ctx.incident.isFollowUp).toBe(true);
    const said = renderSaid(templates, ctx, []);
    for (const d of renderDrafts(templates, ctx, CHANNEL_IDS)) {
      const text = words(d);
      // SMS's shortest form says the new cause only ("Correction: the cause is …"), to stay within one segment.
      if (d.variant === 'shortest')
        expect(has(text, said.layerName) || has(text, said.causeShort), `${d.channel}: ${text}`).toBe(true);
      else
        expect(
          [said.correction, said.correctionShort].some((c) => has(text, c)),
          `${d.channel}: ${text}`,
        ).toBe(true);
      expect(text, d.channel).toMatch(/correction|update: the cause|cause:/i);
      // The correction is said once in each draft.
      expect(text.match(/correction:/gi)?.length ?? 0, `${d.channel}: ${text}`).toBeLessThanOrEqual(1);
      // SMS prefers one segment (soft limit): a correction may take a second one, never a third.
      if (d.channel === 'sms')
        expect(d.length, `${d.channel} ${d.length}/${d.limit}: ${text}`).toBeLessThanOrEqual(306);
      else expect(d.overLimit, `${d.channel} ${d.length}/${d.limit}: ${text}`).toBe(false);
    }
  });

  it("the correction names both the earlier and the new cause, in the phase's tense", () => {
    const ctx = buildContext(
      input(findLayer('integration')!, 'identified', {
        previous: { layer: findLayer('provider-api')!, phase: 'investigating' },
      }),
    );
    const said = renderSaid(templates, ctx, []);
    expect(said.correction).toBe(
      "Correction: earlier we said the cause was Anthropic's API; it is our own integration with Anthropic.",
    );
    expect(said.correctionShort).toBe(
      "Correction: the cause is our own integration with Anthropic, not Anthropic's API.",
    );
    const resolved = renderSaid(
      templates,
      buildContext(
        input(findLayer('integration')!, 'resolved', {
          previous: { layer: findLayer('provider-api')!, phase: 'monitoring' },
        }),
      ),
      [],
    );
    expect(resolved.correction).toBe(
      "Correction: earlier we said the cause was Anthropic's API; it was our own integration with Anthropic.",
    );
  });

  it('going back to unknown does not claim the earlier cause was ruled out', () => {
    const said = renderSaid(
      templates,
      buildContext(
        input(findLayer('unknown')!, 'investigating', {
          previous: { layer: findLayer('provider-api')!, phase: 'investigating' },
        }),
      ),
      [],
    );
    expect(said.correctionShort).not.toMatch(/, not Anthropic's API/);
    expect(said.correctionShort).toContain("Anthropic's API");
    expect(said.correction).toContain("Anthropic's API");
  });

  it('a follow-up with the same layer has no correction', () => {
    const l = findLayer('provider-api')!;
    const ctx = buildContext(
      input(l, 'monitoring', {
        incident: { id: 'i', update: 3, startedAt: NOW },
        previous: { layer: l, phase: 'identified' },
      }),
    );
    expect(ctx.correction).toEqual({ has: false, kind: 'none' });
    expect(ctx.previous.has).toBe(true);
    for (const d of renderDrafts(templates, ctx, CHANNEL_IDS)) expect(words(d)).not.toMatch(/correction/i);
  });

  // With a long product name, two models and a correction, every hard limit holds; SMS's one segment is a preference
  // (SPEC §4: a soft limit, CHANNELS.sms.softLimit) and this worst case takes at most two segments, reported as a
  // warning.
  it('a correction with a long product name and two models fits every hard-limited channel, and SMS in two segments', () => {
    for (const [from, to] of [
      ['provider-api', 'model-endpoint'],
      ['provider-api', 'model-quality'],
    ] as const) {
      const ctx = buildContext(
        input(findLayer(to)!, 'identified', { previous: { layer: findLayer(from)!, phase: 'investigating' } }),
      );
      for (const d of renderDrafts(templates, ctx, CHANNEL_IDS)) {
        expect(d.text, `${to} ${d.channel}`).toContain('Correction');
        if (CHANNELS[d.channel as ChannelId].softLimit)
          expect(smsCount(d.text).segments, `${to} ${d.channel}`).toBeLessThanOrEqual(2);
        else expect(d.overLimit, `${to} ${d.channel}: ${d.length}/${d.limit}`).toBe(false);
      }
    }
  });

  it('with a typical product, a correction still fits one SMS segment', () => {
    for (const [from, to] of [
      ['provider-api', 'integration'],
      ['network', 'provider-api'],
      ['provider-api', 'model-endpoint'],
    ] as const) {
      const ctx = buildContext(
        input(findLayer(to)!, 'identified', {
          product: { name: 'Acme Notes', feature: 'Acme AI', timeZone: 'UTC' },
          models: TWO_MODELS.slice(0, 1),
          previous: { layer: findLayer(from)!, phase: 'investigating' },
        }),
      );
      const sms = renderChannel(templates, 'sms', ctx);
      expect(smsCount(sms.text).segments, `${from}→${to}: ${sms.text}`).toBe(1);
      expect(sms.text).toMatch(/Correction/);
    }
  });
});

describe('drafts: times in UTC and the product zone', () => {
  it('formats next update and started-at in UTC and Europe/Berlin', () => {
    const ctx = buildContext(input(findLayer('provider-api')!, 'identified'));
    expect(ctx.now).toEqual({
      iso: '2026-01-21T14:02:00.000Z',
      utc: '14:02 UTC',
      local: '15:02 GMT+1',
      both: '14:02 UTC (15:02 GMT+1)',
    });
    expect(ctx.nextUpdate).toMatchObject({ has: true, minutes: 30, at: { utc: '14:32 UTC', local: '15:32 GMT+1' } });
    expect(ctx.incident.startedAt.both).toBe('13:48 UTC (14:48 GMT+1)');
    expect(ctx.evidence.takenAt.utc).toBe('14:01 UTC');
    const drafts = renderDrafts(templates, ctx, CHANNEL_IDS);
    expect(drafts.find((d) => d.channel === 'linkedin')!.text).toContain('14:32 UTC (15:32 GMT+1)');
    expect(drafts.find((d) => d.channel === 'slack')!.text).toContain('14:32 UTC (15:32 GMT+1)');
    expect(drafts.find((d) => d.channel === 'x')!.text).toContain('14:32 UTC');
  });

  it('in UTC there is no second time', () => {
    const ctx = buildContext(
      input(findLayer('provider-api')!, 'identified', {
        product: { name: 'Acme', feature: 'Acme AI', timeZone: 'UTC' },
      }),
    );
    expect(ctx.nextUpdate.at.both).toBe('14:32 UTC');
    expect(ctx.nextUpdate.at.local).toBe('14:32 UTC');
  });

  it('resolved drafts have no next update but keep the data-loss sentence the operator gave, and only that', () => {
    const ctx = buildContext(
      input(findLayer('provider-api')!, 'resolved', { dataLoss: 'Requests made during the outage were not stored' }),
    );
    expect(ctx.nextUpdate.has).toBe(false);
    expect(ctx.dataLoss).toEqual({ text: 'Requests made during the outage were not stored.', given: true });
    const none = buildContext(input(findLayer('provider-api')!, 'resolved', { dataLoss: undefined }));
    expect(none.dataLoss).toEqual({ text: '', given: false });
    for (const d of renderDrafts(templates, none, CHANNEL_IDS))
      expect(d.text, d.channel).not.toMatch(/data was lost|no data/i);
  });
});

describe('render: variants, escaping and the statuspage payload', () => {
  const fake = (texts: Record<string, string>): Renderer => ({
    has: (n) => n in texts,
    render: (n) => texts[n]!,
    renderPhrase: () => '',
  });
  const ctx = () =>
    buildContext(
      input(findLayer('provider-api')!, 'identified', {
        product: { name: 'Acme', feature: 'Acme AI', timeZone: 'UTC' },
      }),
    );

  it('uses the default variant when it fits', () => {
    const d = renderChannel(fake({ 'channels/x/default': 'short enough', 'channels/x/short': 'tiny' }), 'x', ctx());
    expect(d).toMatchObject({ variant: 'default', text: 'short enough', overLimit: false, limit: 280 });
  });

  it('falls back to the short variant when the default is over the limit', () => {
    const d = renderChannel(
      fake({ 'channels/x/default': 'word '.repeat(100), 'channels/x/short': 'tiny' }),
      'x',
      ctx(),
    );
    expect(d).toMatchObject({ variant: 'short', text: 'tiny', overLimit: false });
  });

  it('reports over-limit rather than cutting when every variant is too long', () => {
    const long = 'word '.repeat(100).trim();
    const d = renderChannel(fake({ 'channels/x/default': long, 'channels/x/short': long }), 'x', ctx());
    expect(d.overLimit).toBe(true);
    expect(d.text).toBe(long);
  });

  it('a channel without a template is an error naming the expected file', () => {
    expect(() => renderChannel(fake({}), 'mastodon', ctx())).toThrow(/\(expected channels\/mastodon\/default\.hbs\)/);
    expect(() => renderChannel(fake({}), 'slack', ctx())).toThrow(/\(expected channels\/slack\/default\.hbs\)/);
  });

  it('a channel renders only its own folder: no shared social/ file stands in for it', () => {
    expect(() => renderChannel(fake({ 'social/default': 'shared words' }), 'bluesky', ctx())).toThrow(
      /channels\/bluesky\/default\.hbs/,
    );
    const d = renderChannel(fake({ 'channels/bluesky/default': 'own words' }), 'bluesky', ctx());
    expect(d).toMatchObject({ channel: 'bluesky', text: 'own words', variant: 'default' });
  });

  it("each channel's folder holds exactly the variants and title its registry entry names, and every folder is a channel", () => {
    const root = join(embeddedTemplatesDir(), 'channels');
    expect(readdirSync(root).sort()).toEqual([...CHANNEL_IDS].sort());
    for (const id of CHANNEL_IDS) {
      const files = readdirSync(join(root, id)).map((f) => `channels/${id}/${f.replace(/\.hbs$/, '')}`);
      expect(files.sort(), id).toEqual(channelTemplates(CHANNELS[id]).sort());
    }
    // SMS's short form is the social short text, by name, in its own folder.
    expect(readFileSync(join(root, 'sms', 'short.hbs'), 'utf8').trim()).toBe('{{> social-post-short}}');
  });

  it("tries a channel's variants in the registry's order: SMS goes on to shortest, X stops at short", () => {
    const long = 'word '.repeat(100).trim();
    const sms = renderChannel(
      fake({ 'channels/sms/default': long, 'channels/sms/short': long, 'channels/sms/shortest': 'tiny' }),
      'sms',
      ctx(),
    );
    expect(sms).toMatchObject({ variant: 'shortest', text: 'tiny', overLimit: false });
    const x = renderChannel(
      fake({ 'channels/x/default': long, 'channels/x/short': long, 'channels/x/shortest': 'tiny' }),
      'x',
      ctx(),
    );
    expect(x).toMatchObject({ variant: 'short', overLimit: true });
  });

  it('the statuspage is measured on its title', () => {
    const d = renderChannel(
      fake({ 'channels/statuspage/default': 'body '.repeat(200), 'channels/statuspage/title': 'T'.repeat(256) }),
      'statuspage',
      ctx(),
    );
    expect(d.title).toHaveLength(256);
    expect(d.overLimit).toBe(true);
    expect(d.length).toBe(256);
  });

  it('does not HTML-escape plain-text channels', () => {
    const c = buildContext(
      input(findLayer('provider-api')!, 'identified', {
        product: { name: 'R&D <Notes>', feature: 'R&D "AI"', timeZone: 'UTC' },
      }),
    );
    const sms = renderChannel(templates, 'sms', c);
    const x = renderChannel(templates, 'statuspage', c);
    expect(sms.text + x.title).not.toMatch(/&amp;|&lt;|&quot;|&#/);
  });

  it('LinkedIn drafts are the plain text a person pastes; the payload escapes every reserved character', () => {
    const c = buildContext(
      input(findLayer('model-endpoint')!, 'identified', {
        notes: 'See #status (or @acme) for *more* ~ details_[1] {x} | <y>',
      }),
    );
    const d = renderChannel(templates, 'linkedin', c);
    expect(d.text).toContain('See #status (or @acme) for *more* ~ details_[1] {x} | <y>.');
    const escaped = (JSON.parse(CHANNELS.linkedin.payload!.render(d.text)) as { commentary: string }).commentary;
    let i = 0;
    while (i < escaped.length) {
      const ch = escaped[i]!;
      if (ch === '\\') i += 2;
      else {
        expect('|{}@[]()<>#*_~').not.toContain(ch);
        i += 1;
      }
    }
    expect(escaped.replace(/\\([\\|{}@[\]()<>#*_~])/g, '$1')).toBe(d.text);
  });

  it('builds the Statuspage incident payload from the draft, with component statuses by impact', () => {
    const c = ctx();
    const d = renderChannel(templates, 'statuspage', c);
    expect(statuspagePayload(d, c, [{ id: 'cmp1' }])).toEqual({
      incident: {
        name: d.title,
        status: 'identified',
        body: d.text,
        component_ids: ['cmp1'],
        components: { cmp1: 'partial_outage' },
        deliver_notifications: true,
      },
    });
    const resolved = buildContext(input(findLayer('provider-api')!, 'resolved'));
    expect(
      (
        statuspagePayload(renderChannel(templates, 'statuspage', resolved), resolved, [{ id: 'c' }]) as {
          incident: { components: object };
        }
      ).incident.components,
    ).toEqual({ c: 'operational' });
  });
});

describe('buildContext', () => {
  it('every context lint renders (every layer × phase × fixture) is exactly the template context schema', () => {
    const cases = renderCases(DEFAULT_LAYERS);
    expect(cases.length).toBeGreaterThan(80);
    for (const c of cases) expect(templateContextSchema().strict().parse(c.ctx)).toEqual(c.ctx);
  });

  it('validates against the template context schema and carries facts, not sentences', () => {
    const ctx = buildContext(input(findLayer('model-endpoint')!, 'identified'));
    expect(templateContextSchema().parse(ctx)).toEqual(ctx);
    expect(ctx.provider).toMatchObject({ id: 'anthropic', name: 'Anthropic', named: true, incident: { open: false } });
    expect(ctx.models).toMatchObject({ count: 2, any: true });
    expect(ctx.evidence.errors.map((e) => [e.status, e.kind])).toEqual([
      [529, 'overloaded'],
      [0, 'timeout'],
    ]);
    expect(ctx.evidence.errors[0]!.is).toMatchObject({ overloaded: true, timeout: false });
    expect(ctx.layer.is).toMatchObject({ modelEndpoint: true, providerApi: false });
    expect(ctx.phase).toMatchObject({
      past: false,
      is: { investigating: false, identified: true, monitoring: false, resolved: false },
    });
    expect(buildContext(input(findLayer('model-endpoint')!, 'monitoring')).phase.past).toBe(true);
  });

  it('a provider layer without a known provider still reads as a sentence', () => {
    const ctx = buildContext(input(findLayer('provider-api')!, 'investigating', { provider: undefined, models: [] }));
    expect(renderSaid(templates, ctx, []).cause).toBe(
      "Our AI provider's API is returning errors (HTTP 529, overloaded; timeouts).",
    );
    expect(ctx.provider.named).toBe(false);
  });

  it('the unknown layer does not name a provider', () => {
    const ctx = buildContext(input(findLayer('unknown')!, 'investigating'));
    expect(ctx.provider.name).toBe('');
    expect(renderSaid(templates, ctx, []).cause).toBe(
      'We have not yet determined which part of the request path is failing.',
    );
  });

  it('channel ids are the eight of SPEC §4', () => {
    expect([...CHANNEL_IDS]).toEqual<ChannelId[]>([
      'statuspage',
      'x',
      'bluesky',
      'mastodon',
      'threads',
      'linkedin',
      'sms',
      'slack',
    ]);
  });
});
