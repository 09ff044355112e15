// Lint's shared work (hits remembered per sentence and context, rule checks shared across renders) changes no finding:
// a deliberately bad set, the embedded set and the German set give the same result as the straightforward path.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintTemplates, type LintOptions } from '../../src/lint/index.js';
import { loadTemplateSet } from '../../src/templating/load.js';
import { compileSet, type CompiledSet, type TemplateSet } from '../../src/templating/engine.js';
import { PLANTS, plantedSet } from './planted.js';

const DE = fileURLToPath(new URL('../fixtures/templates-de', import.meta.url));

// Faults that stop a template rendering (syntax, unknown names) would hide the rendered-text findings: left out.
const BLOCKING = ['syntax', 'unknown-variable', 'unknown-helper', 'unknown-partial'];

/** x/default with text faults that hold in some layers or phases only, beside the planted phrase files. */
const X_BAD =
  [
    '{{#if correction.has}}{{> correction-short}} {{/if}}',
    'Due to a third-party issue, some requests fail.',
    '{{> impact-line-short}}',
    '{{> cause}}',
    '{{#if phase.is.investigating}}This is probably due to a bad deploy at {{provider.name}}.{{/if}}',
    '{{> not-affected-short}}',
    '{{#if layer.providerLayer}}Pod api-7d9f8b6c5-x2x9k at 10.0.3.17 returned ECONNRESET.{{/if}}',
    '{{> action}}',
    '{{#if nextUpdate.has}}Next update by 09:15 UTC. It will be resolved by {{nextUpdate.at.utc}}.' +
      '{{else}}{{> closing}}{{/if}}',
  ].join('\n\n') + '\n';

/** Every plant's faults that fit together (the first plant to write a file keeps it): many rules, some contexts
 * only. */
async function badSet(): Promise<TemplateSet> {
  const files: Record<string, string> = { 'x/default': X_BAD };
  for (const p of PLANTS.filter((x) => !BLOCKING.includes(x.rule))) {
    if (Object.keys(p.breaks).every((f) => !(f in files))) Object.assign(files, p.breaks);
  }
  return plantedSet(files);
}

function same(set: TemplateSet, opts: LintOptions = {}) {
  const fast = lintTemplates(set, opts);
  const reference = lintTemplates(set, { ...opts, reference: true });
  expect(fast).toEqual(reference);
  return fast;
}

describe('lint shares work without changing a finding', () => {
  it('a bad set (rules firing in some contexts only): the same findings, order, messages and contexts', async () => {
    const r = same(await badSet());
    const rules = new Set(r.findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThanOrEqual(6);
    // Some findings hold in a few renders only, so a finding attributed to too many (or too few) contexts shows.
    expect(r.findings.some((f) => f.contexts?.some((c) => !c.includes('(84 renders)')))).toBe(true);
    const settings = { 'next-update': 'off', speculation: 'warning' } as const;
    const configured = same(await badSet(), { onlyOrigin: 'override', rules: settings });
    expect(configured).not.toEqual(r);
  }, 120_000);

  it('the embedded set and the German set', async () => {
    expect(same(await loadTemplateSet()).findings).toEqual([]);
    same(await loadTemplateSet([DE]), { onlyOrigin: 'override' });
  }, 120_000);
});

describe("the build's precompiled templates", () => {
  it("serve lint of the embedded set, reasons' templates and all, with the same result as compiling", async () => {
    const set = await loadTemplateSet();
    const ready = compileSet(set);
    let renders = 0;
    const precompiled: CompiledSet = {
      ...ready,
      render: (name, ctx) => {
        renders++;
        return ready.render(name, ctx);
      },
    };
    const r = lintTemplates(set, { precompiled });
    // The set holds templates lint never renders (templates/reasons/): they must not send lint to compile it all again.
    expect([...set.templates.keys()].some((n) => n.startsWith('reasons/'))).toBe(true);
    expect(renders).toBeGreaterThan(0);
    expect(r).toEqual(lintTemplates(set));
  }, 120_000);
});
