// lint renders the phrases of `said` once per distinct set of facts they read: the same words as rendering every
// phrase in every context, with far fewer renders.
import { describe, expect, it } from 'vitest';
import { renderCases } from '../../src/lint/fixtures.js';
import { readsOf, rememberedPhrases } from '../../src/lint/said.js';
import { scansOf } from '../../src/lint/scans.js';
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { compileSet, type TemplateSet } from '../../src/templating/engine.js';
import { loadTemplateSet } from '../../src/templating/load.js';
import { phrase, plantedSet } from './planted.js';

const NAMES = ['layer-name', 'cause', 'cause-short', 'not-affected', 'not-affected-short', 'phase-name'];

function check(set: TemplateSet) {
  const ready = compileSet(set);
  let renders = 0;
  const counted = {
    renderPhrase: (name: string, ctx: object, layerId?: string) => {
      renders++;
      return ready.renderPhrase(name, ctx, layerId);
    },
  };
  const remembered = rememberedPhrases(set, scansOf(set), counted);
  let asked = 0;
  for (const { ctx } of renderCases(DEFAULT_LAYERS)) {
    const calls: Array<[string, string | undefined]> = [
      ...NAMES.map((n) => [n, undefined] as [string, undefined]),
      ...DEFAULT_LAYERS.map((l) => ['layer-name', l.id] as [string, string]),
    ];
    if (ctx.previous.has) calls.push(['previous-layer-name', undefined]);
    if (ctx.correction.has) calls.push(['correction', undefined], ['correction-short', undefined]);
    for (const [name, layerId] of calls) {
      asked++;
      expect(remembered.renderPhrase(name, ctx, layerId), `${name} ${layerId ?? ''}`).toBe(
        ready.renderPhrase(name, ctx, layerId),
      );
    }
  }
  return { asked, renders };
}

describe('said phrases, remembered by the facts they read', () => {
  it('the embedded set: the same words in every context, a fraction of the renders', async () => {
    const set = await loadTemplateSet();
    const { asked, renders } = check(set);
    expect(renders).toBeLessThan(asked / 3);
    const { paths: reads, layered } = readsOf(set, scansOf(set), 'layer-name');
    expect(layered).toBe(true);
    expect(reads).toContain('provider.name');
    expect(reads.some((p) => p.startsWith('phase.'))).toBe(false);
  }, 60_000);

  it('a layer name that reads the phase and the models is told apart by them', async () => {
    const set = await plantedSet({
      'phrases/layer-name/network':
        '{{#if phase.is.resolved}}the network (fixed){{else}}the network to {{#each models.list}}{{name}} {{/each}}{{/if}}',
      'phrases/cause/network': `${phrase('phrases/cause/network').trim()} {{> layer-name}}.`,
    });
    const reads = readsOf(set, scansOf(set), 'cause').paths;
    expect(reads).toEqual(expect.arrayContaining(['phase.is.resolved', 'models.list[].name']));
    check(set);
  }, 60_000);
});
