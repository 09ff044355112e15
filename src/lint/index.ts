// The lint API, pure (no fs): lintTemplates checks a template set (AST rules, then every layer × phase render);
// lintDrafts checks one bundle's drafts.
import type { Draft, Finding } from '../model/bundle.js';
import type { TemplateContext } from '../drafts/context.js';
import {
  CHANNEL_IDS,
  CHANNELS,
  channelTemplate,
  channelTemplates,
  isChannelId,
  normalizeWhitespace,
  type ChannelId,
} from '../drafts/channels/index.js';
import { DEFAULT_LAYERS } from '../model/layers.js';
import { renderChannel, renderSaid, templateName, type Renderer } from '../drafts/render.js';
import {
  compileSet,
  describeHandlebarsError,
  TemplateError,
  type CompiledSet,
  type TemplateFile,
  type TemplateSet,
} from '../templating/engine.js';
import { partialFiles, partialName, rendersIn } from '../templating/set.js';
import { describeCase, renderCases, type RenderCase } from './fixtures.js';
import { RULES } from './rules/index.js';
import { TEMPLATE_NAMES } from './rules/unknown-template.js';
import { DEFAULT_VAGUE_PHRASES } from './rules/vague-phrase.js';
import type { Scan } from './scan.js';
import { rememberedPhrases } from './said.js';
import { fromScanData, scansOf, type ScanData } from './scans.js';
import { readableText } from './text.js';
import { activeRules, capped, severityOf, textHits, type DraftLintOptions } from './drafts.js';
import type { BundleRule, DraftRule, Rule, RuleHit, RuleSetting, Severity, TemplateRule } from './types.js';

export { RULES, RULE_IDS, findRule } from './rules/index.js';
export { lintDrafts, severityOf, type DraftLintOptions } from './drafts.js';
export { DEFAULT_VAGUE_PHRASES } from './rules/vague-phrase.js';
export type { Rule, RuleSetting, Severity } from './types.js';

export interface LintOptions extends DraftLintOptions {
  /** The configured product, rendered in place of the typical fixture's names. */
  product?: { name: string; feature: string; statusUrl?: string };
  mastodonLimit?: number;
  /** Report findings only for files of this origin (linting a team's override directory over the embedded set). */
  onlyOrigin?: TemplateFile['origin'];
  /** A ready renderer of exactly this set (the build's precompiled templates), used when every template can render. */
  precompiled?: CompiledSet;
  /** The build's scans of exactly this set (dist/templates.cjs), by file name: lint then parses no template. */
  scans?: Readonly<Record<string, ScanData>>;
  /** The straightforward path, sharing no work between renders (tests compare its findings with the usual path's). */
  reference?: boolean;
}

/** The worst case of one channel's length over every render. */
export interface WorstLength {
  channel: ChannelId;
  file: string;
  variant: string;
  length: number;
  limit: number;
  unit: string;
  over: boolean;
  /** "layer model-endpoint × identified, long-names fixture" */
  case: string;
  /** Renders of this channel that were over the limit. */
  overCount: number;
  renders: number;
}

export interface LintResult {
  findings: LintFinding[];
  filesChecked: number;
  /** Template renders done (each template × every layer × phase × fixture profile). */
  renders: number;
  cases: number;
  lengths: WorstLength[];
}

function active<K extends Rule['kind']>(kind: K, settings?: Record<string, RuleSetting>) {
  return activeRules(RULES, kind, settings);
}

/** Rule ids in config that no rule has (a typo would silently do nothing). */
export function unknownRuleIds(settings: Record<string, unknown> = {}): string[] {
  return Object.keys(settings).filter((id) => !RULES.some((r) => r.id === id));
}

/** A finding of a template set, with the renders it happened in (none for a finding about the source itself). */
export interface LintFinding extends Finding {
  /** Per template: the layers, phases and fixtures of the renders that showed the problem. */
  contexts?: string[];
}

