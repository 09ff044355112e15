// How often lint's text rules run: once per distinct text and the context values the check read, so a rule that does
// not read the fixture profile runs once per layer × phase, and one that reads nothing of the context once per text.
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/core/channels/index.js';
import { DEFAULT_LAYERS } from '../../src/core/layers.js';
import { oncePer } from '../../src/core/memo.js';
import { recorded, sameReads, withReadLog } from '../../src/core/reads.js';
import { renderCases } from '../../src/lint/fixtures.js';
import { textHits } from '../../src/lint/drafts.js';
import type { LintContext, TextRule } from '../../src/lint/types.js';

const cases = renderCases(DEFAULT_LAYERS);
const ctxOf = (i: number) => ({ ...cases[i]!.ctx, said: { layerName: '', cause: '', causeShort: '', notAffected: '', notAffectedShort: '', correction: '', correctionShort: '', previousLayerName: '', phaseName: '', layerNames: {} } }) as unknown as LintContext;
const o = { layers: DEFAULT_LAYERS, vaguePhrases: [] as string[] };

/** A text rule that counts its checks and reports what `read` took from the context. */
function counting(id: string, read: (ctx: LintContext) => string, scope?: 'sentence') {
  const rule: TextRule & { calls: number } = {
    id,
    kind: 'text',
    severity: 'warning',
    description: id,
    docs: id,
    parts: 'body',
    scope,
    calls: 0,
    check({ text, ctx }) {
      rule.calls++;
      return [{ message: `${read(ctx)}: ${text.length}` }];
    },
  };
  return rule;
}

describe('text rules run once per text and the context values they read', () => {
  // The same layer × phase in each fixture profile: four contexts with different names, models and zones.
  const first = cases.findIndex((c) => c.layer.id === 'provider-api' && c.phase === 'investigating');
  const profiles = cases.map((c, i) => [c, i] as const).filter(([c]) => c.layer.id === 'provider-api' && c.phase === 'investigating').map(([, i]) => i);
  const otherPhase = cases.findIndex((c) => c.layer.id === 'provider-api' && c.phase !== 'investigating');

  it('a rule that reads only the phase runs once for every profile of a layer × phase, again for another phase', () => {
    expect(profiles.length).toBeGreaterThan(1);
    const rule = counting(`phase-only-${Math.random()}`, (ctx) => ctx.phase.id);
    const run = (i: number) => textHits([{ rule, severity: 'warning' }], 'We are investigating.', 'body', CHANNELS.x, ctxOf(i), o);
    for (const i of profiles) expect(run(i).map((h) => h.hit.message)).toEqual(['investigating: 21']);
    expect(rule.calls).toBe(1);
    expect(run(otherPhase).map((h) => h.hit.message)).toEqual([`${cases[otherPhase]!.ctx.phase.id}: 21`]);
    expect(rule.calls).toBe(2);
  });

  it('a rule that reads the profile runs for each profile, and its hits name each one’s values', () => {
    const rule = counting(`provider-${Math.random()}`, (ctx) => ctx.product.name, 'sentence');
    const names = profiles.map((i) => textHits([{ rule, severity: 'warning' }], 'One. Two.', 'body', CHANNELS.x, ctxOf(i), o).map((h) => h.hit.message));
    const distinct = new Set(profiles.map((i) => cases[i]!.ctx.product.name));
    expect(rule.calls).toBe(2 * distinct.size);
    profiles.forEach((i, k) => expect(names[k]).toEqual([`${cases[i]!.ctx.product.name}: 4`, `${cases[i]!.ctx.product.name}: 4`]));
  });

  it('what a remembered per-context function read counts as read by the rule that used it', () => {
    const derived = oncePer((ctx: LintContext) => ctx.product.name.toUpperCase());
    const rule = counting(`derived-${Math.random()}`, (ctx) => derived(ctx));
    const run = (i: number) => textHits([{ rule, severity: 'warning' }], 'Text.', 'body', CHANNELS.x, ctxOf(i), o)[0]!.hit.message;
    // the derived value is computed once per context, and the second check of a context finds it remembered
    expect(run(first)).toBe(`${cases[first]!.ctx.product.name.toUpperCase()}: 5`);
    for (const i of profiles) expect(run(i)).toBe(`${cases[i]!.ctx.product.name.toUpperCase()}: 5`);
  });
});

describe('reads', () => {
  it('records values, lists walked, keys asked and own keys, and compares them with another context', () => {
    const a = { p: { id: 'x', list: [{ n: 1 }, { n: 2 }] }, q: 'same', m: { k1: 1 } };
    const { value, reads } = withReadLog(() => {
      const v = recorded(a);
      return [v.p.id, v.p.list.map((e) => e.n).join(','), 'k1' in v.m, Object.keys(v.m).join(','), Object.prototype.hasOwnProperty.call(v.p, 'nope')];
    });
    expect(value).toEqual(['x', '1,2', true, 'k1', false]);
    expect(sameReads(structuredClone(a), reads)).toBe(true);
    expect(sameReads({ ...a, q: 'other' }, reads), 'q was not read').toBe(true);
    expect(sameReads({ ...a, p: { ...a.p, id: 'y' } }, reads)).toBe(false);
    expect(sameReads({ ...a, p: { ...a.p, list: [{ n: 1 }, { n: 3 }] } }, reads)).toBe(false);
    expect(sameReads({ ...a, p: { ...a.p, list: [{ n: 1 }, { n: 2 }, { n: 3 }] } }, reads)).toBe(false);
    expect(sameReads({ ...a, m: { k2: 1 } }, reads)).toBe(false);
    expect(sameReads({ ...a, p: { ...a.p, nope: 1 } }, reads)).toBe(false);
  });

  it('reads a frozen value as itself', () => {
    const inner = Object.freeze({ n: 1 });
    const a = Object.freeze({ inner });
    const { value, reads } = withReadLog(() => recorded(a).inner.n);
    expect(value).toBe(1);
    expect(sameReads({ inner }, reads)).toBe(true);
    expect(sameReads({ inner: { n: 1 } }, reads), 'another object: not known to read the same').toBe(false);
  });
});
