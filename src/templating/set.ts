// Template sets and what every template engine path shares: compile options, errors. No Handlebars import here.
import { explainSyntax, tokenWords } from './syntax-words.js';
import { ConfigError } from '../platform/errors.js';
import { valueAt } from '../text/paths.js';

export interface TemplateFile {
  /** Key such as "channels/x/default", "channels/statuspage/title", "phrases/cause/network". */
  name: string;
  /** Where it came from, for messages: a path, or "embedded:channels/x/default.hbs". */
  path: string;
  source: string;
  origin: 'embedded' | 'override';
}

export interface TemplateSet {
  /** channel/variant templates, keyed by name. */
  templates: Map<string, TemplateFile>;
  /**
   * Partials, keyed by partial name: phrases/NAME.hbs (and the older partials/NAME.hbs) is {{> NAME}};
   * phrases/NAME/LAYER.hbs is {{> NAME/LAYER}}, and {{> NAME}} for that layer (see `layered`).
   */
  partials: Map<string, TemplateFile>;
  /**
   * Phrases written per layer: NAME → the files of phrases/NAME/, keyed by layer id or "default". At render time
   * {{> NAME}} is the published layer's file (or default.hbs) and {{> previous-NAME}} the previous update's.
   */
  layered: Map<string, Map<string, TemplateFile>>;
}

/**
 * Phrases written per kind, not per layer: {{> NAME}} renders phrases/NAME/KIND.hbs, KIND being the context fact named
 * here (a path from the root, or from the context the phrase is called in when it starts with "./"). The fact is decided
 * once in the context (src/drafts/build-context.ts); the phrase folder holds one file per value.
 */
export const PHRASES_BY_KIND: Readonly<Record<string, string>> = {
  correction: 'correction.kind',
  'correction-short': 'correction.kind',
  'correction-tiny': 'correction.kind',
  action: 'action.case',
  'error-word': './word',
};

const isKeyed = (name: string) => Object.hasOwn(PHRASES_BY_KIND, name);

/** The kind a phrase by kind is rendered for, read from the context it is called in or the render's root. */
function kindOf(name: string, ctx: unknown, root: unknown): string {
  const path = PHRASES_BY_KIND[name]!;
  const v = path.startsWith('./') ? valueAt(ctx, path.slice(2)) : valueAt(root, path);
  return typeof v === 'string' ? v : '';
}

/**
 * Whether a phrase file can be the one a render with root context `root` used: false for a phrase-by-kind file of
 * another kind than the root's (lint then finds words in the file that wrote them, not a sibling with the same words).
 */
export function rendersIn(file: Pick<TemplateFile, 'name'>, root: unknown): boolean {
  const m = /^(?:phrases|partials)\/([^/]+)\/([^/]+)$/.exec(file.name);
  if (!m || !isKeyed(m[1]!) || PHRASES_BY_KIND[m[1]!]!.startsWith('./') || root === undefined) return true;
  const kind = kindOf(m[1]!, root, root);
  return m[2] === kind || m[2] === 'default';
}

/** The files of a phrase by kind (phrases/NAME/KIND.hbs), by kind. Lint asks at every partial call site it follows. */
function keyedFiles(partials: ReadonlyMap<string, TemplateFile>, name: string): TemplateFile[] {
  const prefix = `${name}/`;
  const files: TemplateFile[] = [];
  for (const [k, f] of partials) if (k.startsWith(prefix) && k.indexOf('/', prefix.length) < 0) files.push(f);
  return files;
}

/**
 * The files a partial call may render: one partial, or every file of a layered or by-kind phrase ({{> NAME}}, {{>
 * previous-NAME}}).
 */
export function partialFiles(set: Pick<TemplateSet, 'partials' | 'layered'>, name: string): TemplateFile[] {
  const one = set.partials.get(name);
  if (one) return [one];
  if (isKeyed(name)) return keyedFiles(set.partials, name);
  const layered =
    set.layered.get(name) ??
    (name.startsWith('previous-') ? set.layered.get(name.slice('previous-'.length)) : undefined);
  return layered ? [...layered.values()] : [];
}

/** Partial name of a phrase file: phrases/cause/network → cause/network; the older partials/NAME → NAME. */
export function partialName(fileName: string): string | undefined {
  const m = /^(?:phrases|partials)\/(.+)$/.exec(fileName);
  return m?.[1];
}

/** Where the phrase NAME of a layer comes from: its own file, else the folder's default.hbs. */
export function phraseFile(set: Pick<TemplateSet, 'layered'>, name: string, layerId: string): TemplateFile | undefined {
  const byKey = set.layered.get(name);
  return byKey?.get(layerId) ?? byKey?.get('default');
}

/** A phrase rendered for the previous update's layer: inside it, `layer` is that layer (its flags, its name). */
function asPrevious<F>(fn: F): F {
  const f = fn as unknown as (ctx: unknown, options?: unknown) => string;
  return ((ctx: unknown, options?: unknown) => {
    const c = ctx as { previous?: { layer?: unknown } } | null;
    return f(c?.previous?.layer ? { ...c, layer: c.previous.layer } : ctx, options);
  }) as unknown as F;
}