/** Where a rendered finding happened: the template (or channel) and the render case. */
interface Where {
  template: string;
  c: Pick<RenderCase, 'layer' | 'phase' | 'profile'>;
}

/**
 * Findings keyed by rule and location, as ESLint reports one problem once: a problem seen in many renders (whose
 * message may name each render's layer or phase) is one finding with the first render's message and its contexts listed.
 */
class Collector {
  private readonly byKey = new Map<string, { finding: Finding; cases: Where[] }>();
  constructor(
    private readonly scans: Map<TemplateFile, Scan>,
    private readonly onlyOrigin?: TemplateFile['origin'],
  ) {}

  add(
    rule: Pick<Rule, 'id'>,
    severity: Severity,
    file: TemplateFile,
    hit: RuleHit,
    where?: Where,
    channel?: string,
  ): void {
    if (this.onlyOrigin && file.origin !== this.onlyOrigin) return;
    const off = this.scans.get(file)?.disabled;
    if (off === 'all' || off?.has(rule.id)) return;
    // A source finding is keyed by its message too: two different problems at one place are two findings.
    const key = [rule.id, file.path, hit.line ?? '', hit.column ?? '', where ? '' : hit.message].join('\u0000');
    const entry = this.byKey.get(key);
    if (entry) {
      if (where) entry.cases.push(where);
      return;
    }
    const finding: Finding = { rule: rule.id, severity: capped(severity, hit), message: hit.message, file: file.path };
    if (hit.line !== undefined) finding.line = hit.line;
    if (hit.column !== undefined) finding.column = hit.column;
    if (channel) finding.channel = channel;
    this.byKey.set(key, { finding, cases: where ? [where] : [] });
  }

  findings(): LintFinding[] {
    return [...this.byKey.values()].map(({ finding, cases }) =>
      cases.length ? { ...finding, contexts: contextsOf(cases) } : finding,
    );
  }
}

/**
 * "x/default: layers integration, network × investigating × typical, long-names fixtures (6 renders)", one per
 * template.
 */
function contextsOf(cases: readonly Where[]): string[] {
  const byTemplate = new Map<string, Where[]>();
  for (const w of cases) byTemplate.set(w.template, [...(byTemplate.get(w.template) ?? []), w]);
  const list = (items: string[]) => [...new Set(items)].join(', ');
  return [...byTemplate].map(([template, ws]) => {
    const layers = list(ws.map((w) => w.c.layer.id));
    const phases = list(ws.map((w) => w.c.phase));
    const profiles = list(ws.map((w) => w.c.profile.id));
    return `${template}: layer ${layers} × ${phases} × ${profiles} fixture (${ws.length} render${ws.length === 1 ? '' : 's'})`;
  });
}

/**
 * The 1-based line and column where `needle` is written in one of `files` (the template first, then its partials).
 * Rendered words hold filled-in values ("Anthropic's incident" is written "{{provider.name}}'s incident"): when the
 * needle is not in any source as it is, its longest run of template words between those values is looked for.
 */
function locate(
  needle: string | undefined,
  files: readonly TemplateFile[],
  ctx?: TemplateContext,
): { file: TemplateFile; line?: number; column?: number } {
  for (const n of needle ? [needle, ...literalRuns(needle, ctx)] : []) {
    const lower = n.toLowerCase();
    for (const f of files) {
      if (!rendersIn(f, ctx)) continue;
      const i = f.source.toLowerCase().indexOf(lower);
      if (i >= 0) {
        const before = f.source.slice(0, i).split('\n');
        return { file: f, line: before.length, column: before[before.length - 1]!.length + 1 };
      }
    }
  }
  return { file: files[0]! };
}

/**
 * The parts of a rendered needle between the context's names, longest first (at least 6 characters, so a run is
 * telling).
 */
