// An isolated Handlebars environment: strict variables, built-in helpers only, no prototype access, no HTML escaping.
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS as compileOptions, TemplateError, describeHandlebarsError, readySet, type CompiledSet, type TemplateSet, type TemplateFile } from './set.js';

export { BUILTIN_HELPERS, CUSTOM_HELPERS, COMPILE_OPTIONS, RUNTIME_OPTIONS, TemplateError, describeHandlebarsError } from './set.js';
export type { CompiledSet, Render, TemplateFile, TemplateSet } from './set.js';

export function createEnv(partials: Map<string, TemplateFile>, options: { strict?: boolean } = {}): typeof Handlebars {
  const env = Handlebars.create();
  const opts = options.strict === false ? { ...compileOptions, strict: false } : compileOptions;
  for (const [name, file] of partials) {
    try {
      env.registerPartial(name, env.compile(file.source, opts));
    } catch (err) {
      const d = describeHandlebarsError(err);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return env;
}



/**
 * Compile every template once; a syntax error is a TemplateError with file, line and column. `strict: false`
 * renders an unknown variable as empty: only lint uses it, so one unknown variable does not hide a template's other findings.
 */
export function compileSet(set: TemplateSet, options: { strict?: boolean } = {}): CompiledSet {
  const env = createEnv(set.partials, options);
  const opts = options.strict === false ? { ...compileOptions, strict: false } : compileOptions;
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, file] of set.templates) {
    try {
      // A team's template is parsed now, so a syntax error stops the run before any probing; the embedded
      // set is kept clean by lint in CI and compiles on first render.
      if (file.origin !== 'embedded') env.parse(file.source);
      compiled.set(name, env.compile(file.source, opts));
    } catch (err) {
      const d = describeHandlebarsError(err);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return readySet('compiled', set, compiled);
}

