// The layer model (SPEC §1): where in the request path a fault sits, with the words drafts use for it.
export const LAYER_IDS = ['integration', 'network', 'provider-api', 'model-endpoint', 'model-quality', 'unknown'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const PHASES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type Phase = (typeof PHASES)[number];

export interface Layer {
  id: string;
  /** Plain name used in drafts: "the provider's API / infrastructure". */
  name: string;
  /** A short noun phrase for tight channels: "Anthropic's API". `{provider}` is replaced. */
  short: string;
  /** What is NOT affected when this layer fails, as a sentence. `{provider}` is replaced. */
  notAffected: string;
  /** The same in the past tense, for `resolved` drafts (falls back to notAffected). */
  notAffectedResolved?: string;
  /** The same, in a few words for tight channels (SMS, X). */
  notAffectedShort: string;
  /** What typically shows this layer failing. */
  evidence: string;
  /** Whether the fault sits with the provider (so drafts must name it). */
  providerLayer: boolean;
  /** Phases this layer may be used in (unknown: investigating only). */
  phases: readonly Phase[];
}

export const DEFAULT_LAYERS: readonly Layer[] = [
  {
    id: 'integration',
    name: 'our own integration (request handler, credentials, config, deploy)',
    short: 'our own integration',
    notAffected: "{provider}'s service and its models are working normally; the fault is on our side.",
    notAffectedResolved: "{provider}'s service and its models worked normally throughout; the fault was on our side.",
    notAffectedShort: "{provider}'s service is working normally.",
    evidence: "our handler's probe fails while direct provider probes pass; provider answers 400/401/403 to our key",
    providerLayer: false,
    phases: PHASES,
  },
  {
    id: 'network',
    name: 'the network between us and the provider',
    short: 'the network path to {provider}',
    notAffected: "{provider}'s service and the model's answers are not affected; requests are not reaching it.",
    notAffectedResolved: "{provider}'s service and the model's answers were not affected; our requests were not reaching it.",
    notAffectedShort: "{provider}'s service is not affected.",
    evidence: 'DNS, TCP connect or TLS failures from our side; provider status page all operational',
    providerLayer: false,
    phases: PHASES,
  },
  {
    id: 'provider-api',
    name: "the provider's API / infrastructure",
    short: "{provider}'s API",
    notAffected: 'The model itself is unchanged: answers that do complete are not affected.',
    notAffectedResolved: 'The model itself was unchanged: answers that did complete were not affected.',
    notAffectedShort: 'Model quality is unaffected.',
    evidence: '5xx, 529 overloaded, gateway timeouts across models; provider status page reports an incident on the API',
    providerLayer: true,
    phases: PHASES,
  },
  {
    id: 'model-endpoint',
    name: 'serving of a specific model',
    short: "{provider}'s serving of {models}",
    notAffected: "Other models and {provider}'s API are working, and answers that do complete are not affected.",
    notAffectedResolved: "Other models and {provider}'s API kept working, and answers that did complete were not affected.",
    notAffectedShort: 'Other models are working normally.',
    evidence: "one model's requests fail while other models of the same provider succeed",
    providerLayer: true,
    phases: PHASES,
  },
  {
    id: 'model-quality',
    name: "the quality of a model's answers",
    short: "the quality of {provider}'s {models} answers",
    notAffected: 'Requests are completing and our service is available; the problem is in the content of some answers.',
    notAffectedResolved: 'Requests kept completing and our service stayed available; the problem was in the content of some answers.',
    notAffectedShort: 'Requests still complete.',
    evidence: "requests succeed (200) but a canary prompt's answer fails its check",
    providerLayer: true,
    phases: PHASES,
  },
  {
    id: 'unknown',
    name: 'a cause we have not yet determined',
    short: 'a cause we are still determining',
    notAffected: 'We will say which part of the service is affected as soon as we know; we are not assuming a change in model quality.',
    notAffectedShort: 'We will say what is affected as soon as we know.',
    evidence: 'evidence contradicts itself or is missing',
    providerLayer: false,
    phases: ['investigating'],
  },
];

export function isKnownLayer(id: string, layers: readonly Layer[] = DEFAULT_LAYERS): boolean {
  return layers.some((l) => l.id === id);
}

export function findLayer(id: string, layers: readonly Layer[] = DEFAULT_LAYERS): Layer | undefined {
  return layers.find((l) => l.id === id);
}

/** Fill `{provider}` and `{models}` placeholders in a layer phrase. */
export function fillLayerPhrase(text: string, vars: { provider?: string; models?: string }): string {
  const provider = vars.provider?.trim() || 'the provider';
  const models = vars.models?.trim() || 'the model';
  return text.replaceAll('{provider}', provider).replaceAll('{models}', models);
}

/** Merge config layers (add or rename by id) over the defaults. */
export function mergeLayers(overrides: ReadonlyArray<Partial<Layer> & { id: string }>, base: readonly Layer[] = DEFAULT_LAYERS): Layer[] {
  const out = base.map((l) => ({ ...l }));
  for (const o of overrides) {
    const i = out.findIndex((l) => l.id === o.id);
    if (i >= 0) out[i] = { ...out[i]!, ...o } as Layer;
    else
      out.push({
        name: o.id,
        short: o.name ?? o.id,
        notAffected: '',
        notAffectedShort: '',
        evidence: '',
        providerLayer: false,
        phases: PHASES,
        ...o,
      } as Layer);
  }
  return out;
}

/** A layer or phase id as a template flag name: "provider-api" → "providerApi" ({{#if layer.is.providerApi}}). */
export function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
