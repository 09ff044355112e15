// The layer model: six default layers, ids and facts only (their words are template phrases), unknown only while investigating,
// config merges.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYERS,
  findLayer,
  isKnownLayer,
  LAYER_IDS,
  mergeLayers,
  namesModels,
  namesProvider,
  PHASES,
} from '../../src/model/layers.js';

describe('DEFAULT_LAYERS', () => {
  it('are the six of SPEC §1, from our side outward', () => {
    expect(DEFAULT_LAYERS.map((l) => l.id)).toEqual([
      'integration',
      'network',
      'provider-api',
      'model-endpoint',
      'model-quality',
      'unknown',
    ]);
    expect([...LAYER_IDS]).toEqual(DEFAULT_LAYERS.map((l) => l.id));
  });

  it.each([
    ['integration', false],
    ['network', false],
    ['provider-api', true],
    ['model-endpoint', true],
    ['model-quality', true],
    ['unknown', false],
  ])('%s: whether the provider must be named', (id, providerLayer) => {
    expect(findLayer(id)!.providerLayer).toBe(providerLayer);
  });

  it('hold ids and facts, no words: every string in them is an id, a phase or a flag (words are template phrases)', () => {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(DEFAULT_LAYERS);
    const ids = new Set<string>([...LAYER_IDS, ...PHASES]);
    expect(strings.filter((s) => !ids.has(s))).toEqual([]);
    for (const l of DEFAULT_LAYERS) expect(Object.keys(l).sort()).toEqual(['id', 'ourSide', 'phases', 'providerLayer']);
  });

  it("our side and the provider's side: which layers name the provider and which the models", () => {
    expect(DEFAULT_LAYERS.filter((l) => l.ourSide).map((l) => l.id)).toEqual(['integration', 'network']);
    expect(DEFAULT_LAYERS.filter((l) => namesProvider(l)).map((l) => l.id)).toEqual([
      'integration',
      'network',
      'provider-api',
      'model-endpoint',
      'model-quality',
    ]);
    expect(LAYER_IDS.filter(namesModels)).toEqual(['provider-api', 'model-endpoint', 'model-quality']);
  });

  it('unknown is allowed only while investigating; every other layer in every phase', () => {
    for (const l of DEFAULT_LAYERS) expect(l.phases).toEqual(l.id === 'unknown' ? ['investigating'] : PHASES);
    expect([...PHASES]).toEqual(['investigating', 'identified', 'monitoring', 'resolved']);
  });
});

describe('mergeLayers', () => {
  it('renames a default layer by id, keeping the rest of it; the name becomes the layer-name phrase', () => {
    const out = mergeLayers([
      { id: 'integration', name: 'the Acme AI gateway', mitigation: 'We restart the gateway.' },
    ]);
    const l = out.find((x) => x.id === 'integration')!;
    expect(l.name).toBe('the Acme AI gateway');
    expect(l.nameTemplate).toBe('the Acme AI gateway');
    expect(l.mitigation).toBe('We restart the gateway.');
    expect(l.notAffected).toBeUndefined();
    expect(l.providerLayer).toBe(findLayer('integration')!.providerLayer);
    expect(out).toHaveLength(6);
  });

  it('adds a new layer with sensible defaults, after the defaults', () => {
    const out = mergeLayers([{ id: 'vector-store', name: 'our vector database' }]);
    expect(out.map((l) => l.id)).toEqual([...LAYER_IDS, 'vector-store']);
    const l = out.at(-1)!;
    expect(l).toMatchObject({
      id: 'vector-store',
      name: 'our vector database',
      nameTemplate: 'our vector database',
      providerLayer: false,
      ourSide: false,
      phases: PHASES,
    });
    expect(isKnownLayer('vector-store', out)).toBe(true);
    expect(isKnownLayer('vector-store')).toBe(false);
  });

  it('a new layer without a name is named by its id', () => {
    expect(mergeLayers([{ id: 'cache' }]).at(-1)).toMatchObject({ name: 'cache' });
  });

  it('does not mutate the defaults', () => {
    const before = JSON.stringify(DEFAULT_LAYERS);
    mergeLayers([{ id: 'network', name: 'x', phases: ['resolved'] }]);
    expect(JSON.stringify(DEFAULT_LAYERS)).toBe(before);
  });

  it('a config can narrow the phases of a layer', () => {
    expect(
      mergeLayers([{ id: 'network', phases: ['investigating', 'identified'] }]).find((l) => l.id === 'network')!.phases,
    ).toEqual(['investigating', 'identified']);
  });
});
