// Issue 23, every update postable unedited: the pure parts (the context, the phrases, the draft lint) item by item.
import { beforeAll, describe, expect, it } from 'vitest';
import { draftInput, layerOf, NOW } from '../helpers/draft-input.js';
import { CHANNEL_IDS } from '../../src/drafts/channels/index.js';
import { buildContext, type DraftInput } from '../../src/drafts/build-context.js';
import { impactScope, pastImpact, pastTense, widestImpact } from '../../src/drafts/impact.js';
import { incidentTimes, parseTime, startsAfterEnd } from '../../src/drafts/incident-times.js';
import { DEFAULT_LAYERS, type Phase } from '../../src/model/layers.js';
import { renderDrafts, renderSaid } from '../../src/drafts/render.js';
import { impactToRestate, propose, requiredKeys } from '../../src/answers/fields.js';
import { lintDrafts } from '../../src/lint/drafts.js';
import { CATALOGUE, derivedModelName, modelDisplayName, mergeCatalogue } from '../../src/model/providers.js';
import { capitalizeFirst } from '../../src/templating/set.js';
import { compileSet, type CompiledSet } from '../../src/templating/engine.js';
import { loadTemplateSet } from '../../src/templating/load.js';
import type { SaidDiagnosis as Diagnosis } from '../../src/diagnosis/diagnose.js';

let set: CompiledSet;
beforeAll(async () => {
  set = compileSet(await loadTemplateSet());
});

const layer = layerOf;
function input(id: string, phase: Phase, over: Partial<DraftInput> = {}): DraftInput {
  return draftInput(id, phase, {
    incident: { id: 'inc', update: 4, startedAt: new Date('2026-11-21T13:10:00Z') },
    previous: { layer: layer(id), phase: 'monitoring' },
    ...(phase === 'resolved' ? { dataLoss: 'No data was lost.' } : {}),
    ...over,
  });
}
function drafts(i: DraftInput) {
  const ctx = buildContext(i);
  const rendered = renderDrafts(set, ctx, CHANNEL_IDS);
  const said = renderSaid(
    set,
    ctx,
    DEFAULT_LAYERS.map((l) => l.id),
  );
  return {
    ctx,
    rendered,
    texts: rendered.map((d) => `${d.title ?? ''}\n${d.text}`),
    findings: lintDrafts(rendered, { ...ctx, said }),
  };
}
const STATED = 'Acme AI is not answering for any user.';

describe('1. the resolved post sums up the incident from the widest stated impact, in the past', () => {
  it.each([
    ['Acme AI is not answering for any user.', 'Acme AI was not answering for any user.'],
    ['Search is failing for customers in the UAE', 'Search was failing for customers in the UAE'],
    ["Users can't sign in and uploads aren't saved.", "Users could not sign in and uploads weren't saved."],
    ['Some requests time out. Exports are delayed.', 'Some requests timed out. Exports were delayed.'],
    ['Answers fail for many users', 'Answers failed for many users'],
    ['Users see errors and do not get answers.', 'Users saw errors and did not get answers.'],
    ['Requests that fail cannot fail over.', 'Requests that failed could not fail over.'],
    ['Many users see errors when they send a message.', 'Many users saw errors when they sent a message.'],
    ['Answers fail when a user uploads a file', 'Answers failed when a user uploaded a file'],
    ['Exports are slow when customers are in Europe.', 'Exports were slow when customers were in Europe.'],
  ])('%s → %s', (now, past) => {
    expect(pastTense(now)).toBe(past);
  });

  it.each([
    'Users see errors when they frobnicate.',
    'Uploads stall',
    'Users see errors. Uploads stall.',
    'Acme AI will be slow',
    'Search is still failing',
    'We are rolling back',
    'Is it down?',
  ])('no safe past for "%s"', (s) => {
    expect(pastTense(s)).toBeUndefined();
  });

  it('the widest impact wins; among equals the latest', () => {
    expect(impactScope('Acme AI is not answering for any user.')).toBe(3);
    expect(impactScope('Some answers are slow.')).toBe(1);
    expect(widestImpact(['Some requests are failing.', STATED, 'Search is failing in the UAE.'])).toBe(STATED);
    expect(widestImpact(['Search is failing in the UAE.', 'Exports are failing in Europe.'])).toBe(
      'Exports are failing in Europe.',
    );
    expect(pastImpact([])).toBeUndefined();
  });

  it.each(['integration', 'network', 'provider-api', 'model-endpoint', 'model-quality'])(
    '%s: every channel says the stated impact in the past, never a softer scope',
    (id) => {
      const { texts } = drafts(input(id, 'resolved', { impact: { text: '', reported: STATED, stated: [STATED] } }));
      for (const t of texts.filter((_, i) => CHANNEL_IDS[i] !== 'sms')) {
        expect(t).toContain('Acme AI was not answering for any user.');
        expect(t).not.toMatch(/Some requests|Some answers/);
      }
    },
  );

  it('a stated impact no rule can put in the past is asked for at resolved (required without a terminal)', () => {
    expect(impactToRestate({ phase: 'resolved' }, ['Uploads stall.'])).toBe('Uploads stall.');
    expect(requiredKeys({ phase: 'resolved' }, DEFAULT_LAYERS, ['Uploads stall.'])).toContain('impact');
    expect(requiredKeys({ phase: 'resolved' }, DEFAULT_LAYERS, [STATED])).not.toContain('impact');
    expect(requiredKeys({ phase: 'monitoring' }, DEFAULT_LAYERS, ['Uploads stall.'])).not.toContain('impact');
  });
});

