// Lint one bundle's rendered drafts (the draft command's check): the rendered-text, draft and bundle rules only,
// so drafting never loads the template parser that the template rules need.
import type { Draft, Finding } from '../model/bundle.js';
import { CHANNELS, isChannelId, type Channel, type ChannelId } from '../drafts/channels/index.js';
import type { LintContext } from './types.js';
import { DEFAULT_LAYERS, type Layer } from '../model/layers.js';
import { RENDERED_RULES } from './rules/rendered.js';
import { DEFAULT_VAGUE_PHRASES } from './rules/vague-phrase.js';
import { oncePer } from '../text/memo.js';
import { valueAt } from '../text/paths.js';
import { core, readableText, sentences } from './text.js';
import type { Rule, RuleHit, RuleSetting, Severity, TextRule } from './types.js';

export interface DraftLintOptions {
  /** Config `lint.rules`: rule id → off | warning | error. */
  rules?: Record<string, RuleSetting>;
  /** Config `lint.vaguePhrases`: replaces the default list. */
  vaguePhrases?: readonly string[];
  /** The layer model in use (config layers); defaults to DEFAULT_LAYERS. */
  layers?: readonly Layer[];
}

/** The severity a rule runs at under config, or undefined when switched off. */
export function severityOf(
  rule: Pick<Rule, 'id' | 'severity'>,
  settings: Record<string, RuleSetting> = {},
): Severity | undefined {
  const s = settings[rule.id];
  return s === 'off' ? undefined : (s ?? rule.severity);
}

export function activeRules<K extends Rule['kind']>(
  rules: readonly Rule[],
  kind: K,
  settings?: Record<string, RuleSetting>,
): Array<{ rule: Extract<Rule, { kind: K }>; severity: Severity }> {
  return rules
    .filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind)
    .flatMap((rule) => {
      const severity = severityOf(rule, settings);
      return severity ? [{ rule, severity }] : [];
    });
}

export function capped(severity: Severity, hit: RuleHit): Severity {
  return hit.atMost === 'warning' ? 'warning' : severity;
}

export function channelOf(id: string): Channel {
  return isChannelId(id) ? CHANNELS[id] : { ...CHANNELS.x, id: id as ChannelId, name: id };
}

export type TextOptions = Required<Pick<DraftLintOptions, 'layers' | 'vaguePhrases'>>;

/**
 * Every active text rule's hits on one text, in rule order (a sentence rule's in sentence order). Hits are remembered
 * per text (or sentence), rule, part and whether the channel is public, and per the facts of the context the rule
 * reads (TextRule.reads): lint renders ~8 templates for each of 84 contexts, channels repeat the same sentences, and
 * most sentences recur in the contexts that agree on what a rule reads. `reference`: no memory at all, every rule
 * checks every sentence (the straightforward path tests compare with).
 */
