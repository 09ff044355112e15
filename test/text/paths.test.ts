// The value at a dotted path: what phrases, phrases by kind and lint rules read of a template context.
import { describe, expect, it } from 'vitest';
import { pathGetter, valueAt } from '../../src/text/paths.js';

const ctx = {
  said: { layerName: "Anthropic's API" },
  models: { list: [{ name: 'Claude Opus 4.7' }, { name: 'Claude Sonnet 4.6' }] },
  correction: { kind: 'layer' },
  empty: null,
};

describe('valueAt and pathGetter', () => {
  it.each<[string, unknown]>([
    ['said.layerName', "Anthropic's API"],
    ['models.list', ctx.models.list],
    ['models.list[].name', ['Claude Opus 4.7', 'Claude Sonnet 4.6']],
    ['correction.kind', 'layer'],
    ['said.nothing', undefined],
    ['empty.anything', undefined],
    ['said.layerName.length', undefined], // a step through a string is no step
  ])('%s', (path, value) => {
    expect(valueAt(ctx, path)).toEqual(value);
    expect(pathGetter(path)(ctx)).toEqual(value);
  });
});