/**
 * The partials a render resolves by layer: {{> NAME}} for the published layer, {{> previous-NAME}} for the previous
 * one.
 */
export function layeredPartials<F>(
  set: Pick<TemplateSet, 'layered'>,
  fns: ReadonlyMap<string, F>,
  layerId: string,
  previousLayerId: string,
): Record<string, F> {
  const out: Record<string, F> = {};
  for (const name of set.layered.keys()) {
    const pick = (id: string) => fns.get(`${name}/${id}`) ?? fns.get(`${name}/default`);
    const cur = pick(layerId);
    if (cur) out[name] = cur;
    const prev = previousLayerId ? pick(previousLayerId) : undefined;
    if (prev) out[`previous-${name}`] = asPrevious(prev);
  }
  return out;
}

export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'] as const;
/**
 * Helpers registered by layerpost: pure functions of the text their block renders, no access to anything else.
 * `{{#capitalize}}…{{/capitalize}}` upper-cases the first letter of what the block renders, so a phrase that may start
 * in lower case ("our AI provider") starts a sentence without a second copy of the phrase.
 */
export const HELPERS = {
  capitalize(this: unknown, options: { fn(ctx: unknown): string }): string {
    return capitalizeFirst(options.fn(this));
  },
} as const;
/** lint's unknown-helper rule checks against BUILTIN_HELPERS + these. */
export const CUSTOM_HELPERS: readonly string[] = Object.keys(HELPERS);

/**
 * The first letter upper-cased, after any opening quote or bracket: "our AI provider's API" → "Our AI provider's API".
 */
export function capitalizeFirst(text: string): string {
  return text.replace(/^([\s“"‘'(\[*_]*)(\p{Ll})/u, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** Register layerpost's helpers in a Handlebars environment (compiled or runtime-only). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerHelpers(env: { registerHelper(name: string, fn: (...args: any[]) => any): void }): void {
  for (const [name, fn] of Object.entries(HELPERS)) env.registerHelper(name, fn);
}

export type Render = (ctx: unknown) => string;

export interface CompiledSet {
  /** How the set was made ready: the build's templates compiled to JavaScript, or compiled now by Handlebars. */
  readonly how?: 'precompiled' | 'compiled';
  render(name: string, ctx: unknown): string;
  /** Render one phrase ({{> NAME}}) on its own, for the layer the context names or for `layerId`. */
  renderPhrase(name: string, ctx: unknown, layerId?: string): string;
  has(name: string): boolean;
  names(): string[];
}

export class TemplateError extends ConfigError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}${column !== undefined ? `:${column + 1}` : ''}` : ''}: ${detail}`);
    this.name = 'TemplateError';
  }
}

/** Line/column (0-based column) and a one-line message from a Handlebars parse or runtime error. */
export function describeHandlebarsError(
  err: unknown,
  source?: string,
): { line?: number; column?: number; message: string } {
  const e = err as { message?: string; lineNumber?: number; column?: number };
  const msg = String(e?.message ?? err);
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(msg);
  // With the text at hand, say what is wrong in words (the block never closed, the tag that does not match).
  const words =
    source !== undefined && (parse || /doesn't match|Lexical error/.test(msg)) ? explainSyntax(source) : undefined;
  if (words) return { line: words.line, column: words.column - 1, message: `syntax error: ${words.message}` };
  if (parse) {
    return {
      line: Number(parse[1]),
      column: undefined,
      message: `syntax error: ${tokenWords(parse[4]!.split('\n')[0]!)}`,
    };
  }
  const loc = / - (\d+):(\d+)$/.exec(msg);
  const clean = msg.replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]$/, '');
  return {
    line: e.lineNumber ?? (loc ? Number(loc[1]) : undefined),
    column: e.column ?? (loc ? Number(loc[2]) : undefined),
    message: clean,
  };
}

/** Handlebars compile options: every template, compiled at run time or precompiled by the build, uses these. */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(CUSTOM_HELPERS.map((h) => [h, true])),
  noEscape: true,
  preventIndent: true,
} as const;

export const RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/**
 * The most characters one render may produce, partials' output included: far above every channel's limit (Slack's
 * 40 000 is the largest), far below what would exhaust memory (a partial that calls itself twice, 26 deep).
 */
export const MAX_RENDER_CHARS = 1_000_000;

/**
 * Counts what the partials of one render produce, so a render that multiplies text stops at the cap, not at the heap's
 * end.
 */
export class RenderMeter {
  used = 0;
  add(chars: number): void {
    this.used += chars;
    if (this.used > MAX_RENDER_CHARS) throw new RenderTooLarge();
  }
}

class RenderTooLarge extends Error {
  constructor() {
    super(
      `renders more than ${MAX_RENDER_CHARS.toLocaleString('en')} characters, the most a draft may have (a partial repeated too often, or a huge template?)`,
    );
    this.name = 'RenderTooLarge';
  }
}