export function textHits(
  rules: ReturnType<typeof activeRules<'text'>>,
  text: string,
  part: 'body' | 'title',
  channel: Channel,
  ctx: LintContext,
  o: TextOptions,
  reference = false,
) {
  const out: TextHit[] = [];
  const input = { text, part, channel, ctx, layers: o.layers, vaguePhrases: o.vaguePhrases };
  if (reference) {
    for (const { rule, severity } of rules) {
      if (part === 'title' && rule.parts === 'body') continue;
      const check = (t: string) => rule.check({ ...input, text: t });
      const hits = rule.scope === 'sentence' ? sentences(text).flatMap(check) : rule.check(input);
      pushHits(out, part, rule, severity, hits);
    }
    return out;
  }
  const memo = contextMemo(rules)(o.layers)(o.vaguePhrases)(ctx);
  // Slot of a rule's hits: 4 per rule; +2 for a public channel; +1 for a title (a sentence rule ignores the part).
  const pub = channel.public ? 2 : 0;
  let split: string[] | undefined;
  // Index loops: lint calls this for every render, and iterators allocate until V8 optimizes them away.
  for (let r = 0; r < rules.length; r++) {
    const { rule, severity } = rules[r]!;
    if (part === 'title' && rule.parts === 'body') continue;
    const sentenceRule = rule.scope === 'sentence';
    const at = ruleIndex(rule) * 4 + pub + (part === 'title' && !sentenceRule ? 1 : 0);
    while (memo.length <= at) memo.push(undefined);
    const byText = (memo[at] ??= sharedHits(rules, o, at, factsOf(rule, ctx)));
    if (sentenceRule) {
      split ??= sentences(text);
      for (let i = 0; i < split.length; i++) {
        const s = split[i]!;
        let hits = byText.get(s);
        if (!hits) byText.set(s, (hits = rule.check({ ...input, text: s })));
        if (hits.length) pushHits(out, part, rule, severity, hits);
      }
    } else {
      let hits = byText.get(text);
      if (!hits) byText.set(text, (hits = rule.check(input)));
      if (hits.length) pushHits(out, part, rule, severity, hits);
    }
  }
  return out;
}

type TextHit = { rule: TextRule; severity: Severity; hit: RuleHit };
function pushHits(
  out: TextHit[],
  part: 'body' | 'title',
  rule: TextRule,
  severity: Severity,
  hits: readonly RuleHit[],
) {
  for (const hit of hits)
    out.push({ rule, severity, hit: part === 'title' ? { ...hit, message: `title: ${hit.message}` } : hit });
}

// A rule's hits by text, shared by every context that agrees on the facts the rule reads. The memory belongs to one
// run (the list of active rules lint and lintDrafts make for each call) and its options, and goes with it; each
// context finds its maps once (a slot per rule, part and public flag), so a text is looked up once per rule.
type ByText = Map<string, RuleHit[]>;
type TextRules = ReturnType<typeof activeRules<'text'>>;
const perRun = <V>(make: () => V) =>
  oncePer((_rules: TextRules) =>
    oncePer((_layers: TextOptions['layers']) => oncePer((_vague: TextOptions['vaguePhrases']): V => make())),
  );
const shared = perRun(() => new Map<string, ByText>());
function sharedHits(rules: TextRules, o: TextOptions, at: number, facts: string): ByText {
  const all = shared(rules)(o.layers)(o.vaguePhrases);
  const key = `${at}\u0000${facts}`;
  let m = all.get(key);
  if (!m) all.set(key, (m = new Map()));
  return m;
}
// Grown by push, never sparse: an array written first at a high index becomes a slow dictionary in V8.
const contextMemo = perRun(() => oncePer((_ctx: LintContext): Array<ByText | undefined> => []));

/**
 * What a rule reads of the context, as a key: the values at its `reads` paths; a rule that does not say shares
 * nothing with another context (a key of this context's own).
 */
function factsOf(rule: TextRule, ctx: LintContext): string {
  const known = factsMemo(ctx);
  let facts = known.get(rule);
  if (facts === undefined) {
    const values = rule.reads?.map((path) => valueAt(ctx, path));
    known.set(rule, (facts = values ? JSON.stringify(values) : contextId(ctx)));
  }
  return facts;
}
const factsMemo = oncePer((_ctx: LintContext) => new Map<TextRule, string>());
let contexts = 0;
const contextId = oncePer((_ctx: LintContext) => `context ${++contexts}`);
const ruleIndexes = new WeakMap<TextRule, number>();
function ruleIndex(rule: TextRule): number {
  let i = ruleIndexes.get(rule);
  if (i === undefined) ruleIndexes.set(rule, (i = nextRuleIndex++));
  return i;
}
let nextRuleIndex = 0;

/**
 * Text the templates quote rather than write: the operator's words (impact, action, notes, data loss) and the provider's
 * (its incident's title, evidence lines). Rules judge template wording; a hit inside these is at most a warning.
 */
