// Templates compiled to JavaScript (src/templating/compile-js.ts, own-runtime.ts) render what Handlebars renders with
// layerpost's options, and fail where it fails with the same message, line and column: on odd values (null, 0, empty
// arrays, functions, prototype properties, strings, iterables), adjacent numbers, blocks, partials and missing fields.
import Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime';
import { describe, expect, it } from 'vitest';
import { compileToJs, UnsupportedSyntax } from '../../src/templating/compile-js.js';
import { ownTemplate, type OwnMain, type OwnRuntime } from '../../src/templating/own-runtime.js';
import { COMPILE_OPTIONS, RUNTIME_OPTIONS, registerHelpers } from '../../src/templating/set.js';
import { buildContext } from '../../src/drafts/build-context.js';
import { loadTemplateSet } from '../../src/templating/load.js';
import { compileSet } from '../../src/templating/engine.js';
import { readySet, type TemplateSet } from '../../src/templating/set.js';
import { draftInput } from '../helpers/draft-input.js';

type Render = (ctx: unknown, options?: object) => string;

/** The drafts' options, or the review page's way: values escaped for HTML. */
const ESCAPING = { ...COMPILE_OPTIONS, noEscape: false };

function own(source: string, options: typeof COMPILE_OPTIONS | typeof ESCAPING = COMPILE_OPTIONS): Render {
  const js = compileToJs(Handlebars.parse(source), options);
  return ownTemplate(new Function(`return ${js}`)() as (r: OwnRuntime) => OwnMain);
}

/** Handlebars' way for the embedded set before: the template precompiled, run by its runtime-only environment. */
function handlebars(source: string, options: typeof COMPILE_OPTIONS | typeof ESCAPING = COMPILE_OPTIONS): Render {
  const env = Runtime.create();
  registerHelpers(env);
  const spec = new Function(`return ${Handlebars.precompile(source, structuredClone(options))}`)();
  return env.template(spec) as Render;
}

/** What a render gives: its text, or its error's message, line and column. */
function outcome(render: Render, ctx: unknown, partials: Record<string, Render>): unknown {
  try {
    return { text: render(ctx, { ...RUNTIME_OPTIONS, partials }) };
  } catch (err) {
    const e = err as Error & { lineNumber?: number; column?: number };
    return { error: e.message, line: e.lineNumber, column: e.column };
  }
}

const TEMPLATES = [
  '{{a}}',
  'x{{a.b.c}}y',
  '{{a}}{{b}}',
  '{{a}}{{b}} and {{c}}',
  '{{this}}',
  '{{this.a}}',
  '{{@root.a}}',
  '{{#if a}}yes{{else}}no{{/if}}',
  '{{#unless a}}none{{else}}some{{/unless}}',
  '{{#if a}}{{b}}{{/if}}{{c}}',
  '{{#if a.b}}{{a.b}}{{else if c}}{{c}}{{else}}-{{/if}}',
  '{{#each a}}{{#unless @first}}, {{/unless}}{{this}}#{{@index}}{{#if @last}}.{{/if}}{{/each}}',
  '{{#each a}}[{{@key}}={{this}}]{{else}}empty{{/each}}',
  '{{#each a}}{{#each this}}{{this}}{{/each}};{{/each}}',
  '{{#capitalize}}{{a}} rest{{/capitalize}}',
  '{{#if a}}{{#capitalize}}{{#if b}}{{b}}{{else}}no b{{/if}}{{/capitalize}}{{/if}}',
  '{{! a comment }}{{a}}\n  {{#if b}}\n  line\n  {{/if}}\nend',
  '{{~#if a~}}  {{b}}  {{~/if~}}',
  '{{> p}}',
  '{{#each a}}{{> p}}{{> index}}{{/each}}',
  '{{> p a}}',
  '{{> p b.c}}',
  '{{> p a x=b y="lit"}}',
  '{{> fields x=b}}',
  '{{#each a}}{{../c}}|{{this}}{{#if ../b}}+{{/if}}{{/each}}',
  '{{#each a}}{{#each this}}{{../../c}}{{/each}}{{/each}}',
  '{{#with a}}{{this}}{{else}}none{{/with}}',
  '{{#with b}}{{c}}{{/with}}',
  '{{#*inline "x"}}[{{this}}]{{/inline}}{{#each a}}{{> x}}{{/each}}{{> x}}{{> p}}',
  '{{#*inline "i"}}{{@index}}{{/inline}}{{#each a}}{{> i}}{{/each}}',
  '{{#*inline "p"}}(own p {{c}}){{/inline}}{{> p}}{{> fields x=c}}',
  '{{> missing}}',
  '{{> nothing}}',
  '{{> text}}',
  '  {{> p}}\n',
  '{{a.length}}',
  '{{a.constructor}}',
  '{{a.toString}}',
  '{{a.__proto__}}',
  '{{#if a.constructor}}has{{/if}}',
];

const PARTIALS_SOURCE: Record<string, string> = {
  p: '<{{this}}>',
  index: '{{@index}}/{{@root.c}}',
  fields: '{{x}}:{{#if a}}{{a}}{{/if}}',
};

const VALUES: unknown[] = [
  undefined,
  null,
  0,
  1,
  -2.5,
  '',
  'text',
  true,
  false,
  [],
  [1, 2, 3],
  [0, '', null],
  [[1, 2], [3]],
  {},
  { b: 0 },
  { b: { c: 'deep' } },
  { b: { c: () => 'called' } },
  () => 'lambda',
  () => undefined,
  function (this: unknown) {
    return this;
  },
  new Map([['k', 'v']]),
  new Set(['s']),
  Object.create({ inherited: 'x' }),
  { constructor: 'own', toString: 'own' },
  // prototypes: their own `constructor` is never read
  Object.prototype,
  class Thing {}.prototype,
];

