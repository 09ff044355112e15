// The AST walker: paths resolved against the context schema inside #each/#with, block params, ../, this, @index, @root;
// helpers, partials, unescaped output.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { disabledRules, scanTemplate } from '../../src/lint/scan.js';
import { resolveParts, suggest } from '../../src/lint/schema.js';

const vars = (src: string) => scanTemplate(src).refs.filter((r) => r.kind === 'variable');
const problems = (src: string) =>
  scanTemplate(src)
    .refs.filter((r) => r.problem)
    .map((r) => r.problem);
const canonical = (src: string) => vars(src).map((r) => [r.name, r.canonical ?? `✗ ${r.problem}`]);

describe('scanTemplate: variables', () => {
  it.each([
    ['{{layer.name}}', [['layer.name', 'layer.name']]],
    [
      '{{#each models.list}}{{name}} {{this.id}} {{@index}}{{/each}}',
      [
        ['models.list', 'models.list'],
        ['name', 'models.list[].name'],
        ['this.id', 'models.list[].id'],
        ['@index', '@index'],
      ],
    ],
    [
      '{{#each models.list as |m i|}}{{m.name}} {{i}}{{/each}}',
      [
        ['models.list', 'models.list'],
        ['m.name', 'models.list[].name'],
        ['i', '@index'],
      ],
    ],
    [
      '{{#each evidence.lines}}{{this}} {{.}}{{/each}}',
      [
        ['evidence.lines', 'evidence.lines'],
        ['this', 'evidence.lines[]'],
        ['.', 'evidence.lines[]'],
      ],
    ],
    [
      '{{#with layer}}{{name}} {{../product.name}} {{@root.phase.id}}{{/with}}',
      [
        ['layer', 'layer'],
        ['name', 'layer.name'],
        ['../product.name', 'product.name'],
        ['@root.phase.id', 'phase.id'],
      ],
    ],
    [
      '{{#with layer as |l|}}{{l.is.modelQuality}}{{/with}}',
      [
        ['layer', 'layer'],
        ['l.is.modelQuality', 'layer.is.modelQuality'],
      ],
    ],
    // #if does not change the context, so ../ inside it still means the parent of #each's item.
    [
      '{{#each models.list}}{{#if id}}{{../product.name}}{{/if}}{{/each}}',
      [
        ['models.list', 'models.list'],
        ['id', 'models.list[].id'],
        ['../product.name', 'product.name'],
      ],
    ],
    [
      '{{#each models.list as |m|}}{{#each ../evidence.lines as |line|}}{{m.name}}{{line}}{{/each}}{{/each}}',
      [
        ['models.list', 'models.list'],
        ['../evidence.lines', 'evidence.lines'],
        ['m.name', 'models.list[].name'],
        ['line', 'evidence.lines[]'],
      ],
    ],
    [
      '{{models.list.0.name}} {{models.list.length}}',
      [
        ['models.list.0.name', 'models.list[].name'],
        ['models.list.length', 'models.list.length'],
      ],
    ],
    // A section over a list iterates; over an object it becomes the context.
    [
      '{{#models.list}}{{name}}{{/models.list}}{{#product}}{{feature}}{{/product}}',
      [
        ['models.list', 'models.list'],
        ['name', 'models.list[].name'],
        ['product', 'product'],
        ['feature', 'product.feature'],
      ],
    ],
  ])('%s', (src, expected) => {
    expect(canonical(src)).toEqual(expected);
  });

  it.each([
    ['{{layer.nam}}', '"layer.nam": layer has no field "nam"; did you mean "layer.name"?'],
    [
      '{{#each models.list}}{{nmae}}{{/each}}',
      '"nmae": models.list[] has no field "nmae"; did you mean "models.list[].name"?',
    ],
    ['{{#each models.list as |m|}}{{m.title}}{{/each}}', '"m.title": models.list[] has no field "title"'],
    ['{{#with layer}}{{product.name}}{{/with}}', '"product.name": layer has no field "product"'],
    [
      '{{#each models.list}}{{../../product.name}}{{/each}}',
      '"../../product.name" goes above the template\'s root context',
    ],
    ['{{@index}}', '"@index" is only defined inside #each'],
    ['{{@foo}}', '"@foo" is not a data variable layerpost defines (@root, @index, @first, @last, @key)'],
    ['{{models.list.name}}', '"models.list.name": models.list is a list; use #each, or an index such as models.list.0'],
    ['{{product.name.value}}', '"product.name.value": product.name is a string, it has no field "value"'],
    ['{{phase.id.value}}', '"phase.id.value": phase.id is an enum, it has no field "value"'],
    ['{{#if layer.bogus}}x{{/if}}', '"layer.bogus": layer has no field "bogus"'],
  ])('%s is reported', (src, message) => {
    expect(problems(src)[0]).toContain(message);
  });

  it('a block param shadows a context field only in its own block', () => {
    expect(canonical('{{#each models.list as |layer|}}{{layer.id}}{{/each}}{{layer.id}}')).toEqual([
      ['models.list', 'models.list'],
      ['layer.id', 'models.list[].id'],
      ['layer.id', 'layer.id'],
    ]);
  });

  it('the {{else}} of #each runs in the outer context', () => {
    expect(canonical('{{#each models.list}}{{name}}{{else}}{{product.name}}{{/each}}').at(-1)).toEqual([
      'product.name',
      'product.name',
    ]);
  });

  it('reports line and 1-based column', () => {
    const [r] = vars('first line\n  {{layer.nam}}');
    expect(r).toMatchObject({ line: 2, column: 5 });
  });
});

