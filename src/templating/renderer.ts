// Chooses how to render a template set: the build's embedded templates compiled to JavaScript (own-runtime.ts) when the
// set is exactly the embedded one, else compiling with Handlebars in an isolated environment (engine.ts).
import { loadPrecompiled } from './load.js';
import {
  COMPILE_OPTIONS,
  meteredPartial,
  readySet,
  RenderMeter,
  type CompiledSet,
  type TemplateFile,
  type TemplateSet,
} from './set.js';

function sameOptions(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The build's precompiled templates as a ready set, when `set` is exactly the embedded set they were made from. */
export async function precompiledFor(set: TemplateSet): Promise<CompiledSet | undefined> {
  const files: TemplateFile[] = [...set.templates.values(), ...set.partials.values()];
  const pre = files.every((f) => f.origin === 'embedded') ? loadPrecompiled() : undefined;
  if (
    !pre ||
    !sameOptions(pre.options, COMPILE_OPTIONS) ||
    !files.every((f) => pre.templates[f.name]?.source === f.source)
  )
    return undefined;
  const { ownTemplate } = await import('./own-runtime.js');
  type Template = ReturnType<typeof ownTemplate>;
  // Each made ready on its first render (ownTemplate): a run compiles only the templates it renders.
  const template = (f: TemplateFile): Template => ownTemplate(pre.templates[f.name]!.js);
  const meter = new RenderMeter();
  const partials = new Map(
    [...set.partials].map(([name, f]) => [name, meteredPartial(template(f), meter) as Template] as const),
  );
  const compiled = new Map([...set.templates].map(([name, f]) => [name, template(f)] as const));
  return readySet('precompiled', set, compiled, partials, meter);
}

export async function rendererFor(set: TemplateSet): Promise<CompiledSet> {
  const pre = await precompiledFor(set);
  if (pre) return pre;
  const { compileSet } = await import('./engine.js');
  return compileSet(set);
}