function contexts(): unknown[] {
  const out: unknown[] = [undefined, null, {}, 'top', 7];
  for (const a of VALUES) {
    out.push({ a });
    for (const b of [undefined, 0, 3, 'b', [], () => 'fb']) for (const c of [undefined, 'c', 4]) out.push({ a, b, c });
  }
  return out;
}

describe('templates compiled to JavaScript', () => {
  const ownPartials: Record<string, Render> = { text: (() => undefined) as unknown as Render };
  const hbsPartials: Record<string, Render> = { text: (() => undefined) as unknown as Render };
  for (const [name, source] of Object.entries(PARTIALS_SOURCE)) {
    ownPartials[name] = own(source);
    hbsPartials[name] = handlebars(source);
  }
  (ownPartials as Record<string, unknown>).nothing = null;
  (hbsPartials as Record<string, unknown>).nothing = null;

  it.each(TEMPLATES)('render %j as Handlebars does, whatever the context holds', (source) => {
    const a = own(source);
    const b = handlebars(source);
    const all = contexts();
    let texts = 0;
    for (const ctx of all) {
      const expected = outcome(b, ctx, hbsPartials);
      expect(outcome(a, ctx, ownPartials), JSON.stringify(ctx) ?? String(ctx)).toEqual(expected);
      if ((expected as { text?: string }).text !== undefined) texts++;
    }
    // each template renders for some contexts (not only errors compared)
    if (!source.includes('missing') && !source.includes('nothing') && !source.includes('{{> text}}'))
      expect(texts).toBeGreaterThan(0);
  });

  it.each(TEMPLATES.filter((t) => !t.includes('>')))(
    'render %j escaped for HTML as Handlebars does (the review page)',
    (source) => {
      const a = own(source, ESCAPING);
      const b = handlebars(source, ESCAPING);
      for (const ctx of [...contexts(), { a: '<b> & "q"', b: { c: "'x'" }, c: '`=' }, { a: { toHTML: () => '<i>' } }])
        expect(outcome(a, ctx, ownPartials), JSON.stringify(ctx) ?? String(ctx)).toEqual(outcome(b, ctx, hbsPartials));
    },
  );

  it('add adjacent numbers as Handlebars does (its output is a sum of what it appends)', () => {
    expect(outcome(own('{{a}}{{b}}'), { a: 1, b: 2 }, {})).toEqual({ text: '3' });
    expect(outcome(handlebars('{{a}}{{b}}'), { a: 1, b: 2 }, {})).toEqual({ text: '3' });
  });

  it('refuse, at build time, what they do not compile, naming the line', () => {
    for (const source of [
      '{{> p a b}}',
      '{{> (name)}}',
      '{{#> p}}block{{/p}}',
      '{{@../index}}',
      '{{#a}}section{{/a}}',
      '{{^a}}inverted{{/a}}',
      '{{#if a includeZero=true}}x{{/if}}',
      '{{#if a b}}x{{/if}}',
      '{{#each a as |x|}}{{x}}{{/each}}',
      '{{lookup a "b"}}',
      '{{#if a}}{{#*inline "x"}}y{{/inline}}{{/if}}',
      '{{#*other "x"}}y{{/other}}',
      '\n{{unknown a}}',
    ])
      expect(() => compileToJs(Handlebars.parse(source), COMPILE_OPTIONS), source).toThrow(UnsupportedSyntax);
    expect(() => compileToJs(Handlebars.parse('\n\n{{#a}}x{{/a}}'), COMPILE_OPTIONS)).toThrow(/line 3/);
    expect(() => compileToJs(Handlebars.parse('{{a}}'), { ...COMPILE_OPTIONS, strict: false })).toThrow(
      /compile options/,
    );
  });
});

describe('the embedded set compiled to JavaScript', () => {
  /** The set made ready with templates compiled to JavaScript here (not the build's), to compare with Handlebars. */
  function ownSet(set: TemplateSet) {
    const fns = (files: TemplateSet['templates']) =>
      new Map([...files].map(([name, f]) => [name, own(f.source) as (ctx: unknown, options: object) => string]));
    return readySet('precompiled', set, fns(set.templates), fns(set.partials));
  }

  it('fails where Handlebars fails, with the same file, line, column and message, for any field taken away', async () => {
    const set = await loadTemplateSet();
    const compiled = compileSet(set);
    const mine = ownSet(set);
    const failure = (ready: typeof mine, name: string, ctx: unknown) => {
      try {
        return ready.render(name, ctx);
      } catch (err) {
        return `error: ${(err as Error).message}`;
      }
    };
    let failures = 0;
    let compared = 0;
    for (const [layer, phase] of [
      ['provider-api', 'investigating'],
      ['integration', 'resolved'],
      ['model-quality', 'monitoring'],
    ] as const) {
      const ctx = buildContext(draftInput(layer, phase)) as unknown as Record<string, unknown>;
      for (const key of Object.keys(ctx)) {
        const { [key]: _gone, ...without } = ctx;
        for (const name of compiled.names()) {
          const expected = failure(compiled, name, without);
          expect(failure(mine, name, without), `${name} without ${key}`).toBe(expected);
          if (expected.startsWith('error:')) failures++;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(failures).toBeGreaterThan(50);
  });
});
