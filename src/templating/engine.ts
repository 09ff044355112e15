// An isolated Handlebars environment: strict variables, built-in helpers only, no prototype access, no HTML escaping.
import type HandlebarsModule from 'handlebars';
import { moduleApi } from '../platform/module-api.js';
import {
  COMPILE_OPTIONS as compileOptions,
  registerHelpers,
  TemplateError,
  describeHandlebarsError,
  meteredPartial,
  readySet,
  RenderMeter,
  withoutEnvPartials,
  type CompiledSet,
  type TemplateSet,
  type TemplateFile,
} from './set.js';

export {
  BUILTIN_HELPERS,
  CUSTOM_HELPERS,
  COMPILE_OPTIONS,
  RUNTIME_OPTIONS,
  TemplateError,
  describeHandlebarsError,
} from './set.js';
export type { CompiledSet, Render, TemplateFile, TemplateSet } from './set.js';

type Handlebars = typeof HandlebarsModule;
let loaded: Handlebars | undefined;
/**
 * Handlebars with its compiler, loaded when first asked for: a side script of the built CLI (dist/handlebars.cjs).
 * Only a team's own templates and lint's template parsing need it; the embedded set renders without it.
 */
export function handlebars(): Handlebars {
  if (!loaded) {
    const mod = (
      typeof require === 'function' ? require('handlebars') : moduleApi().createRequire(import.meta.url)('handlebars')
    ) as Handlebars & { default?: Handlebars };
    loaded = mod.default ?? mod;
  }
  return loaded;
}

export interface EnvOptions {
  /**
   * false renders an unknown variable as empty: only lint uses it, so one unknown variable does not hide a template's
   * other findings.
   */
  strict?: boolean;
}

function optionsFor(o: EnvOptions) {
  return o.strict === false ? { ...compileOptions, strict: false } : compileOptions;
}

/**
 * An environment and its partials compiled in it, metered, by name: a render is given them in its options
 * (readySet), the environment keeps none.
 */
export function createEnv(
  partials: Map<string, TemplateFile>,
  meter = new RenderMeter(),
  options: EnvOptions = {},
): { env: Handlebars; fns: Map<string, HandlebarsTemplateDelegate> } {
  const env = withoutEnvPartials(handlebars().create());
  registerHelpers(env);
  const fns = new Map<string, HandlebarsTemplateDelegate>();
  const opts = optionsFor(options);
  for (const [name, file] of partials) {
    try {
      if (file.origin !== 'embedded') env.parse(file.source);
      const fn = meteredPartial(env.compile(file.source, opts), meter) as HandlebarsTemplateDelegate;
      fns.set(name, fn);
    } catch (err) {
      const d = describeHandlebarsError(err, file.source);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return { env, fns };
}

/** Compile every template once; a syntax error is a TemplateError with file, line and column. */
export function compileSet(set: TemplateSet, options: EnvOptions = {}): CompiledSet {
  const meter = new RenderMeter();
  const { env, fns } = createEnv(set.partials, meter, options);
  const opts = optionsFor(options);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, file] of set.templates) {
    try {
      // A team's template is parsed now, so a syntax error stops the run before any probing; the embedded
      // set is kept clean by lint in CI and compiles on first render.
      if (file.origin !== 'embedded') env.parse(file.source);
      compiled.set(name, env.compile(file.source, opts));
    } catch (err) {
      const d = describeHandlebarsError(err, file.source);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return readySet('compiled', set, compiled, fns, meter);
}
