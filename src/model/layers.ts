// The layer model (SPEC §1): where in the request path a fault sits; its words are template phrases.
export const LAYER_IDS = [
  'integration',
  'network',
  'provider-api',
  'model-endpoint',
  'model-quality',
  'unknown',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const PHASES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type Phase = (typeof PHASES)[number];

/** The kinds of failure the error words name; templates/phrases/error-words.hbs gives each its words. */
export const ERROR_KINDS = [
  'overloaded',
  'rate-limited',
  'quota',
  'server-error',
  'bad-gateway',
  'unavailable',
  'gateway-timeout',
  'timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'bad-request',
  'dns',
  'refused',
  'reset',
  'tls',
  'mismatch',
  'connection-error',
  'other',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface Layer {
  id: string;
  /**
   * Config only: the team's plain name for a layer it defines. The words for a layer are the template set's phrases
   * (phrases/layer-name/<id>.hbs, phrases/not-affected/<id>.hbs, phrases/layer-evidence/<id>.hbs); these are the
   * team's own data, used where its set has no phrase for the layer.
   */
  name?: string;
  /** Config only: the team's "not affected" words for its layer (see `name`). */
  notAffected?: string;
  /** Config only: what typically shows the team's layer failing (see `name`). */
  evidence?: string;
  /** Whether the fault sits with the provider (so drafts must name it). */
  providerLayer: boolean;
  /** Whether the fault sits on our side of the request path (our integration or our network). */
  ourSide: boolean;
  /** Phases this layer may be used in (unknown: investigating only). */
  phases: readonly Phase[];
  /**
   * Config: the team's own words for this layer's name (a Handlebars phrase that overrides phrases/layer-name/<id>).
   */
  nameTemplate?: string;
  /** Config: the team's own "not affected" sentence (overrides phrases/not-affected/<id>). */
  notAffectedTemplate?: string;
  /** Config: what the team does when this layer fails ("We retry failed requests on Claude Sonnet 4.6."). */
  mitigation?: string;
}

/** The default layer model: ids and facts only; every word for a layer is a template phrase. */
export const DEFAULT_LAYERS: readonly Layer[] = [
  { id: 'integration', providerLayer: false, ourSide: true, phases: PHASES },
  { id: 'network', providerLayer: false, ourSide: true, phases: PHASES },
  { id: 'provider-api', providerLayer: true, ourSide: false, phases: PHASES },
  { id: 'model-endpoint', providerLayer: true, ourSide: false, phases: PHASES },
  { id: 'model-quality', providerLayer: true, ourSide: false, phases: PHASES },
  { id: 'unknown', providerLayer: false, ourSide: false, phases: ['investigating'] },
];

/** Layers whose drafts name the provider: the provider's own layers, and ours, which say whose service is fine. */
export function namesProvider(layer: Pick<Layer, 'providerLayer' | 'ourSide'>): boolean {
  return layer.providerLayer || layer.ourSide;
}

/** Layers about particular models, whose drafts name the affected models. */
export function namesModels(layerId: string): boolean {
  return layerId === 'provider-api' || layerId === 'model-endpoint' || layerId === 'model-quality';
}

export function isKnownLayer(id: string, layers: readonly Layer[] = DEFAULT_LAYERS): boolean {
  return layers.some((l) => l.id === id);
}

export function findLayer(id: string, layers: readonly Layer[] = DEFAULT_LAYERS): Layer | undefined {
  return layers.find((l) => l.id === id);
}

/** Merge config layers (add or rename by id) over the defaults. */
export interface LayerOverride {
  id: string;
  name?: string;
  notAffected?: string;
  evidence?: string;
  providerLayer?: boolean;
  phases?: readonly Phase[];
  mitigation?: string;
}

/** Merge config layers (add, rename or give words to, by id) over the defaults. */
export function mergeLayers(overrides: readonly LayerOverride[], base: readonly Layer[] = DEFAULT_LAYERS): Layer[] {
  const out = base.map((l) => ({ ...l }));
  for (const o of overrides) {
    const words = {
      ...(o.name !== undefined ? { nameTemplate: o.name } : {}),
      ...(o.notAffected !== undefined ? { notAffectedTemplate: o.notAffected } : {}),
      ...(o.mitigation !== undefined ? { mitigation: o.mitigation } : {}),
    };
    const { mitigation: _m, ...plain } = o;
    const i = out.findIndex((l) => l.id === o.id);
    if (i >= 0) out[i] = { ...out[i]!, ...plain, ...words } as Layer;
    else
      out.push({
        name: o.id,
        providerLayer: false,
        ourSide: false,
        phases: PHASES,
        ...plain,
        ...words,
      } as Layer);
  }
  return out;
}

/**
 * A layer or phase id as a template flag name: "provider-api" → "providerApi" ({{#if layer.is.providerApi}}). Every
 * context names every layer, phase and error kind (lint builds 84): each id is converted once.
 */
export function camel(id: string): string {
  let c = camels.get(id);
  if (c === undefined) camels.set(id, (c = id.replace(/-([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase())));
  return c;
}
const camels = new Map<string, string>();
