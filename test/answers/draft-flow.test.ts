// The interview and draft flow through an injected prompt layer, from saved evidence, with no network.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { makeChalk } from '../../src/platform/color.js';
import { Log, type Runtime } from '../../src/platform/runtime.js';
import { runDraft } from '../../src/commands/draft-flow.js';
import type { Evidence } from '../../src/model/evidence.js';
import { ScriptedAsker } from '../helpers/asker.js';
import { ROOT } from '../helpers/cli.js';

const NOW = new Date('2026-11-21T14:02:00Z');

function evidence(): Evidence {
  return {
    schema: 'layerpost.evidence/v1',
    takenAt: '2026-11-21T14:01:00Z',
    probes: [
      {
        id: 'our-handler',
        layer: 'integration',
        ok: false,
        outcome: 'http-status',
        status: 502,
        latencyMs: 40,
        detail: 'GET /api/ai/health → 502',
      },
      {
        id: 'opus',
        layer: 'model-endpoint',
        provider: 'anthropic',
        model: 'claude-opus-4-7',
        kind: 'llm-canary',
        target: 'POST /v1/messages',
        ok: false,
        outcome: 'http-status',
        status: 529,
        errorType: 'overloaded_error',
        latencyMs: 300,
        detail: '529 overloaded_error',
        samples: { total: 3, failed: 3 },
      },
      {
        id: 'sonnet',
        layer: 'model-endpoint',
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        kind: 'llm-canary',
        target: 'POST /v1/messages',
        ok: true,
        outcome: 'ok',
        status: 200,
        latencyMs: 250,
        detail: 'pong',
        samples: { total: 3, failed: 0 },
      },
    ],
    providers: [],
  };
}

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'layerpost-flow-'));
  const stderr: string[] = [];
  const stdout: string[] = [];
  const rt: Runtime = {
    cwd: dir,
    env: {},
    now: () => NOW,
    stdout: { write: (t) => void stdout.push(t), isTTY: false },
    stderr: { write: (t) => void stderr.push(t), isTTY: false },
    interactive: true,
    color: false,
    opts: {},
    signal: new AbortController().signal,
  };
  const config = resolveConfig(
    { product: { name: 'Acme Notes', feature: 'Acme AI' }, out: join(dir, 'out') },
    { baseDir: dir },
  );
  return { dir, rt, env: { rt, config, log: new Log(rt), c: await makeChalk(false) }, stdout, stderr };
}

