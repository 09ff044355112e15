// The rules' gated patterns (src/lint/text.ts `gated`): a pre-check that looks for words before running a pattern
// must never skip a text the pattern matches. Each pattern is spelled out (every alternative, each optional part with
// and without it, small character classes member by member), and every spelling must hold one of its fragments.
import { describe, expect, it } from 'vitest';
import { gated, gatedPatterns, holdsAny, NEGATION } from '../../src/lint/text.js';
import { RENDERED_RULES } from '../../src/lint/rules/rendered.js';
import { lintDrafts } from '../../src/lint/drafts.js';
import { DEFAULT_VAGUE_PHRASES, vaguePhrase } from '../../src/lint/rules/vague-phrase.js';
import { lintContext } from './contexts.js';

type Node =
  | { kind: 'text'; options: string[] }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/**
 * The pattern's source as a tree, for the syntax the rules use: groups, alternatives, quantifiers, escapes and
 * classes; lookarounds and \b match no characters and spell as nothing.
 */
function parse(source: string): Node {
  let i = 0;
  const alt = (): Node => {
    const options: Node[] = [seq()];
    while (source[i] === '|') {
      i++;
      options.push(seq());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  };
  const seq = (): Node => {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom = single();
      const q = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(i));
      if (q) {
        i += q[0].length;
        const [min, max] =
          q[0][0] === '?'
            ? [0, 1]
            : q[0][0] === '*'
              ? [0, 2]
              : q[0][0] === '+'
                ? [1, 2]
                : [Number(q[1]), q[2] === undefined ? Number(q[1]) : q[2] === '' ? Number(q[1]) + 1 : Number(q[2])];
        atom = { kind: 'repeat', node: atom, min, max };
      }
      items.push(atom);
    }
    return { kind: 'seq', items };
  };
  const single = (): Node => {
    const c = source[i]!;
    if (c === '(') {
      i++;
      const look = /^\?<?[=!]/.exec(source.slice(i));
      if (look) {
        // A negative lookaround spells as nothing; a positive one as what it needs there (the rules put them at ends).
        i += look[0].length;
        const inner = alt();
        i++; // ')'
        return look[0].endsWith('!') ? { kind: 'text', options: [''] } : inner;
      }
      if (source.startsWith('?:', i)) i += 2;
      const inner = alt();
      i++; // ')'
      return inner;
    }
    if (c === '[') {
      let end = i + 1;
      while (source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, end);
      i = end + 1;
      // A short class of plain characters is spelled member by member; any other by one of its characters.
      const plain = !body.includes('\\') && !/.-./.test(body) && !body.startsWith('^');
      if (plain && body.length <= 4) return { kind: 'text', options: [...body] };
      if (body.startsWith('^')) return { kind: 'text', options: ['#'] };
      return { kind: 'text', options: [body[0] === '\\' ? (body[1] === 'd' ? '1' : 'a') : body[0]!] };
    }
    if (c === '\\') {
      const e = source[i + 1]!;
      i += 2;
      const spelled: Record<string, string> = {
        b: '',
        B: '',
        s: ' ',
        S: 'x',
        w: 'x',
        W: ' ',
        d: '1',
        D: 'x',
        n: '\n',
        t: '\t',
      };
      return { kind: 'text', options: [spelled[e] ?? e] };
    }
    if (c === '^' || c === '$') {
      i++;
      return { kind: 'text', options: [''] };
    }
    i++;
    return { kind: 'text', options: [c === '.' ? 'x' : c] };
  };
  const tree = alt();
  if (i !== source.length) throw new Error(`cannot spell ${source} (stopped at ${i})`);
  return tree;
}

/** Every spelling of a tree (at most `limit`). */
function spell(node: Node, limit = 20_000): string[] {
  const cap = (xs: string[]) => (xs.length > limit ? xs.slice(0, limit) : xs);
  switch (node.kind) {
    case 'text':
      return node.options;
    case 'alt':
      return cap(node.options.flatMap((o) => spell(o, limit)));
    case 'seq':
      return node.items.reduce<string[]>(
        (acc, item) => {
          const next = spell(item, limit);
          return cap(acc.flatMap((a) => next.map((n) => a + n)));
        },
        [''],
      );
    case 'repeat': {
      const one = spell(node.node, limit);
      const out: string[] = [];
      for (let n = node.min; n <= Math.min(node.max, node.min + 1); n++) {
        let acc = [''];
        for (let k = 0; k < n; k++) acc = cap(acc.flatMap((a) => one.map((o) => a + o)));
        out.push(...acc);
      }
      return cap(out);
    }
  }
}

