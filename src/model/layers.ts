// The layer model (SPEC §1): where in the request path a fault sits, with the words drafts use for it.
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
   * Plain name, for `layerpost layers` and config; drafts name a layer with the template phrase
   * phrases/layer-name/<id>.hbs.
   */
  name: string;
  /**
   * What is NOT affected when this layer fails, as documentation (`layerpost layers`); drafts use
   * phrases/not-affected/.
   */
  notAffected: string;
  /** What typically shows this layer failing. */
  evidence: string;
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

export const DEFAULT_LAYERS: readonly Layer[] = [
  {
    id: 'integration',
    name: 'our own integration (request handler, credentials, config, deploy)',
    notAffected: "the provider's service and its models",
    evidence:
      "our handler's probe fails while direct provider probes pass; provider answers 400/401/403 to our key, or our quota is used up",
    providerLayer: false,
    ourSide: true,
    phases: PHASES,
  },
  {
    id: 'network',
    name: 'the network between us and the provider',
    notAffected: "the provider's service and the model's answers",
    evidence: 'DNS, TCP connect or TLS failures from our side; provider status page all operational',
    providerLayer: false,
    ourSide: true,
    phases: PHASES,
  },
  {
    id: 'provider-api',
    name: "the provider's API / infrastructure",
    notAffected: 'the model itself: answers that complete are unaffected',
    evidence:
      '5xx, 529 overloaded, gateway timeouts across models; provider status page reports an incident on the API',
    providerLayer: true,
    ourSide: false,
    phases: PHASES,
  },
  {
    id: 'model-endpoint',
    name: 'serving of a specific model',
    notAffected: "other models and the provider's API",
    evidence: "one model's requests fail while other models of the same provider succeed",
    providerLayer: true,
    ourSide: false,
    phases: PHASES,
  },
  {
    id: 'model-quality',
    name: "the quality of a model's answers",
    notAffected: 'availability: requests complete',
    evidence:
      "requests succeed (200) but a canary prompt's answer fails its check; the provider reports wrong or corrupted output",
    providerLayer: true,
    ourSide: false,
    phases: PHASES,
  },
  {
    id: 'unknown',
    name: 'a cause we have not yet determined',
    notAffected: '— (no assumption of a quality change)',
    evidence: 'evidence contradicts itself or is missing',
    providerLayer: false,
    ourSide: false,
    phases: ['investigating'],
  },
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
        notAffected: '',
        evidence: '',
        providerLayer: false,
        ourSide: false,
        phases: PHASES,
        ...plain,
        ...words,
      } as Layer);
  }
  return out;
}

/** A layer or phase id as a template flag name: "provider-api" → "providerApi" ({{#if layer.is.providerApi}}). */
export function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
