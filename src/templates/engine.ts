// An isolated Handlebars environment: strict variables, built-in helpers only, no prototype access, no HTML escaping.
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS as compileOptions, TemplateError, describeHandlebarsError, meteredPartial, readySet, RenderMeter, type CompiledSet, type TemplateSet, type TemplateFile } from './set.js';

export { BUILTIN_HELPERS, CUSTOM_HELPERS, COMPILE_OPTIONS, RUNTIME_OPTIONS, TemplateError, describeHandlebarsError } from './set.js';
export type { CompiledSet, Render, TemplateFile, TemplateSet } from './set.js';

export function createEnv(partials: Map<string, TemplateFile>, meter = new RenderMeter()): typeof Handlebars {
  const env = Handlebars.create();
  for (const [name, file] of partials) {
    try {
      env.registerPartial(name, meteredPartial(env.compile(file.source, compileOptions), meter) as HandlebarsTemplateDelegate);
    } catch (err) {
      const d = describeHandlebarsError(err);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return env;
}



/** Compile every template once; a syntax error is a TemplateError with file, line and column. */
export function compileSet(set: TemplateSet): CompiledSet {
  const meter = new RenderMeter();
  const env = createEnv(set.partials, meter);
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
  return readySet('compiled', set, compiled, meter);
}

