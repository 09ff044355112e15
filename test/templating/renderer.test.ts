// The precompiled embedded templates (dist/templates.cjs, made by the build) render exactly as compiling them does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '../../src/drafts/channels/index.js';
import { buildContext } from '../../src/drafts/build-context.js';
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { renderDrafts, renderSaid } from '../../src/drafts/render.js';
import { compileSet } from '../../src/templating/engine.js';
import { loadPrecompiled, loadTemplateSet, packageRoot } from '../../src/templating/load.js';
import { precompiledFor, rendererFor } from '../../src/templating/renderer.js';
import { lintTemplates } from '../../src/lint/index.js';
import type { CompiledSet, TemplateSet } from '../../src/templating/set.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';
import { sayDiagnosis } from '../../src/templating/reasons.js';
import { EVIDENCE_FIXTURES, loadEvidence } from '../fixtures/evidence/index.js';
import { draftInput } from '../helpers/draft-input.js';

const built = existsSync(join(packageRoot(), 'dist', 'templates.cjs'));
const NOW = new Date('2026-11-21T14:02:00Z');

describe.skipIf(!built)('precompiled embedded templates', () => {
  let set: TemplateSet;
  let pre: CompiledSet;
  let compiled: CompiledSet;
  beforeAll(async () => {
    set = await loadTemplateSet();
    pre = await rendererFor(set);
    compiled = compileSet(set);
  });

  it('lint the embedded set with the same result as compiling it (what `layerpost lint` uses them for)', async () => {
    const precompiled = await precompiledFor(set);
    expect(precompiled?.how).toBe('precompiled');
    expect(lintTemplates(set, { precompiled })).toEqual(lintTemplates(set));
  });

  it('are not offered for a set that differs from the embedded one', async () => {
    const edited: TemplateSet = { templates: new Map(set.templates), partials: set.partials, layered: set.layered };
    const x = edited.templates.get('channels/sms/default')!;
    edited.templates.set('channels/sms/default', { ...x, source: `${x.source}Thanks.\n` });
    expect(await precompiledFor(edited)).toBeUndefined();
    expect((await rendererFor(edited)).how).toBe('compiled');
  });

  it('are made ready one by one as they first render, so a run compiles only the templates it renders', async () => {
    const specs = loadPrecompiled()!.templates;
    const made: string[] = [];
    const original = new Map(Object.entries(specs).map(([name, t]) => [name, t.js] as const));
    for (const [name, t] of Object.entries(specs))
      t.js = (r) => {
        made.push(name);
        return original.get(name)!(r);
      };
    try {
      const fresh = (await precompiledFor(set))!;
      expect(made).toEqual([]);
      const ctx = buildContext(draftInput('provider-api', 'investigating'));
      expect(fresh.render('channels/statuspage/title', ctx)).toBe(compiled.render('channels/statuspage/title', ctx));
      expect(made.length).toBeGreaterThan(0);
      expect(made).toContain('channels/statuspage/title');
      // the title and the phrases it reaches, not the 150 files of the set
      expect(made.length).toBeLessThan(15);
      expect(new Set(made).size).toBe(made.length);
    } finally {
      for (const [name, t] of Object.entries(specs)) t.js = original.get(name)!;
    }
  });

  it('are used for the embedded set', () => {
    expect(pre.how).toBe('precompiled');
    expect(pre.names().sort()).toEqual(compiled.names().sort());
  });

  it('name the same file, line and column as compiling does when a render fails (their locations are shared)', () => {
    // A context without a field the templates look up strictly (LinkedIn's resolved post writes {{notes}}): the
    // render fails where the template reads it.
    const ctx = buildContext({
      product: { name: 'Acme Notes', feature: 'Acme AI', timeZone: 'UTC' },
      layer: DEFAULT_LAYERS[0]!,
      phase: 'resolved',
      dataLoss: 'No data was lost.',
      provider: { id: 'anthropic', name: 'Anthropic' },
      models: [],
      impact: { text: 'Acme AI answers are failing for many users' },
      errors: [],
      evidenceLines: [],
      evidenceTakenAt: NOW.toISOString(),
      nextUpdateMinutes: 30,
      incident: { id: 'inc-1', update: 1, startedAt: NOW },
      now: NOW,
    });
    const { notes: _notes, ...withoutNotes } = ctx;
    const failure = (ready: CompiledSet) => {
      try {
        ready.render('channels/linkedin/default', withoutNotes);
      } catch (err) {
        return String((err as Error).message);
      }
      return 'rendered';
    };
    expect(failure(pre)).toMatch(/^embedded:channels\/linkedin\/default\.hbs:\d+:\d+: "notes" not defined/);
    expect(failure(pre)).toBe(failure(compiled));
  });

  it('render every channel × layer × phase exactly as compiling does', () => {
    let n = 0;
    const ids = DEFAULT_LAYERS.map((l) => l.id);
    for (const layer of DEFAULT_LAYERS)
      for (const phase of layer.phases) {
        const ctx = buildContext({
          product: { name: 'Acme Notes', feature: 'Acme AI', timeZone: 'Europe/Berlin' },
          layer,
          phase,
          provider: { id: 'anthropic', name: 'Anthropic' },
          models: [{ id: 'claude-opus-4-7', name: 'Claude Opus 4.7' }],
          impact: {
            text: 'Acme AI answers are failing for many users',
            reported: 'Acme AI answers are failing for many users',
          },
          errors: [{ status: 529, kind: 'overloaded' }],
          evidenceLines: ['3/3 POST /v1/messages → 529 overloaded_error'],
          evidenceTakenAt: NOW.toISOString(),
          nextUpdateMinutes: 30,
          dataLoss: phase === 'resolved' ? 'No data was lost.' : undefined,
          incident: { id: 'inc-1', update: 2, startedAt: NOW },
          previous: { layer: DEFAULT_LAYERS[5]!, phase: 'investigating' },
          now: NOW,
        });
        for (const name of compiled.names().filter((x) => !x.startsWith('reasons/'))) {
          expect(pre.render(name, ctx), `${name} ${layer.id}/${phase}`).toBe(compiled.render(name, ctx));
          n++;
        }
        expect(renderDrafts(pre, ctx, CHANNEL_IDS)).toEqual(renderDrafts(compiled, ctx, CHANNEL_IDS));
        expect(renderSaid(pre, ctx, ids)).toEqual(renderSaid(compiled, ctx, ids));
      }
    // Fifteen channel templates (every channel folder's variants and titles) for 21 layer × phase pairs, and every
    // layered phrase through renderSaid.
    expect(n).toBe(15 * 21);
  });

  it("say every evidence fixture's diagnosis exactly as compiling does (templates/reasons/)", () => {
    for (const name of EVIDENCE_FIXTURES) {
      const d = diagnose({ evidence: loadEvidence(name) });
      expect(sayDiagnosis(pre, d), name).toEqual(sayDiagnosis(compiled, d));
    }
  });

  it('a set with an override, or an edited embedded template, is compiled instead', async () => {
    const edited = structuredClone(set);
    const x = edited.templates.get('channels/sms/default')!;
    edited.templates.set('channels/sms/default', { ...x, source: x.source + ' Edited.' });
    expect((await rendererFor(edited)).how).toBe('compiled');
    const override = structuredClone(set);
    override.templates.set('channels/x/default', {
      ...x,
      name: 'channels/x/default',
      origin: 'override',
      path: '/tmp/x/default.hbs',
    });
    expect((await rendererFor(override)).how).toBe('compiled');
    // One phrase edited is enough to compile the set instead.
    const phrase = structuredClone(set);
    const p = phrase.partials.get('cause/network')!;
    phrase.partials.set('cause/network', { ...p, source: p.source + ' Edited.' });
    expect((await rendererFor(phrase)).how).toBe('compiled');
  });

  it('are safe as compiled ones: no prototype access', async () => {
    const r = await rendererFor(set);
    expect(r.how).toBe('precompiled');
    // strict mode is compiled into the specs: a missing variable is an error naming the file
    expect(() => r.render('channels/sms/default', {})).toThrow(/embedded:channels\/sms\/default\.hbs/);
  });
});