describe('2. no walk-back quote of a true earlier statement', () => {
  it.each(['monitoring', 'resolved'] as const)('%s: no "Earlier we said" on any channel', (phase) => {
    const { texts } = drafts(
      input('provider-api', phase, { impact: { text: '', reported: STATED, stated: [STATED] } }),
    );
    for (const t of texts) expect(t).not.toMatch(/Earlier we said/);
  });
  it('monitoring says the impact in the past, and that a fix is in place', () => {
    const { rendered } = drafts(
      input('provider-api', 'monitoring', { impact: { text: '', reported: STATED, stated: [STATED] } }),
    );
    expect(rendered.find((d) => d.channel === 'statuspage')!.text).toMatch(
      /^Acme AI was not answering for any user\. A fix is in place\./,
    );
  });
});

describe('3. when it started and when it was fixed', () => {
  it('a fault fixed within the minute it began says when it was fixed, never "from 14:02 UTC to 14:02 UTC"', () => {
    const at = (startedAt: string, endedAt: string) =>
      drafts(
        input('integration', 'resolved', {
          incident: { id: 'inc', update: 4, startedAt: new Date(startedAt), endedAt: new Date(endedAt) },
        }),
      );
    const same = at('2026-11-21T14:02:00Z', '2026-11-21T14:02:40Z');
    expect(same.ctx.incident.sameMinute).toBe(true);
    const joined = same.texts.join('\n');
    expect(joined).not.toMatch(/from 14:02 UTC to 14:02 UTC|14:02 UTC to 14:02 UTC/);
    expect(joined).toContain('The problem began and was fixed at 14:02 UTC.');
    expect(joined).toContain('*Fixed at:* 14:02 UTC');
    const apart = at('2026-11-21T13:02:00Z', '2026-11-21T13:50:00Z');
    expect(apart.ctx.incident.sameMinute).toBe(false);
    expect(apart.texts.join('\n')).toContain('The problem lasted from 13:02 UTC to 13:50 UTC.');
  });
  const ev = (takenAt: string, failing: boolean) => ({ takenAt, failing, allPassing: !failing });
  it('start: the first failing evidence; end: the first evidence with every probe passing', () => {
    const u1 = incidentTimes({
      evidence: ev('2026-11-21T13:02:00Z', true),
      given: {},
      now: new Date('2026-11-21T13:05:00Z'),
    });
    expect(u1).toMatchObject({ startedAt: '2026-11-21T13:02:00Z', startedFrom: 'evidence' });
    const u3 = incidentTimes({
      previous: u1,
      evidence: ev('2026-11-21T13:50:00Z', false),
      given: {},
      now: new Date('2026-11-21T13:52:00Z'),
    });
    const u4 = incidentTimes({
      previous: u3,
      evidence: ev('2026-11-21T14:20:00Z', false),
      given: {},
      now: new Date('2026-11-21T14:21:00Z'),
    });
    expect(u4).toMatchObject({
      startedAt: '2026-11-21T13:02:00Z',
      endedAt: '2026-11-21T13:50:00Z',
      endedFrom: 'evidence',
    });
  });
  it('a fault that came back after a recovery ends at the next passing evidence, not the first', () => {
    const u1 = incidentTimes({
      evidence: ev('2026-11-21T13:02:00Z', true),
      given: {},
      now: new Date('2026-11-21T13:05:00Z'),
    });
    const u2 = incidentTimes({
      previous: u1,
      evidence: ev('2026-11-21T13:20:00Z', false),
      given: {},
      now: new Date('2026-11-21T13:21:00Z'),
    });
    const u3 = incidentTimes({
      previous: u2,
      evidence: ev('2026-11-21T13:30:00Z', true),
      given: {},
      now: new Date('2026-11-21T13:31:00Z'),
    });
    expect(u3.recoveredAt).toBeUndefined();
    const u4 = incidentTimes({
      previous: u3,
      evidence: ev('2026-11-21T13:45:00Z', false),
      given: {},
      now: new Date('2026-11-21T13:50:00Z'),
    });
    expect(u4).toMatchObject({ startedAt: '2026-11-21T13:02:00Z', endedAt: '2026-11-21T13:45:00Z' });
  });
  it('without evidence: the first update and the resolved update; the operator overrides both', () => {
    const u1 = incidentTimes({
      evidence: ev('2026-11-21T12:00:00Z', false),
      given: {},
      now: new Date('2026-11-21T13:05:00Z'),
    });
    expect(u1).toMatchObject({ startedAt: '2026-11-21T13:05:00.000Z', startedFrom: 'update', endedFrom: 'update' });
    const given = incidentTimes({
      previous: u1,
      evidence: ev('2026-11-21T12:00:00Z', false),
      given: { started: '2026-11-21T12:55:00.000Z', resolvedAt: '2026-11-21T13:30:00.000Z' },
      now: NOW,
    });
    expect(given).toMatchObject({ startedAt: '2026-11-21T12:55:00.000Z', endedAt: '2026-11-21T13:30:00.000Z' });
  });
  it('a clock stepped back: the start is after the end', () => {
    const u1 = incidentTimes({
      evidence: ev('2026-11-21T12:00:00Z', false),
      given: {},
      now: new Date('2026-11-21T12:01:00Z'),
    });
    expect(
      startsAfterEnd(
        incidentTimes({
          previous: u1,
          evidence: ev('2026-11-21T10:00:00Z', false),
          given: {},
          now: new Date('2026-11-21T10:31:00Z'),
        }),
      ),
    ).toBe(true);
  });
  it('parses 14:05 (UTC, not in the future) and instants with a zone', () => {
    expect(parseTime('14:05', NOW)).toBe('2026-11-21T14:05:00.000Z');
    expect(parseTime('15:05', NOW)).toBe('2026-11-20T15:05:00.000Z');
    expect(parseTime('2026-11-21T14:05+01:00', NOW)).toBe('2026-11-21T13:05:00.000Z');
    expect(parseTime('2026-11-21T14:05', NOW)).toBeUndefined();
    expect(parseTime('soon', NOW)).toBeUndefined();
  });
  it('the resolved post says from when to when', () => {
    const { rendered } = drafts(
      input('provider-api', 'resolved', {
        incident: {
          id: 'inc',
          update: 4,
          startedAt: new Date('2026-11-21T13:02:00Z'),
          endedAt: new Date('2026-11-21T13:50:00Z'),
        },
      }),
    );
    expect(rendered.find((d) => d.channel === 'statuspage')!.text).toContain(
      'The problem lasted from 13:02 UTC to 13:50 UTC.',
    );
  });
});

