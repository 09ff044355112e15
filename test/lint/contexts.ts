// Lint contexts for rule unit tests: a fixture case's facts plus the phrases the embedded set renders for them.
import { DEFAULT_LAYERS, type Phase } from '../../src/model/layers.js';
import { renderSaid } from '../../src/drafts/render.js';
import { renderCases } from '../../src/lint/fixtures.js';
import type { LintContext } from '../../src/lint/types.js';
import { compileSet, type CompiledSet } from '../../src/templating/engine.js';
import { loadTemplateSet } from '../../src/templating/load.js';

let compiled: CompiledSet | undefined;

/** The embedded set, compiled once per test file. */
export async function embeddedSet(): Promise<CompiledSet> {
  return (compiled ??= compileSet(await loadTemplateSet()));
}

/** The fixture case of this layer, phase and profile, as lint judges it (with `said`). */
export async function lintContext(layer: string, phase?: Phase, profile = 'typical'): Promise<LintContext> {
  const c = renderCases(DEFAULT_LAYERS).find(
    (x) => x.layer.id === layer && (!phase || x.phase === phase) && x.profile.id === profile,
  );
  if (!c) throw new Error(`no fixture case ${layer} × ${phase ?? 'any'} × ${profile}`);
  return {
    ...c.ctx,
    said: renderSaid(
      await embeddedSet(),
      c.ctx,
      DEFAULT_LAYERS.map((l) => l.id),
    ),
  };
}
