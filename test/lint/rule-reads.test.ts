// A text rule that says which facts of the context it reads (`reads`) has its hits remembered across every context
// that agrees on them: each rule is watched reading a recording copy of the context, on every sentence and text the
// embedded set renders for lint's 84 contexts, and must read nothing outside what it declares.
import { describe, expect, it } from 'vitest';
import { CHANNELS, CHANNEL_IDS } from '../../src/drafts/channels/index.js';
import { renderDrafts } from '../../src/drafts/render.js';
import { renderSaid } from '../../src/drafts/render.js';
import { renderCases } from '../../src/lint/fixtures.js';
import { RENDERED_RULES } from '../../src/lint/rules/rendered.js';
import { DEFAULT_VAGUE_PHRASES } from '../../src/lint/rules/vague-phrase.js';
import { readableText, sentences } from '../../src/lint/text.js';
import { textHits } from '../../src/lint/drafts.js';
import type { LintContext, TextRule } from '../../src/lint/types.js';
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { compileSet, type CompiledSet } from '../../src/templating/engine.js';
import { embeddedSet, lintContext } from './contexts.js';
import { PLANTS, plantedSet } from './planted.js';

/** `value` as a proxy that adds the path of every property read below it to `seen` ("said.layerNames.network"). */
function recording<T>(value: T, path: string, seen: Set<string>): T {
  if (value === null || typeof value !== 'object') return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol') return v;
      const p = path ? `${path}.${key}` : key;
      seen.add(p);
      return recording(v, p, seen);
    },
    // Listing an object's keys reads all of it.
    ownKeys(target) {
      seen.add(`${path}.*`);
      return Reflect.ownKeys(target);
    },
    has(target, key) {
      if (typeof key !== 'symbol') seen.add(path ? `${path}.${key}` : key);
      return Reflect.has(target, key);
    },
  }) as T;
}

/** Whether a path read is one the rule declares: under a declared path, or on the way to one. */
function covered(read: string, declared: readonly string[]): boolean {
  const r = read.endsWith('.*') ? read.slice(0, -2) : read;
  return declared.some((d) => r === d || r.startsWith(`${d}.`) || (!read.endsWith('.*') && d.startsWith(`${r}.`)));
}

const TEXT_RULES = RENDERED_RULES.filter((r): r is TextRule => r.kind === 'text');

/** Every context lint renders, with the texts `set` makes of it (bodies and titles, as lint reads them). */
function inputsOf(set: CompiledSet) {
  const layerIds = DEFAULT_LAYERS.map((l) => l.id);
  return renderCases(DEFAULT_LAYERS).map((c) => {
    const ctx: LintContext = { ...c.ctx, said: renderSaid(set, c.ctx, layerIds) };
    let drafts: ReturnType<typeof renderDrafts> = [];
    try {
      drafts = renderDrafts(set, c.ctx, CHANNEL_IDS);
    } catch {
      // a plant that does not render in this context: its other contexts still count
    }
    const texts = drafts.flatMap((d) => {
      const channel = CHANNELS[d.channel as keyof typeof CHANNELS];
      return [
        { text: readableText(d.text, channel), part: 'body' as const, channel },
        ...(d.title ? [{ text: readableText(d.title, channel), part: 'title' as const, channel }] : []),
      ];
    });
    return { ctx, texts };
  });
}

describe('text rules read only the facts they declare', async () => {
  // The embedded set's texts, and those of every text rule's planted faults (which make each rule find something,
  // where most rules read more of the context).
  const sets = [await embeddedSet()];
  for (const p of PLANTS.filter((x) => TEXT_RULES.some((r) => r.id === x.rule)))
    for (const files of [p.breaks, p.almost]) {
      try {
        sets.push(compileSet(await plantedSet(files)));
      } catch {
        // a plant that does not compile is another rule's
      }
    }
  const inputs = sets.flatMap(inputsOf);
  it.each(TEXT_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const seen = new Set<string>();
    for (const { ctx, texts } of inputs) {
      const watched = recording(ctx, '', seen);
      for (const t of texts) {
        if (t.part === 'title' && rule.parts === 'body') continue;
        const all = rule.scope === 'sentence' ? sentences(t.text) : [t.text];
        for (const text of all)
          rule.check({
            text,
            part: t.part,
            channel: t.channel,
            ctx: watched,
            layers: DEFAULT_LAYERS,
            vaguePhrases: DEFAULT_VAGUE_PHRASES,
          });
      }
    }
    const declared = rule.reads ?? [];
    expect([...seen].filter((p) => !covered(p, declared)).sort()).toEqual([]);
  });
});

describe('the hits a rule shares', () => {
  it('are shared by the contexts that agree on its facts, within one run (one list of active rules) only', async () => {
    const checked: string[] = [];
    const rule: TextRule = {
      id: 'counting',
      kind: 'text',
      parts: 'any',
      severity: 'warning',
      description: '',
      docs: '',
      scope: 'sentence',
      reads: ['product.name'],
      check: ({ text, ctx }) => {
        checked.push(`${ctx.product.name}: ${text}`);
        return [];
      },
    };
    const [a, b, c] = [await lintContext('network'), await lintContext('integration'), await lintContext('network')];
    const japanese = await lintContext('network', undefined, 'japanese');
    const channel = CHANNELS.x;
    const o = { layers: DEFAULT_LAYERS, vaguePhrases: DEFAULT_VAGUE_PHRASES };
    const run = [{ rule, severity: 'warning' as const }];
    for (const ctx of [a, b, c, japanese]) textHits(run, 'One. Two.', 'body', channel, ctx, o);
    // the typical fixture's three contexts share one product name; the Japanese fixture's is another
    expect(checked).toHaveLength(4);
    // another run remembers nothing of the first
    textHits([...run], 'One. Two.', 'body', channel, a, o);
    expect(checked).toHaveLength(6);
  });
});