describe('draft interview (injected prompts)', () => {
  it('proposes the diagnosed layer, asks only what it cannot infer, and writes the bundle', async () => {
    const { env, dir } = await setup();
    const asker = new ScriptedAsker([
      {
        match: /Which layer/,
        answer: (choices: Array<{ value: string }>, def: string) => (
          expect(def).toBe('model-endpoint'),
          expect(choices[0]!.value).toBe('model-endpoint'),
          def
        ),
      },
      { match: /Phase/, answer: 'investigating' },
      // Only the providers this incident involves (the config names none; the evidence names Anthropic), not all 11.
      {
        match: /Which provider/,
        answer: (choices: Array<{ value: string }>) => (
          expect(choices.map((c) => c.value)).toEqual(['anthropic']),
          'anthropic'
        ),
      },
      {
        match: /Affected models/,
        answer: (choices: Array<{ value: string; checked?: boolean }>) =>
          choices.filter((c) => c.checked).map((c) => c.value),
      },
      { match: /impact/, answer: (_c: unknown, def: string) => def },
      { match: /Next update/, answer: '45' },
      { match: /What are we doing/, answer: 'We are routing requests to Claude Sonnet 4.6.' },
      { match: /Anything else/, answer: '' },
      { match: /What now/, answer: 'write' },
    ]);
    const r = await runDraft(env, { incident: 'inc-1' }, { evidence: evidence(), asker, lint: () => [] });
    expect(asker.remaining).toBe(0);
    expect(asker.shown[0]).toContain('Evidence:');
    expect(asker.shown[0]).toMatch(/model-endpoint/);
    expect(r.code).toBe(0);
    expect(r.bundle).toBe(join(dir, 'out', 'inc-1', '001-investigating'));
    const x = await readFile(join(r.bundle!, 'x.txt'), 'utf8');
    expect(x).toContain("Anthropic's serving of Claude Opus 4.7");
    expect(x).toContain('14:47 UTC');
    expect(await readFile(join(r.bundle!, 'statuspage.md'), 'utf8')).toContain(
      'We are routing requests to Claude Sonnet 4.6.',
    );
    const answers = JSON.parse(await readFile(join(r.bundle!, 'answers.json'), 'utf8')) as Record<string, unknown>;
    expect(answers).toMatchObject({
      layer: 'model-endpoint',
      provider: 'anthropic',
      models: ['claude-opus-4-7'],
      nextUpdateMinutes: 45,
    });
    // the resume file is gone once the bundle is written
    expect(await readdir(join(dir, 'out'))).toEqual(['inc-1']);
  });

  it.each([
    ['the embedded set', undefined, 'model-endpoint (', "our AI provider's serving of one model"],
    [
      'a German set',
      join(ROOT, 'test/fixtures/templates-de'),
      'model-endpoint (',
      'die Bereitstellung von einem Modell',
    ],
  ])('the layer choices and the ranking say each layer in the words of %s', async (_set, templates, id, words) => {
    const { env } = await setup();
    let names: string[] = [];
    const asker = new ScriptedAsker([
      {
        match: /Which layer/,
        answer: (choices: Array<{ value: string; name?: string }>, def: string) => (
          (names = choices.map((c) => c.name ?? '')),
          def
        ),
      },
      { match: /Phase/, answer: 'investigating' },
      { match: /Which provider/, answer: 'anthropic' },
      { match: /Affected models/, answer: [] },
      { match: /impact/, answer: 'Some users see errors.' },
      { match: /Next update/, answer: '30' },
      { match: /What are we doing/, answer: '' },
      { match: /Anything else/, answer: '' },
      { match: /What now/, answer: 'quit' },
    ]);
    await runDraft(
      env,
      { incident: 'inc-words', ...(templates ? { templates } : {}) },
      { evidence: evidence(), asker, lint: () => [] },
    );
    const choice = names.find((n) => n.startsWith(id))!;
    expect(choice).toContain(words);
    expect(asker.shown[0]).toContain(`model-endpoint: ${choice.slice(choice.indexOf(': ') + 2)}`);
    // No English name of the layer model is left in a German interview.
    if (templates) for (const n of names) expect(n).not.toMatch(/\b(?:the|our|of)\b/);
  });

  it('answers given as flags are not asked; an override the evidence contradicts is confirmed (default No) and recorded', async () => {
    const { env } = await setup();
    const flags = {
      layer: 'integration',
      phase: 'identified',
      provider: 'anthropic',
      impact: 'Acme AI is failing for everyone',
      action: 'We are fixing our gateway',
      notes: 'None',
      nextUpdate: 20,
    };
    const asker = new ScriptedAsker([
      { match: /Draft integration anyway/, answer: (_c: unknown, def: string) => (expect(def).toBe('false'), true) },
      { match: /What now/, answer: 'write' },
    ]);
    const r = await runDraft(env, { incident: 'inc-2', ...flags }, { evidence: evidence(), asker, lint: () => [] });
    expect(asker.asked).toEqual(['Draft integration anyway?', 'What now?']);
    expect(asker.shown.join('\n')).toMatch(/contradicts integration: .*\n.*529/);
    const manifest = JSON.parse(await readFile(join(r.bundle!, 'draft.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      layer: 'integration',
      proposedLayer: 'model-endpoint',
      override: { proposed: 'model-endpoint', chosen: 'integration', confirmed: true },
    });
    // Saying No writes nothing.
    const no = new ScriptedAsker([{ match: /anyway/, answer: false }]);
    await expect(
      runDraft(env, { incident: 'inc-2b', ...flags }, { evidence: evidence(), asker: no, lint: () => [] }),
    ).rejects.toThrow(/contradicts the evidence.*--confirm-override/);
    // The evidence lines are sentences; joined in one message they lose their full stops.
    const refused = await runDraft(
      env,
      { incident: 'inc-2c', ...flags },
      { evidence: evidence(), asker: new ScriptedAsker([{ match: /anyway/, answer: false }]), lint: () => [] },
    ).catch((e: Error) => e.message);
    expect(refused).toMatch(/contradicts the evidence: .* \(.+\); pass --confirm-override/);
    expect(refused).not.toMatch(/\.[;)]/);
  });

  it('edit a draft in $EDITOR, change an answer, then write: both take effect', async () => {
    const { env } = await setup();
    const asker = new ScriptedAsker([
      { match: /What now/, answer: 'edit' },
      { match: /Which draft/, answer: 'sms' },
      {
        match: /Edit the sms draft/,
        answer: 'Acme: AI answers failing; Anthropic API errors. Next update 14:32 UTC.\n',
      },
      { match: /What now/, answer: 'change' },
      { match: /Which answer/, answer: 'nextUpdateMinutes' },
      { match: /Next update/, answer: '60' },
      { match: /You edited sms by hand/, answer: (_c: unknown, def: string) => (expect(def).toBe('true'), false) },
      { match: /What now/, answer: 'write' },
    ]);
    const r = await runDraft(
      env,
      {
        incident: 'inc-3',
        layer: 'provider-api',
        phase: 'investigating',
        provider: 'anthropic',
        impact: 'AI answers fail',
        nextUpdate: 30,
      },
      { evidence: evidence(), asker, lint: () => [] },
    );
    expect(asker.remaining).toBe(0);
    expect(await readFile(join(r.bundle!, 'sms.txt'), 'utf8')).toBe(
      'Acme: AI answers failing; Anthropic API errors. Next update 14:32 UTC.\n',
    );
    expect(await readFile(join(r.bundle!, 'x.txt'), 'utf8')).toContain('15:02 UTC');
  });

  it('an edit that a changed answer would make stale is dropped when the operator says so, and the answer applies', async () => {
    const { env } = await setup();
    const asker = new ScriptedAsker([
      { match: /What now/, answer: 'edit' },
      { match: /Which draft/, answer: 'sms' },
      { match: /Edit the sms draft/, answer: 'Acme: AI answers failing. Next update 14:32 UTC.' },
      { match: /What now/, answer: 'change' },
      { match: /Which answer/, answer: 'nextUpdateMinutes' },
      { match: /Next update/, answer: '60' },
      { match: /You edited sms by hand/, answer: true },
      { match: /What now/, answer: 'write' },
    ]);
    const r = await runDraft(
      env,
      {
        incident: 'inc-3b',
        layer: 'provider-api',
        phase: 'investigating',
        provider: 'anthropic',
        impact: 'AI answers fail',
        nextUpdate: 30,
      },
      { evidence: evidence(), asker },
    );
    expect(asker.remaining).toBe(0);
    const sms = await readFile(join(r.bundle!, 'sms.txt'), 'utf8');
    expect(sms).toContain('15:02 UTC');
    expect(sms).not.toContain('14:32');
  });

  it('lint findings on an edited draft speak of the text, not of template variables', async () => {
    const { env } = await setup();
    const asker = new ScriptedAsker([
      { match: /What now/, answer: 'edit' },
      { match: /Which draft/, answer: 'x' },
      {
        match: /Edit the x draft/,
        answer: 'Acme AI answers fail for some users. Anthropic API errors; model quality is unaffected.',
      },
      { match: /What now/, answer: 'write' },
    ]);
    const r = await runDraft(
      env,
      { incident: 'inc-3c', layer: 'provider-api', phase: 'investigating', provider: 'anthropic', nextUpdate: 30 },
      { evidence: evidence(), asker },
    );
    const onX = r.findings.filter((f) => f.channel === 'x');
    expect(onX.map((f) => f.rule)).toContain('next-update');
    for (const f of onX) {
      expect(f.message).not.toContain('{{');
      expect(f.message).toMatch(/\(in your edited text\)$/);
    }
  });

  it('a draft over a hard limit is written only when the operator accepts it, and then the run succeeds', async () => {
    const { env } = await setup();
    const long = `Acme AI answers fail. ${"Anthropic's API is returning errors. ".repeat(10)}Model quality is unaffected. Next update 14:32 UTC.`;
    const asker = new ScriptedAsker([
      { match: /What now/, answer: 'edit' },
      { match: /Which draft/, answer: 'x' },
      { match: /Edit the x draft/, answer: long },
      { match: /What now/, answer: 'write' },
      {
        match: /x is \d+\/280: over the platform's limit/,
        answer: (_c: unknown, def: string) => (expect(def).toBe('false'), false),
      },
      { match: /What now/, answer: 'write' },
      { match: /over the platform's limit/, answer: true },
    ]);
    const r = await runDraft(
      env,
      { incident: 'inc-3d', layer: 'provider-api', phase: 'investigating', provider: 'anthropic', nextUpdate: 30 },
      { evidence: evidence(), asker },
    );
    expect(asker.remaining).toBe(0);
    expect(r.drafts.find((d) => d.channel === 'x')!.overLimit).toBe(true);
    expect(r.findings.some((f) => f.rule === 'length' && f.severity === 'error')).toBe(true);
    expect(r.code, JSON.stringify(r.findings.filter((f) => f.severity === 'error'))).toBe(0);
  });

  it('quit writes nothing and keeps the answers; --resume continues from them', async () => {
    const { env, dir } = await setup();
    const quit = new ScriptedAsker([
      { match: /Which layer/, answer: 'provider-api' },
      { match: /Phase/, answer: 'investigating' },
      { match: /Which provider/, answer: 'anthropic' },
      { match: /Affected models/, answer: ['claude-opus-4-7'] },
      { match: /impact/, answer: 'Acme AI answers are failing' },
      { match: /Next update/, answer: '30' },
      { match: /What are we doing/, answer: '' },
      { match: /Anything else/, answer: '' },
      { match: /What now/, answer: 'quit' },
    ]);
    const first = await runDraft(env, { incident: 'inc-4' }, { evidence: evidence(), asker: quit, lint: () => [] });
    expect(first.bundle).toBeUndefined();
    expect(await readdir(join(dir, 'out'))).toEqual(['.layerpost-resume.inc-4.json']);
    const resumed = new ScriptedAsker([{ match: /What now/, answer: 'write' }]);
    const { env: env2, stderr } = await setup();
    const second = await runDraft(
      { ...env, log: env2.log },
      { resume: true },
      { evidence: evidence(), asker: resumed, lint: () => [] },
    );
    expect(stderr.join('')).toMatch(
      /Resuming incident inc-4: restored --layer, --phase, --provider, --models, --impact, --next-update/,
    );
    expect(resumed.remaining).toBe(0);
    expect(second.bundle).toContain(join('inc-4', '001-investigating'));
  });

  it('a correction to an unknown cause names the provider it takes back, not "our AI provider"', async () => {
    const { env } = await setup();
    const opts = { incident: 'inc-5u', phase: 'investigating', provider: 'anthropic', nextUpdate: 30, yes: true };
    await runDraft(env, { ...opts, layer: 'provider-api' }, { evidence: evidence(), lint: () => [] });
    const r = await runDraft(
      env,
      { ...opts, layer: 'unknown', confirmOverride: true },
      { evidence: evidence(), lint: () => [] },
    );
    const statuspage = r.drafts.find((d) => d.channel === 'statuspage')!;
    expect(statuspage.text).toContain("Correction: earlier we said the cause was Anthropic's API");
    for (const d of r.drafts) expect(d.text, d.channel).not.toContain('our AI provider');
  });

  it('a follow-up with a different layer carries a correction in every draft', async () => {
    const { env } = await setup();
    const opts = {
      incident: 'inc-5',
      phase: 'investigating',
      provider: 'anthropic',
      impact: 'AI answers fail',
      nextUpdate: 30,
      yes: true,
    };
    await runDraft(env, { ...opts, layer: 'provider-api' }, { evidence: evidence(), lint: () => [] });
    const r = await runDraft(
      env,
      { ...opts, layer: 'integration', phase: 'identified', confirmOverride: true },
      { evidence: evidence(), lint: () => [] },
    );
    expect(r.bundle).toContain(join('inc-5', '002-identified'));
    for (const d of r.drafts) expect(d.text, d.channel).toMatch(/Correction/);
    const manifest = JSON.parse(await readFile(join(r.bundle!, 'draft.json'), 'utf8')) as {
      previous: { layer: string };
      correction: string;
    };
    expect(manifest.previous.layer).toBe('provider-api');
    expect(manifest.correction).toContain("Anthropic's API");
  });
});

describe('askAnswers: what the operator sees first', () => {
  it('evidence gathered just now (already printed line by line) is not shown again; evidence from a file is', async () => {
    const { askAnswers } = await import('../../src/answers/interview.js');
    const { DEFAULT_LAYERS } = await import('../../src/model/layers.js');
    const base = {
      proposal: { answers: { layer: 'provider-api' }, diagnosed: 'provider-api' },
      ranked: [{ layer: 'provider-api', confidence: 0.9, evidence: ['529s'], against: [] }],
      summary: ['✗ opus 529'],
      layers: DEFAULT_LAYERS,
      providers: [],
      onAnswer: () => undefined,
    };
    const given = {
      layer: 'provider-api',
      phase: 'investigating' as const,
      impact: 'x',
      action: '',
      notes: '',
      nextUpdateMinutes: 30,
    };
    const live = new ScriptedAsker([]);
    await askAnswers(live, { ...base, given, evidenceShown: true });
    expect(live.shown.join('\n')).not.toContain('Evidence:');
    expect(live.shown.join('\n')).toContain('Which layer failed');
    const file = new ScriptedAsker([]);
    await askAnswers(file, { ...base, given });
    expect(file.shown.join('\n')).toContain('Evidence:\n  ✗ opus 529');
  });
});

describe('askAnswers: the answers it returns are valid together', () => {
  const ranked = [
    { layer: 'unknown', confidence: 0.5, evidence: ['nothing conclusive'], against: [] },
    { layer: 'provider-api', confidence: 0.4, evidence: ['529s'], against: [] },
  ];
  const setup = async () => {
    const { askAnswers } = await import('../../src/answers/interview.js');
    const { DEFAULT_LAYERS } = await import('../../src/model/layers.js');
    const base = {
      proposal: { answers: { layer: 'unknown' }, diagnosed: 'unknown' },
      ranked,
      summary: [],
      layers: DEFAULT_LAYERS,
      providers: [{ id: 'anthropic', name: 'Anthropic', models: [] }],
      evidenceShown: true,
      onAnswer: () => undefined,
    };
    return { askAnswers, base };
  };

  it('a phase given already offers only the layers that allow it (an unknown cause is never "monitoring")', async () => {
    const { askAnswers, base } = await setup();
    let offered: string[] = [];
    const asker = new ScriptedAsker([
      {
        match: /Which layer failed/,
        answer: (choices?: { value: string }[]) => ((offered = choices!.map((c) => c.value)), 'provider-api'),
      },
      { match: /Which provider/, answer: 'anthropic' },
      { match: /Affected models/, answer: [] },
      { match: /impact/, answer: '' },
      { match: /Next update/, answer: '30' },
      { match: /What are we doing/, answer: '' },
      { match: /Anything else/, answer: '' },
    ]);
    const a = await askAnswers(asker, { ...base, given: { phase: 'monitoring' } });
    expect(offered).toEqual(['provider-api']);
    expect(a).toMatchObject({ layer: 'provider-api', phase: 'monitoring', provider: 'anthropic' });
  });

  it("where no layer allows the phase given (a team's own layer set), the layer is asked, then the phase again", async () => {
    const { askAnswers, base } = await setup();
    let phases: string[] = [];
    const asker = new ScriptedAsker([
      { match: /Which layer failed/, answer: 'unknown' },
      {
        match: /Phase of the incident/,
        answer: (choices?: { value: string }[]) => ((phases = choices!.map((c) => c.value)), 'investigating'),
      },
    ]);
    const onlyUnknown = base.layers.filter((l) => l.id === 'unknown');
    const a = await askAnswers(asker, {
      ...base,
      layers: onlyUnknown,
      given: { phase: 'monitoring', nextUpdateMinutes: 30, impact: '', action: '', notes: '' },
    });
    expect(phases).toEqual(['investigating']);
    expect(a).toMatchObject({ layer: 'unknown', phase: 'investigating' });
    expect(asker.remaining).toBe(0);
  });

  it('in the review loop, changing the layer offers only those that allow the current phase', async () => {
    const { askAnswers, base } = await setup();
    let offered: string[] = [];
    const asker = new ScriptedAsker([
      {
        match: /Which layer failed/,
        answer: (choices?: { value: string }[]) => ((offered = choices!.map((c) => c.value)), 'provider-api'),
      },
    ]);
    const a = await askAnswers(
      asker,
      { ...base, given: { phase: 'monitoring', provider: 'anthropic', nextUpdateMinutes: 30 } },
      ['layer'],
    );
    expect(offered).toEqual(['provider-api']);
    expect(a).toMatchObject({ layer: 'provider-api', phase: 'monitoring' });
  });
});

describe('issue 23 in the interview', () => {
  it('words written while it failed are asked about at monitoring (default No), not carried', async () => {
    const { env } = await setup();
    const first = {
      layer: 'provider-api',
      phase: 'identified',
      provider: 'anthropic',
      models: ['claude-opus-4-7'],
      impact: 'Acme AI is failing for everyone',
      nextUpdate: 30,
    };
    await runDraft(
      env,
      {
        incident: 'n',
        ...first,
        action: 'We are retrying failed requests.',
        notes: "We are rolling back yesterday's release.",
      },
      { evidence: evidence(), asker: new ScriptedAsker([{ match: /What now/, answer: 'write' }]), lint: () => [] },
    );
    const calm = {
      ...evidence(),
      probes: evidence().probes.map((p) => ({ ...p, ok: true, outcome: 'ok' as const, status: 200 })),
    };
    const asker = new ScriptedAsker([
      {
        match: /The last update said “We are retrying failed requests\.”\. Does it still apply at monitoring\?/,
        answer: (_c: unknown, def: string) => (expect(def).toBe('false'), true),
      },
      { match: /The last update said “We are rolling back yesterday's release\.”/, answer: false },
      { match: /What now/, answer: 'write' },
    ]);
    const r = await runDraft(
      env,
      {
        incident: 'n',
        layer: 'provider-api',
        phase: 'monitoring',
        provider: 'anthropic',
        models: ['claude-opus-4-7'],
        nextUpdate: 30,
      },
      { evidence: calm, asker, lint: () => [] },
    );
    expect(asker.remaining).toBe(0);
    const answers = JSON.parse(await readFile(join(r.bundle!, 'answers.json'), 'utf8')) as Record<string, unknown>;
    expect(answers.action).toBe('We are retrying failed requests.');
    expect(answers.notes).toBeUndefined();
    expect(await readFile(join(r.bundle!, 'statuspage.md'), 'utf8')).not.toContain('rolling back');
  });

  it('at resolved: the stated impact no rule can put in the past is asked for; still-failing probes are confirmed and recorded', async () => {
    const { env } = await setup();
    const given = {
      layer: 'provider-api',
      provider: 'anthropic',
      models: ['claude-opus-4-7'],
      action: 'We rolled back.',
      notes: '',
    };
    await runDraft(
      env,
      { incident: 'r', ...given, phase: 'identified', impact: 'Uploads stall', nextUpdate: 30 },
      { evidence: evidence(), asker: new ScriptedAsker([{ match: /What now/, answer: 'write' }]), lint: () => [] },
    );
    const asker = new ScriptedAsker([
      {
        match: /still fail .*Draft resolved anyway\?/,
        answer: (_c: unknown, def: string) => (expect(def).toBe('false'), true),
      },
      {
        match: /Earlier you said “Uploads stall\.”\. What happened to our users, in the past tense/,
        answer: 'Uploads stalled when they were large.',
      },
      { match: /What now/, answer: 'write' },
    ]);
    const r = await runDraft(
      env,
      { incident: 'r', ...given, phase: 'resolved', dataLoss: 'No data was lost.' },
      { evidence: evidence(), asker, lint: () => [] },
    );
    expect(asker.remaining).toBe(0);
    expect(await readFile(join(r.bundle!, 'statuspage.md'), 'utf8')).toContain('Uploads stalled when they were large.');
    const manifest = JSON.parse(await readFile(join(r.bundle!, 'draft.json'), 'utf8')) as { stillFailing?: string[] };
    expect(manifest.stillFailing).toEqual(['our-handler', 'opus']);
  });
});
