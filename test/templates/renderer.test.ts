// The precompiled embedded templates (dist/templates.cjs, made by the build) render exactly as compiling them does, for every lint fixture context.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '../../src/core/channels/index.js';
import { DEFAULT_LAYERS } from '../../src/core/layers.js';
import { renderDrafts } from '../../src/core/render.js';
import { compileSet } from '../../src/templates/engine.js';
import { loadTemplateSet, packageRoot } from '../../src/templates/load.js';
import { precompiledFor, rendererFor } from '../../src/templates/renderer.js';
import { lintTemplates } from '../../src/lint/index.js';
import { renderCases } from '../../src/lint/fixtures.js';
import type { CompiledSet, TemplateSet } from '../../src/templates/set.js';

const built = existsSync(join(packageRoot(), 'dist', 'templates.cjs'));

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
    const x = edited.templates.get('social/default')!;
    edited.templates.set('social/default', { ...x, source: `${x.source}Thanks.\n` });
    expect(await precompiledFor(edited)).toBeUndefined();
    expect((await rendererFor(edited)).how).toBe('compiled');
  });

  it('are used for the embedded set', () => {
    expect(pre.how).toBe('precompiled');
    expect(pre.names().sort()).toEqual(compiled.names().sort());
  });

  it('render every channel × layer × phase exactly as compiling does', () => {
    let n = 0;
    // Every layer × phase × lint fixture profile: corrections, local times, many models, Japanese text.
    for (const { layer, phase, profile, ctx } of renderCases(DEFAULT_LAYERS)) {
      for (const name of compiled.names()) {
        expect(pre.render(name, ctx), `${name} ${layer.id}/${phase}/${profile.id}`).toBe(compiled.render(name, ctx));
        n++;
      }
      expect(renderDrafts(pre, ctx, CHANNEL_IDS)).toEqual(renderDrafts(compiled, ctx, CHANNEL_IDS));
    }
    expect(n).toBeGreaterThan(200);
  });

  it('a set with an override, or an edited embedded template, is compiled instead', async () => {
    const edited = structuredClone(set);
    const x = edited.templates.get('social/default')!;
    edited.templates.set('social/default', { ...x, source: x.source + ' Edited.' });
    expect((await rendererFor(edited)).how).toBe('compiled');
    const override = structuredClone(set);
    override.templates.set('social/default', { ...x, origin: 'override', path: '/tmp/social/default.hbs' });
    expect((await rendererFor(override)).how).toBe('compiled');
  });

  it('are safe as compiled ones: no prototype access', async () => {
    const r = await rendererFor(set);
    expect(r.how).toBe('precompiled');
    // strict mode is compiled into the specs: a missing variable is an error naming the file
    expect(() => r.render('social/default', {})).toThrow(/embedded:social\/default\.hbs/);
  });
});
