// Template sets and what every template engine path shares: compile options, errors. No Handlebars import here.
import { ConfigError } from '../errors.js';

export interface TemplateFile {
  /** Key such as "x/default", "statuspage/title", "partials/next-update". */
  name: string;
  /** Where it came from, for messages: a path, or "embedded:x/default.hbs". */
  path: string;
  source: string;
  origin: 'embedded' | 'override';
}

export interface TemplateSet {
  /** channel/variant templates, keyed by name. */
  templates: Map<string, TemplateFile>;
  /** Partials, keyed by partial name (file name without .hbs). */
  partials: Map<string, TemplateFile>;
}

export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log'] as const;
/** Helpers registered by layerpost; lint's unknown-helper rule checks against BUILTIN_HELPERS + these. */
export const CUSTOM_HELPERS: readonly string[] = [];

export type Render = (ctx: unknown) => string;

export interface CompiledSet {
  /** How the set was made ready: the build's precompiled specs, or compiled now. */
  readonly how?: 'precompiled' | 'compiled';
  render(name: string, ctx: unknown): string;
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
export function describeHandlebarsError(err: unknown): { line?: number; column?: number; message: string } {
  const e = err as { message?: string; lineNumber?: number; column?: number };
  const msg = String(e?.message ?? err);
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(msg);
  if (parse) {
    return { line: Number(parse[1]), column: undefined, message: `syntax error: ${parse[4]!.split('\n')[0]!.replace(/, got /, '; got ')}` };
  }
  const loc = / - (\d+):(\d+)$/.exec(msg);
  const clean = msg.replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]$/, '');
  return { line: e.lineNumber ?? (loc ? Number(loc[1]) : undefined), column: e.column ?? (loc ? Number(loc[2]) : undefined), message: clean };
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

/** Counts what the partials of one render produce, so a render that multiplies text stops at the cap, not at the heap's end. */
export class RenderMeter {
  used = 0;
  add(chars: number): void {
    this.used += chars;
    if (this.used > MAX_RENDER_CHARS) throw new RenderTooLarge();
  }
}

class RenderTooLarge extends Error {
  constructor() {
    super(`renders more than ${MAX_RENDER_CHARS.toLocaleString('en')} characters, the most a draft may have (a partial repeated too often, or a huge template?)`);
    this.name = 'RenderTooLarge';
  }
}

/** A partial whose output counts against the meter. */
export function meteredPartial<O>(partial: (ctx: unknown, options?: O) => string, meter: RenderMeter): (ctx: unknown, options?: O) => string {
  return (ctx, options) => {
    const out = partial(ctx, options);
    meter.add(out.length);
    return out;
  };
}

/** A ready set: render by name with the runtime options; a render error names the template file, line and column; a render over MAX_RENDER_CHARS names the template. */
export function readySet(
  how: NonNullable<CompiledSet['how']>,
  set: TemplateSet,
  compiled: ReadonlyMap<string, (ctx: unknown, options: typeof RUNTIME_OPTIONS) => string>,
  meter = new RenderMeter(),
): CompiledSet {
  return {
    how,
    has: (name) => compiled.has(name),
    names: () => [...compiled.keys()],
    render(name, ctx) {
      const t = compiled.get(name);
      if (!t) throw new ConfigError(`no template named ${name}`);
      meter.used = 0;
      try {
        const out = t(ctx, RUNTIME_OPTIONS);
        meter.add(out.length);
        return out;
      } catch (err) {
        const path = set.templates.get(name)!.path;
        if (err instanceof RenderTooLarge) throw new TemplateError(path, undefined, undefined, err.message);
        const d = describeHandlebarsError(err);
        throw new TemplateError(path, d.line, d.column, d.message);
      }
    },
  };
}
