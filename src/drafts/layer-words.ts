// A layer's words for the terminal (the interview's choices, `layerpost layers`, the review page's ranking): the
// template set's phrases rendered for no provider and no model, so a team's override or a language set rewords them.
import type { Layer } from '../model/layers.js';
import { buildContext } from './build-context.js';
import { normalizeWhitespace } from './channels/index.js';
import type { Renderer } from './render.js';

/** What a layer is called, what it leaves unaffected and what typically shows it failing. */
export interface LayerWords {
  /** {{> layer-name}}: "our AI provider's API" */
  name: string;
  /** {{> not-affected-short}}: "Model quality is unaffected." */
  notAffected: string;
  /** {{> layer-evidence}}: "5xx, 529 overloaded, gateway timeouts across models; …" */
  evidence: string;
}

const AT = new Date(0);

/**
 * Each layer's words by id, in the present tense of its first phase, naming no provider or model (the operator has not
 * chosen them). A phrase the set lacks for a team's own layer falls back to the words its config gives (or its id).
 */
export function layerWords(
  renderer: Pick<Renderer, 'renderPhrase'>,
  layers: readonly Layer[],
  product: { name: string; feature: string } = { name: '', feature: '' },
): Record<string, LayerWords> {
  const out: Record<string, LayerWords> = {};
  for (const layer of layers) {
    const ctx = buildContext({
      product: { ...product, timeZone: 'UTC' },
      layer,
      phase: layer.phases[0] ?? 'investigating',
      models: [],
      impact: { text: '' },
      errors: [],
      evidenceLines: [],
      evidenceTakenAt: AT.toISOString(),
      nextUpdateMinutes: 30,
      incident: { id: '', update: 1, startedAt: AT },
      now: AT,
    });
    const one = (name: string) => {
      try {
        return normalizeWhitespace(renderer.renderPhrase(name, ctx, layer.id), false);
      } catch {
        return '';
      }
    };
    out[layer.id] = {
      name: one('layer-name') || layer.name || layer.id,
      notAffected: one('not-affected-short') || layer.notAffected || '',
      evidence: one('layer-evidence') || layer.evidence || '',
    };
  }
  return out;
}