function literalRuns(needle: string, ctx: TemplateContext | undefined): string[] {
  if (!ctx) return [];
  const values = [ctx.provider.name, ctx.product.name, ctx.product.feature, ...ctx.models.list.map((m) => m.name)]
    .filter((v) => v.length > 0)
    .sort((a, b) => b.length - a.length);
  let parts = [needle];
  for (const v of values) parts = parts.flatMap((p) => p.split(v));
  const runs = parts.map((p) => p.trim()).filter((p) => p.length >= 6 && p !== needle);
  return [...new Set(runs)].sort((a, b) => b.length - a.length);
}

/**
 * A set's partial files by call name, and each file's partials, transitively, in order: lint asks at every reference
 * of every file it follows, so both are remembered for the run (its set does not change during it).
 */
function partialIndex(set: TemplateSet, scans: Map<TemplateFile, Scan>) {
  const byName = new Map<string, TemplateFile[]>();
  const filesOf = (name: string): TemplateFile[] => {
    let files = byName.get(name);
    if (!files) byName.set(name, (files = partialFiles(set, name)));
    return files;
  };
  const closures = new Map<TemplateFile, TemplateFile[]>();
  const partialsOf = (file: TemplateFile): TemplateFile[] => {
    let out = closures.get(file);
    if (out) return out;
    const found: TemplateFile[] = [];
    const seen = new Set<TemplateFile>();
    const visit = (f: TemplateFile) => {
      for (const name of scans.get(f)?.partials ?? [])
        for (const p of filesOf(name))
          if (!seen.has(p)) {
            seen.add(p);
            found.push(p);
            visit(p);
          }
    };
    visit(file);
    closures.set(file, (out = found));
    return out;
  };
  return { filesOf, partialsOf };
}
type PartialIndex = ReturnType<typeof partialIndex>;

/**
 * A template is rendered only when it and its partials parse and every reference resolves (their problems are findings
 * already); `lenient`: an unknown variable is allowed, as the lenient compile renders it empty.
 */
function renderable(file: TemplateFile, index: PartialIndex, scans: Map<TemplateFile, Scan>, lenient = false): boolean {
  return [file, ...index.partialsOf(file)].every((f) => {
    const s = scans.get(f);
    return (
      s &&
      !s.parseError &&
      s.refs.every(
        (r) =>
          (!r.problem || (lenient && r.kind === 'variable')) &&
          (r.kind !== 'partial' || index.filesOf(r.name).length > 0),
      )
    );
  });
}

type Worst = Map<ChannelId, { draft: Draft; c: RenderCase; overCount: number; renders: number }>;

/** Keep the draft nearest to (or furthest over) its limit, and count renders over it. */
function track(worst: Worst, channelId: ChannelId, draft: Draft, c: RenderCase): void {
  const w = worst.get(channelId);
  const overCount = (w?.overCount ?? 0) + (draft.overLimit ? 1 : 0);
  const renders = (w?.renders ?? 0) + 1;
  if (!w || draft.length / draft.limit > w.draft.length / w.draft.limit)
    worst.set(channelId, { draft, c, overCount, renders });
  else worst.set(channelId, { ...w, overCount, renders });
}

/**
 * Lint a template set: AST rules on every file, then every template rendered for every layer × phase × fixture profile.
 */