/** Lints a draft for a context with a provider and models named, so that the patterns made per context exist too. */
async function makeEveryGate() {
  const typical = await lintContext('provider-api', 'investigating');
  // No open incident: the provider-incident rule looks at the text.
  const ctx = {
    ...typical,
    provider: { ...typical.provider, incident: { ...typical.provider.incident, open: false } },
  };
  lintDrafts(
    [
      {
        channel: 'x',
        file: 'x.txt',
        text: `${ctx.provider.name} has reported an incident; ${ctx.models.list[0]?.name ?? 'The model'} is degraded, but the quality is lower.`,
        length: 0,
        limit: 280,
        unit: 'characters',
        variant: 'default',
        overLimit: false,
      },
    ],
    ctx,
  );
  return ctx;
}

describe('gated patterns', () => {
  it('skip no text a pattern matches: every spelling of every gated pattern holds one of its fragments', async () => {
    expect(RENDERED_RULES.length).toBeGreaterThan(0);
    const ctx = await makeEveryGate();
    const all = gatedPatterns();
    // The rules' own: the fixed lists and those made for this context's provider and models.
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(all.some((g) => g.pattern.source.startsWith(ctx.provider.name))).toBe(true);
    for (const { pattern, fragments } of all) {
      const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
      const tree = parse(pattern.source);
      // Each alternative spells at least one real match (some spellings are not: "4.7" then nothing then "degraded"
      // has no word boundary), else the check would prove nothing for it; every real match passes the pre-check.
      for (const branch of tree.kind === 'alt' ? tree.options : [tree]) {
        const matches = spell(branch)
          // In a sentence, and alone on a line (for patterns anchored at a line's start or end).
          .flatMap((s) => [`Before, ${s} after.`, `Before,\n${s}\nafter.`])
          .flatMap((t) => [t, t.toUpperCase(), t.toLowerCase()])
          .filter((t) => re.test(t));
        expect(matches.length, pattern.source).toBeGreaterThan(0);
        for (const t of matches) expect(holdsAny(t, fragments), `${pattern.source} ⟵ ${t}`).toBe(true);
      }
    }
  });

  it('run the pattern where a fragment is found, with its own flags and results', () => {
    const g = gated(/\bbad (?:deploy\w*|release)\b/gi, ['bad ']);
    expect(g.exec('all good')).toBeNull();
    expect(g.test('A BAD Deployment.')).toBe(true);
    g.pattern.lastIndex = 0;
    expect([...g.matchAll('a bad release, a bad deploy')].map((m) => m[0])).toEqual(['bad release', 'bad deploy']);
    expect([...g.matchAll('nothing')]).toEqual([]);
    expect(NEGATION.test("it isn't")).toBe(true);
    expect(NEGATION.test('answers are affected')).toBe(false);
  });

  it("vague-phrase's pre-check (each phrase's longest word) finds every phrase in any case and spacing", async () => {
    const ctx = await lintContext('provider-api', 'investigating');
    const channel = { id: 'x', public: true } as never;
    const hits = (text: string, vaguePhrases: readonly string[]) =>
      vaguePhrase.check({ text, ctx, channel, part: 'body', layers: [], vaguePhrases } as never).length;
    for (const p of DEFAULT_VAGUE_PHRASES) {
      const spaced = p.split(' ').join(' \t ');
      for (const t of [
        `We see ${p} today.`,
        `We see ${spaced.toUpperCase()} today.`,
        `${p[0]!.toUpperCase()}${p.slice(1)}.`,
      ])
        expect(hits(t, DEFAULT_VAGUE_PHRASES), t).toBe(1);
    }
    expect(hits('Everything is fine.', DEFAULT_VAGUE_PHRASES)).toBe(0);
    // A list with a phrase that is not ASCII goes without the pre-check, and still finds it.
    expect(hits('Es gibt Störungen im Dienst.', ['Störungen im Dienst', 'degraded performance'])).toBe(1);
  });

  it('refuse a fragment that is not ASCII or is empty', () => {
    expect(() => gated(/x/, [''])).toThrow(/ASCII/);
    expect(() => gated(/’s/, ['’s'])).toThrow(/ASCII/);
  });
});