describe('4. operator notes belong to their update', () => {
  const diagnosis = { ranked: [], summary: [], observed: [], errors: {}, models: [] } as unknown as Diagnosis;
  const previous = {
    layer: 'provider-api',
    phase: 'identified' as const,
    notes: "We are rolling back yesterday's release.",
    action: 'We are retrying failed requests.',
  };
  it('are not carried past their tense, and are offered again (stale)', () => {
    const p = propose({ diagnosis, configuredProviders: [], previous }, { phase: 'resolved' });
    expect(p.answers.notes).toBeUndefined();
    expect(p.answers.action).toBeUndefined();
    expect(p.stale).toEqual({ notes: previous.notes, action: previous.action });
    expect(propose({ diagnosis, configuredProviders: [], previous }, { phase: 'identified' }).answers.notes).toBe(
      previous.notes,
    );
  });
  it('the tense rule catches any "we are …ing" of ours at resolved', () => {
    const { rendered, ctx } = drafts(input('provider-api', 'resolved'));
    const said = renderSaid(
      set,
      ctx,
      DEFAULT_LAYERS.map((l) => l.id),
    );
    const sp = rendered.map((d) =>
      d.channel === 'statuspage' ? { ...d, text: `${d.text}\n\nWe're moving them to Chat Completions.` } : d,
    );
    expect(
      lintDrafts(sp, { ...ctx, said })
        .filter((f) => f.rule === 'tense' && f.severity === 'error')
        .map((f) => f.message)
        .join(),
    ).toMatch(/We're moving/);
  });
  it('notes at resolved start their paragraph (no stray space)', () => {
    const { rendered } = drafts(input('provider-api', 'resolved', { notes: 'We rolled back the release.' }));
    for (const d of rendered) expect(d.text, d.channel).not.toMatch(/\n /);
    expect(rendered.find((d) => d.channel === 'statuspage')!.text).toContain('\n\nWe rolled back the release.\n\n');
  });
});

describe("5. the draft lint judges template words, not the operator's or the provider's", () => {
  it('an operator note naming another layer is not a consistency error', () => {
    const { findings } = drafts(
      input('network', 'identified', {
        provider: { id: 'google', name: 'Google' },
        notes: "A DNS change stopped them resolving Google's API from our servers.",
      }),
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it("a hostname in the provider's quoted incident title is at most a warning", () => {
    const incident = { name: 'Elevated errors across Claude API, claude.ai and Claude Code', status: 'investigating' };
    const { findings } = drafts(
      input('provider-api', 'identified', { provider: { id: 'anthropic', name: 'Anthropic', incident } }),
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it("an evidence line quoting the provider's incident is at most a warning on Slack", () => {
    const lines = ['OpenAI reports an incident, but our direct calls to it succeed.'];
    const { findings } = drafts(
      input('integration', 'identified', { provider: { id: 'openai', name: 'OpenAI' }, evidenceLines: lines }),
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('the same words written by a template are still errors', () => {
    const { rendered, ctx } = drafts(
      input('integration', 'identified', { provider: { id: 'openai', name: 'OpenAI' } }),
    );
    const said = renderSaid(
      set,
      ctx,
      DEFAULT_LAYERS.map((l) => l.id),
    );
    const edited = rendered.map((d) =>
      d.channel === 'x' ? { ...d, text: `${d.text} OpenAI reports an incident.` } : d,
    );
    expect(
      lintDrafts(edited, { ...ctx, said }).some((f) => f.rule === 'provider-incident' && f.severity === 'error'),
    ).toBe(true);
  });
});

describe('6. every model a draft names has a display name', () => {
  it.each([
    ['claude-opus-4-8', 'Claude Opus 4.8'],
    ['claude-sonnet-4-20250514', 'Claude Sonnet 4'],
    ['claude-opus-4-1-20250805', 'Claude Opus 4.1'],
    ['claude-3-5-haiku-20241022', 'Claude 3.5 Haiku'],
    ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5'],
    ['gpt-4o-mini', 'GPT-4o mini'],
    ['gpt-4o-2024-08-06', 'GPT-4o'],
    ['gpt-4.1-nano', 'GPT-4.1 nano'],
    ['o4-mini', 'o4-mini'],
    ['gemini-2.5-flash-lite', 'Gemini 2.5 Flash-Lite'],
    ['gemini-2.0-flash-001', 'Gemini 2.0 Flash'],
    ['my-finetune-7', 'my-finetune-7'],
    ['mistral-large-latest', 'mistral-large-latest'],
  ])('%s → %s', (id, name) => {
    expect(derivedModelName(id)).toBe(name);
  });
  it('the catalogue first; a config entry given as a bare id is named by the rule', () => {
    expect(modelDisplayName(CATALOGUE, 'gpt-4o-mini', 'openai')).toBe('GPT-4o mini');
    const merged = mergeCatalogue([{ id: 'anthropic', models: ['claude-opus-4-7', 'claude-opus-4-8'] }]);
    expect(modelDisplayName(merged, 'claude-opus-4-8', 'anthropic')).toBe('Claude Opus 4.8');
    expect(modelDisplayName(merged, 'claude-opus-4-7', 'anthropic')).toBe('Claude Opus 4.7');
  });
});

describe('7. sentences start with a capital letter', () => {
  it('capitalizeFirst', () => {
    expect(capitalizeFirst("our AI provider's API")).toBe("Our AI provider's API");
    expect(capitalizeFirst('“quoted')).toBe('“Quoted');
    expect(capitalizeFirst('o3')).toBe('O3');
  });
  it.each(['integration', 'network', 'model-endpoint'])(
    '%s with no provider named: no public sentence starts in lower case, and lint agrees',
    (id) => {
      const { rendered, findings } = drafts(input(id, 'identified', { provider: undefined }));
      for (const d of rendered.filter((x) => x.channel !== 'slack'))
        for (const s of d.text.split(/(?<=[.!?])\s+|\n+/))
          expect(s, `${d.channel}: ${s}`).not.toMatch(/^[“"(*]*\p{Ll}/u);
      expect(findings.filter((f) => f.rule === 'sentence-start')).toEqual([]);
    },
  );
  it('the lint rule reports a public sentence in lower case', () => {
    const { rendered, ctx } = drafts(input('network', 'identified', { provider: undefined }));
    const said = renderSaid(
      set,
      ctx,
      DEFAULT_LAYERS.map((l) => l.id),
    );
    const bad = rendered.map((d) =>
      d.channel === 'x' ? { ...d, text: `${d.text} our AI provider's service is not affected.` } : d,
    );
    expect(
      lintDrafts(bad, { ...ctx, said })
        .filter((f) => f.rule === 'sentence-start')
        .map((f) => f.channel),
    ).toEqual(['x']);
  });
});

describe('8. model-quality says once that requests complete', () => {
  it.each(['identified', 'monitoring', 'resolved'] as const)('%s', (phase) => {
    const { rendered } = drafts(input('model-quality', phase));
    for (const d of rendered)
      expect(
        (d.text.match(/requests? (?:complete|are completing|kept completing|completed)/gi) ?? []).length,
        `${d.channel}: ${d.text}`,
      ).toBeLessThanOrEqual(1);
  });
});

describe("9. our fault, with the provider's incident open: no vouching for the provider", () => {
  it.each(['integration', 'network'])('%s', (id) => {
    const incident = { name: 'Elevated errors on Claude Opus 4.7', status: 'investigating' };
    const { texts } = drafts(input(id, 'identified', { provider: { id: 'anthropic', name: 'Anthropic', incident } }));
    for (const t of texts) {
      expect(t).not.toMatch(
        /Anthropic is not at fault|working normally|Anthropic's service (?:and [^.]* )?(?:is|are) not affected/,
      );
      if (!t.startsWith('\n*')) expect(t).toMatch(/The fault is on our side/);
    }
  });
});