describe('scanTemplate: helpers, partials, unescaped output', () => {
  it('a mustache with params or a hash is a helper call', () => {
    const s = scanTemplate('{{uppercase layer.name}} {{lookup models.list 0}} {{#if layer.id}}{{/if}} {{fmt x=1}}');
    expect(s.refs.filter((r) => r.kind === 'helper').map((r) => [r.name, Boolean(r.problem)])).toEqual([
      ['uppercase', true],
      ['lookup', false],
      ['if', false],
      ['fmt', true],
    ]);
    // Arguments are still checked as variables.
    expect(s.refs.find((r) => r.name === 'layer.name')?.canonical).toBe('layer.name');
  });

  it('decorators are refused', () => {
    expect(problems('{{* inline}}')).toEqual(['decorators are not supported in layerpost templates']);
  });

  it('records partials, and dynamic partials as unknowable', () => {
    const s = scanTemplate('{{> cause-line}} {{#> correction}}x{{/correction}} {{> (lookup . "p")}}');
    expect(s.partials).toEqual(['cause-line', 'correction']);
    expect(s.refs.filter((r) => r.kind === 'partial' && r.problem)).toHaveLength(1);
  });

  it('records triple-stash and {{& }} with the paths they print', () => {
    const s = scanTemplate(
      '{{{impact.text}}} {{&notes}} {{{phase.id}}} {{#each evidence.lines as |l|}}{{{l}}}{{/each}} {{{lookup models.list 0}}}',
    );
    expect(s.unescaped.map((u) => [u.name, u.sources])).toEqual([
      ['impact.text', ['impact.text']],
      ['notes', ['notes']],
      ['phase.id', ['phase.id']],
      ['l', ['evidence.lines[]']],
      ['lookup', ['models.list']],
    ]);
  });

  it('a parse error is returned with line and column, never thrown', () => {
    expect(scanTemplate('hello\n{{#if layer.id}}x{{/each}}').parseError).toMatchObject({
      line: 2,
      column: 18,
      message: expect.stringContaining('does not match the `{{#if}}` opened at line 2'),
    });
    const e = scanTemplate('one\ntwo {{layer.name').parseError!;
    expect(e.line).toBe(2);
    expect(e.column).toBeGreaterThan(4);
    expect(e.message).toMatch(/^syntax error/);
  });
});

describe('disable directives', () => {
  it.each([
    ['{{!-- layerpost-disable no-eta, speculation --}}', ['no-eta', 'speculation']],
    ['{{! layerpost-disable length }}', ['length']],
    ['{{!-- a comment --}}', []],
  ])('%s', (src, ids) => {
    expect([...(disabledRules(src) as Set<string>)]).toEqual(ids);
  });
  it('a bare directive disables every rule', () => {
    expect(disabledRules('{{!-- layerpost-disable --}}')).toBe('all');
  });
});

describe('schema resolution', () => {
  const S = z.object({
    a: z.object({ b: z.array(z.object({ c: z.string() })).optional() }),
    r: z.record(z.string(), z.number()),
    u: z.union([z.string(), z.number()]),
  });
  it.each([
    [['a', 'b', '0', 'c'], 'a.b[].c'],
    [['r', 'anything'], 'r[]'],
    [['u', 'x'], 'u.x'],
  ])('%j → %s', (parts, canonicalPath) => {
    expect(resolveParts({ type: S, canonical: '' }, parts, parts.join('.'))).toMatchObject({
      canonical: canonicalPath,
    });
  });
  it('suggests only close names', () => {
    expect(suggest('nam', ['name', 'short'])).toBe('name');
    expect(suggest('zzzzzz', ['name', 'short'])).toBeUndefined();
  });
});