/** A partial whose output counts against the meter. */
export function meteredPartial<O>(
  partial: (ctx: unknown, options?: O) => string,
  meter: RenderMeter,
): (ctx: unknown, options?: O) => string {
  return (ctx, options) => {
    const out = partial(ctx, options);
    meter.add(out.length);
    return out;
  };
}

type Fn = (ctx: unknown, options: object) => string;

/** An environment keeps no partials of its own: readySet gives every render all of them, without a copy per render. */
export function withoutEnvPartials<E extends { partials: unknown }>(env: E): E {
  (env as { partials: unknown }).partials = undefined;
  return env;
}

/** The layer ids a context publishes now and published before ("" when none): they choose the layered phrases. */
function layersOf(ctx: unknown): [string, string] {
  const c = ctx as { layer?: { id?: unknown }; previous?: { has?: unknown; layer?: { id?: unknown } } } | null;
  const cur = typeof c?.layer?.id === 'string' ? c.layer.id : '';
  const prev = c?.previous?.has && typeof c.previous.layer?.id === 'string' ? c.previous.layer.id : '';
  return [cur, prev];
}

/**
 * A ready set: render by name with the runtime options and the layered phrases of the context's layers; a render
 * error names the template file, line and column; a render over MAX_RENDER_CHARS names the template.
 */
export function readySet(
  how: NonNullable<CompiledSet['how']>,
  set: TemplateSet,
  compiled: ReadonlyMap<string, Fn>,
  partials: ReadonlyMap<string, Fn>,
  meter = new RenderMeter(),
): CompiledSet {
  // Every partial travels in the options, one object per layer pair made once: Handlebars copies its environment's
  // partials and the options' into a new object on every render when it has both (the environment has none).
  const all: Record<string, Fn> = Object.fromEntries(partials);
  // A phrase by kind is one partial that renders the file of the kind its context holds.
  const byKind =
    (name: string): Fn =>
    (ctx, options) => {
      const kind = kindOf(name, ctx, (options as { data?: { root?: unknown } } | undefined)?.data?.root ?? ctx);
      const fn = partials.get(`${name}/${kind}`) ?? partials.get(`${name}/default`);
      if (!fn) throw new Error(`no phrase ${name}/${kind || '(no kind)'}.hbs for ${PHRASES_BY_KIND[name]} "${kind}"`);
      return fn(ctx, options);
    };
  for (const name of Object.keys(PHRASES_BY_KIND))
    if (!partials.has(name) && [...partials.keys()].some((k) => k.startsWith(`${name}/`))) all[name] = byKind(name);
  const byLayers = new Map<string, object>();
  const optionsFor = (cur: string, prev: string) => {
    const key = `${cur}\u0000${prev}`;
    let o = byLayers.get(key);
    if (!o)
      byLayers.set(
        key,
        (o = { ...RUNTIME_OPTIONS, partials: { ...all, ...layeredPartials(set, partials, cur, prev) } }),
      );
    return o as object;
  };
  const run = (fn: Fn, file: TemplateFile | undefined, ctx: unknown, cur: string, prev: string) => {
    const path = file?.path ?? 'template';
    meter.used = 0;
    try {
      const out = fn(ctx, optionsFor(cur, prev));
      meter.add(out.length);
      return out;
    } catch (err) {
      if (err instanceof RenderTooLarge) throw new TemplateError(path, undefined, undefined, err.message);
      const d = describeHandlebarsError(err);
      throw new TemplateError(path, d.line, d.column, d.message);
    }
  };
  return {
    how,
    has: (name) => compiled.has(name),
    names: () => [...compiled.keys()],
    render(name, ctx) {
      const t = compiled.get(name);
      if (!t) throw new ConfigError(`no template named ${name}`);
      const [cur, prev] = layersOf(ctx);
      return run(t, set.templates.get(name), ctx, cur, prev);
    },
    renderPhrase(name, ctx, layerId) {
      const [cur, prev] = layersOf(ctx);
      const previous = name.startsWith('previous-') && set.layered.has(name.slice('previous-'.length));
      if (previous) {
        const base = name.slice('previous-'.length);
        const file = prev ? phraseFile(set, base, prev) : undefined;
        const fn = file && partials.get(partialName(file.name) ?? file.name);
        if (!fn) throw new ConfigError(`no phrase named ${base} for the previous layer ${prev || '(none)'}`);
        return run(asPrevious(fn), file, ctx, cur, prev);
      }
      const id = layerId ?? cur;
      if (isKeyed(name) && all[name] && !set.partials.has(name)) {
        const kind = kindOf(name, ctx, ctx);
        return run(
          all[name],
          set.partials.get(`${name}/${kind}`) ?? set.partials.get(`${name}/default`),
          ctx,
          id,
          prev,
        );
      }
      const file = set.layered.has(name) ? phraseFile(set, name, id) : set.partials.get(name);
      const fn = file && partials.get(set.layered.has(name) ? (partialName(file.name) ?? file.name) : name);
      if (!fn) throw new ConfigError(`no phrase named ${name}${set.layered.has(name) ? ` for the layer ${id}` : ''}`);
      return run(fn, file, ctx, id, prev);
    },
  };
}
