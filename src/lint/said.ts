// The phrases rendered for the text rules (`said`: every layer's name, the cause, the not-affected sentence …),
// rendered once per distinct set of facts they read. lint renders them for 84 contexts, which mostly differ in facts
// a phrase never reads: a layer's name reads the provider's and the models' names, not the phase.
import type { Renderer } from '../drafts/render.js';
import type { TemplateFile, TemplateSet } from '../templating/engine.js';
import { partialFiles, PHRASES_BY_KIND } from '../templating/set.js';
import { pathGetter } from '../text/paths.js';
import type { Scan } from './scan.js';

/**
 * `renderer`'s renderPhrase, remembered: a phrase's output is a function of the context's values at the paths its files
 * (and, through them, their partials) read, of the kinds that choose a phrase by kind, and of the layers that choose a
 * layered phrase's file. Those are the key; a render that fails is not remembered (it fails again the same way).
 */
export function rememberedPhrases(
  set: TemplateSet,
  scans: ReadonlyMap<TemplateFile, Scan>,
  renderer: Pick<Renderer, 'renderPhrase'>,
): Pick<Renderer, 'renderPhrase'> {
  const reads = new Map<string, { values: ReadonlyArray<(ctx: unknown) => unknown>; layered: boolean }>();
  const memo = new Map<string, string>();
  return {
    renderPhrase(name, ctx, layerId) {
      let r = reads.get(name);
      if (!r) {
        const { paths, layered } = readsOf(set, scans, name);
        reads.set(name, (r = { values: outermost(paths).map(pathGetter), layered }));
      }
      const c = ctx as { layer?: { id?: string }; previous?: { has?: boolean; layer?: { id?: string } } };
      // A layered phrase's files are the layer's asked for (else the context's) and the previous update's.
      const layers = r.layered
        ? [layerId ?? c.layer?.id ?? '', c.previous?.has ? (c.previous.layer?.id ?? '') : '']
        : [];
      const key = JSON.stringify([name, layers, r.values.map((value) => value(ctx))]);
      let out = memo.get(key);
      if (out === undefined) memo.set(key, (out = renderer.renderPhrase(name, ctx, layerId)));
      return out;
    },
  };
}

/**
 * The root-relative paths every file a phrase may render reads ("models.list[].name"), with the kinds' paths, and
 * whether the phrase or any partial it renders is written per layer (its files are then chosen by the layers).
 */
export function readsOf(
  set: TemplateSet,
  scans: ReadonlyMap<TemplateFile, Scan>,
  name: string,
): { paths: string[]; layered: boolean } {
  const paths = new Set<string>();
  const seen = new Set<TemplateFile>();
  let layered = false;
  const visit = (partial: string) => {
    const base = partial.startsWith('previous-') ? partial.slice('previous-'.length) : partial;
    if (set.layered.has(base)) layered = true;
    const kind = PHRASES_BY_KIND[base];
    // A phrase by kind read from the root (correction.kind); one read from its caller's context (./word) is part of
    // the list the caller walks, whose whole value the caller's reads hold.
    if (kind && !kind.startsWith('./')) paths.add(kind);
    for (const f of [...partialFiles(set, partial), ...partialFiles(set, base)]) {
      if (seen.has(f)) continue;
      seen.add(f);
      const scan = scans.get(f);
      for (const r of scan?.refs ?? [])
        if (r.kind === 'variable' && r.canonical && !r.canonical.startsWith('@')) paths.add(r.canonical);
      for (const p of scan?.partials ?? []) visit(p);
    }
  };
  visit(name);
  return { paths: [...paths].sort(), layered };
}

/** The paths not inside another of them: "models.list" holds "models.list[].name". */
function outermost(paths: readonly string[]): string[] {
  const within = (p: string, q: string) => p.startsWith(`${q}.`) || p.startsWith(`${q}[].`) || p === `${q}[]`;
  return paths.filter((p) => !paths.some((q) => q !== p && within(p, q)));
}