export function lintTemplates(set: TemplateSet, opts: LintOptions = {}): LintResult {
  const layers = opts.layers ?? DEFAULT_LAYERS;
  const o = { layers, vaguePhrases: opts.vaguePhrases ?? DEFAULT_VAGUE_PHRASES };
  const files = [...set.templates.values(), ...set.partials.values()];
  const scans = (opts.scans && fromScanData(set, opts.scans)) ?? scansOf(set);
  const out = new Collector(scans, opts.onlyOrigin);

  for (const f of files)
    for (const { rule, severity } of active('template', opts.rules) as Array<{
      rule: TemplateRule;
      severity: Severity;
    }>)
      for (const hit of rule.check({ file: f, scan: scans.get(f)!, set })) out.add(rule, severity, f, hit);

  // Compile what can render; a compile error the AST rules did not foresee becomes a syntax finding for its file.
  const index = partialIndex(set, scans);
  const good = new Map(
    [...set.templates].filter(([name, f]) => TEMPLATE_NAMES.includes(name) && renderable(f, index, scans)),
  );
  const partials = new Map([...set.partials].filter(([, f]) => !scans.get(f)!.parseError));
  const syntax = RULES.find((r) => r.id === 'syntax')!;
  const syntaxSeverity = severityOf(syntax, opts.rules);
  // The precompiled set serves when every template lint renders (the channels') and every partial is good; the
  // reasons' templates in it are never rendered here.
  const channelNames = [...set.templates.keys()].filter((name) => TEMPLATE_NAMES.includes(name));
  let compiled: CompiledSet | undefined =
    opts.precompiled && channelNames.every((name) => good.has(name)) && partials.size === set.partials.size
      ? opts.precompiled
      : undefined;
  for (let attempt = 0; attempt <= set.templates.size + set.partials.size && !compiled; attempt++) {
    try {
      compiled = compileSet({ templates: good, partials, layered: set.layered });
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      const bad = files.find((f) => f.path === err.file);
      if (!bad) throw err;
      if (syntaxSeverity)
        out.add(syntax, syntaxSeverity, bad, {
          message: `cannot compile: ${err.detail}`,
          line: err.line,
          column: err.column !== undefined ? err.column + 1 : undefined,
        });
      good.delete(bad.name);
      partials.delete(partialName(bad.name) ?? bad.name);
    }
  }
  if (!compiled) compiled = compileSet({ templates: new Map(), partials: new Map(), layered: new Map() });
  const strictSet = compiled;
  // Templates held back only by an unknown variable still render (the variable as empty), so that error does not hide
  // the template's other findings; its own finding is reported by unknown-variable already.
  const lenientNames = [...set.templates].filter(
    ([name, f]) => TEMPLATE_NAMES.includes(name) && !good.has(name) && renderable(f, index, scans, true),
  );
  let lenient: CompiledSet | undefined;
  if (lenientNames.length) {
    try {
      lenient = compileSet({ templates: new Map(lenientNames), partials, layered: set.layered }, { strict: false });
    } catch {
      lenient = undefined; // a compile error is reported by the strict pass
    }
  }
  const canRender = (name: string) => strictSet.has(name) || Boolean(lenient?.has(name));
  const cases = renderCases(layers, opts.product);
  const text = active('text', opts.rules);
  const draftRules = active('draft', opts.rules) as Array<{ rule: DraftRule; severity: Severity }>;
  const bundleRules = active('bundle', opts.rules) as Array<{ rule: BundleRule; severity: Severity }>;
  const channels = CHANNEL_IDS.filter((c) => CHANNELS[c].variants.some((v) => templateName(canRender, c, v)));
  const worst: Worst = new Map();
  const judged: Worst = new Map();
  const withPartials = (name: string) => {
    const f = set.templates.get(name)!;
    return [f, ...index.partialsOf(f)];
  };
  let renders = 0;

  // The reference path renders every phrase of every context.
  const phrases = opts.reference ? strictSet : rememberedPhrases(set, scans, strictSet);
  for (const rc of cases) {
    const c = {
      ...rc,
      ctx: {
        ...rc.ctx,
        said: renderSaid(
          phrases,
          rc.ctx,
          layers.map((l) => l.id),
        ),
      },
    };
    // By source (the same string each time, so hashed once): the social channels' folders hold the same one-line
    // frame ({{> social-post}}), rendered once a case.
    const memo = { strict: new Map<string, string>(), lenient: new Map<string, string>() };
    const renderer: Renderer = {
      has: canRender,
      renderPhrase: (name, ctx, layerId) => strictSet.renderPhrase(name, ctx, layerId),
      render(name, ctx) {
        const strict = strictSet.has(name);
        const bySource = strict ? memo.strict : memo.lenient;
        const key = set.templates.get(name)?.source ?? name;
        let t = bySource.get(key);
        if (t === undefined) {
          renders++;
          t = (strict ? strictSet : lenient!).render(name, ctx);
          bySource.set(key, t);
        }
        return t;
      },
    };
    const renderError = (name: string, err: unknown) => {
      const detail = err instanceof TemplateError ? err.detail : describeHandlebarsError(err).message;
      if (syntaxSeverity)
        out.add(
          syntax,
          syntaxSeverity,
          set.templates.get(name)!,
          { message: `cannot render: ${detail}` },
          { template: name, c },
        );
    };
    const bundle: Draft[] = [];
    for (const channelId of channels) {
      const channel = CHANNELS[channelId];
      const names = channelTemplates(channel).filter((n) => canRender(n));
      let failed = false;
      for (const name of names) {
        let rendered: string;
        try {
          rendered = renderer.render(name, c.ctx);
        } catch (err) {
          renderError(name, err);
          failed = true;
          continue;
        }
        const title = channel.title !== undefined && name === channelTemplate(channelId, channel.title);
        const readable = readableText(normalizeWhitespace(rendered, title ? false : channel.markdown), channel);
        for (const h of textHits(text, readable, title ? 'title' : 'body', channel, c.ctx, o, opts.reference)) {
          const at = locate(h.hit.needle, withPartials(name), c.ctx);
          out.add(
            h.rule,
            h.severity,
            at.file,
            { ...h.hit, line: h.hit.line ?? at.line, column: h.hit.column ?? at.column },
            { template: name, c },
          );
        }
      }
      if (failed) continue;
      const draft = renderChannel(renderer, channelId, c.ctx, { mastodonLimit: opts.mastodonLimit });
      bundle.push(draft);
      track(worst, channelId, draft, c);
      // A soft limit (SMS's one segment, SPEC §4) is a preference: only the typical fixture is held to it.
      if (!CHANNELS[channelId].softLimit || c.profile.id === 'typical') track(judged, channelId, draft, c);
    }
    for (const { rule, severity } of bundleRules)
      for (const hit of rule.check({ drafts: bundle, ctx: c.ctx, layers })) {
        const d = bundle.find((x) => x.channel === hit.channel);
        const name = isChannelId(hit.channel)
          ? templateName((n) => set.templates.has(n), hit.channel, d?.variant ?? 'default')
          : undefined;
        if (!name || !set.templates.has(name)) continue;
        const at = locate(hit.needle, withPartials(name), c.ctx);
        out.add(
          rule,
          severity,
          at.file,
          { ...hit, line: hit.line ?? at.line, column: hit.column ?? at.column },
          { template: hit.channel, c },
          hit.channel,
        );
      }
  }

  const lengths: WorstLength[] = [];
  const fileFor = (channelId: ChannelId, d: Draft) => {
    // A channel with a title is measured by its title.
    const title = CHANNELS[channelId].title;
    const name =
      title && canRender(channelTemplate(channelId, title))
        ? channelTemplate(channelId, title)
        : channelTemplate(channelId, d.variant);
    return set.templates.get(name)!;
  };
  for (const [channelId, w] of worst) {
    lengths.push({
      channel: channelId,
      file: fileFor(channelId, w.draft).path,
      variant: w.draft.variant,
      length: w.draft.length,
      limit: w.draft.limit,
      unit: w.draft.unit,
      over: w.draft.overLimit,
      case: describeCase(w.c),
      overCount: w.overCount,
      renders: w.renders,
    });
  }
  for (const [channelId, w] of judged) {
    const where = `worst case: ${describeCase(w.c)} — ${w.c.profile.about}; over in ${w.overCount} of ${w.renders} renders`;
    for (const { rule, severity } of draftRules)
      for (const hit of rule.check(w.draft))
        out.add(rule, severity, fileFor(channelId, w.draft), { ...hit, message: `${hit.message} (${where})` });
  }

  const findings = out
    .findings()
    .sort(
      (a, b) =>
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.rule.localeCompare(b.rule),
    );
  const filesChecked = opts.onlyOrigin ? files.filter((f) => f.origin === opts.onlyOrigin).length : files.length;
  return { findings, filesChecked, renders, cases: cases.length, lengths };
}