export function foreignTexts(ctx: LintContext): string[] {
  const all = [
    ctx.impact.text,
    ctx.impact.past,
    ctx.impact.reported,
    ctx.action.text,
    ctx.notes,
    ctx.dataLoss.text,
    ctx.provider.incident.name,
    ...ctx.evidence.lines,
  ];
  return [...new Set(all.map(core).filter((t) => t.length > 2))].sort((a, b) => b.length - a.length);
}

/** `text` with every quoted text replaced by "…": what the templates themselves say. */
function masked(text: string, foreign: readonly string[]): string {
  let t = text;
  for (const f of foreign) if (t.includes(f)) t = t.split(f).join('…');
  return t;
}

/**
 * A hit whose words occur only inside quoted text (not in what the templates say) is the operator's or the provider's.
 */
function inQuotedOnly(hit: RuleHit, template: string, foreign: readonly string[]): boolean {
  const n = hit.needle?.toLowerCase();
  return Boolean(n) && !template.toLowerCase().includes(n!) && foreign.some((f) => f.toLowerCase().includes(n!));
}

/**
 * Lint one bundle's actual drafts: the rendered-text rules per draft (with `channel` set), length, and consistent
 * across channels.
 */
export function lintDrafts(drafts: readonly Draft[], ctx: LintContext, opts: DraftLintOptions = {}): Finding[] {
  const o = { layers: opts.layers ?? DEFAULT_LAYERS, vaguePhrases: opts.vaguePhrases ?? DEFAULT_VAGUE_PHRASES };
  const text = activeRules(RENDERED_RULES, 'text', opts.rules);
  const foreign = foreignTexts(ctx);
  const findings: Finding[] = [];
  const push = (rule: Rule, severity: Severity, d: Pick<Draft, 'channel' | 'file'>, hit: RuleHit) =>
    findings.push({
      rule: rule.id,
      severity: capped(severity, hit),
      message: hit.message,
      channel: d.channel,
      file: d.file,
    });
  const judged = (
    rule: Rule,
    severity: Severity,
    d: Pick<Draft, 'channel' | 'file'>,
    hit: RuleHit,
    template: string,
  ) =>
    inQuotedOnly(hit, template, foreign)
      ? push(rule, 'warning', d, {
          ...hit,
          message: `${hit.message} (in quoted words: the operator's or the provider's, not the template's)`,
        })
      : push(rule, severity, d, hit);
  const ownWords: Array<Pick<Draft, 'channel' | 'text' | 'title'>> = [];
  for (const d of drafts) {
    const channel = channelOf(d.channel);
    const body = readableText(d.text, channel);
    const bodyOwn = masked(body, foreign);
    for (const h of textHits(text, body, 'body', channel, ctx, o)) judged(h.rule, h.severity, d, h.hit, bodyOwn);
    const title = d.title ? readableText(d.title, channel) : undefined;
    const titleOwn = title === undefined ? undefined : masked(title, foreign);
    if (title !== undefined)
      for (const h of textHits(text, title, 'title', channel, ctx, o)) judged(h.rule, h.severity, d, h.hit, titleOwn!);
    for (const { rule, severity } of activeRules(RENDERED_RULES, 'draft', opts.rules))
      for (const hit of rule.check(d)) push(rule, severity, d, hit);
    // Bundle rules compare what the templates say across channels: quoted words are the same everywhere and not theirs.
    ownWords.push({ channel: d.channel, text: bodyOwn, ...(titleOwn !== undefined ? { title: titleOwn } : {}) });
  }
  for (const { rule, severity } of activeRules(RENDERED_RULES, 'bundle', opts.rules))
    for (const hit of rule.check({ drafts: ownWords, ctx, layers: o.layers })) {
      const d = drafts.find((x) => x.channel === hit.channel);
      push(rule, severity, { channel: hit.channel, file: d?.file ?? hit.channel }, hit);
    }
  return findings;
}
