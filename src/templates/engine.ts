// An isolated Handlebars environment: strict variables, built-in helpers only, no prototype access, no HTML escaping.
import Handlebars from 'handlebars';
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

export function createEnv(partials: Map<string, TemplateFile>): typeof Handlebars {
  const env = Handlebars.create();
  for (const [name, file] of partials) {
    try {
      env.registerPartial(name, env.compile(file.source, compileOptions));
    } catch (err) {
      const d = describeHandlebarsError(err);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return env;
}

const compileOptions: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(CUSTOM_HELPERS.map((h) => [h, true])),
  noEscape: true,
  preventIndent: true,
};

const runtimeOptions: RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/** Compile every template once; a syntax error is a TemplateError with file, line and column. */
export function compileSet(set: TemplateSet): CompiledSet {
  const env = createEnv(set.partials);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, file] of set.templates) {
    try {
      // A team's template is parsed now, so a syntax error stops the run before any probing; the embedded
      // set is kept clean by lint in CI and compiles on first render.
      if (file.origin !== 'embedded') env.parse(file.source);
      compiled.set(name, env.compile(file.source, compileOptions));
    } catch (err) {
      const d = describeHandlebarsError(err);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return {
    has: (name) => compiled.has(name),
    names: () => [...compiled.keys()],
    render(name, ctx) {
      const t = compiled.get(name);
      if (!t) throw new ConfigError(`no template named ${name}`);
      try {
        return t(ctx, runtimeOptions);
      } catch (err) {
        const d = describeHandlebarsError(err);
        throw new TemplateError(set.templates.get(name)!.path, d.line, d.column, d.message);
      }
    },
  };
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1] & object;
type RuntimeOptions = Handlebars.RuntimeOptions;
