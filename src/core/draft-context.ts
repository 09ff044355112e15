// Builds the template context from the confirmed answers and the evidence: pure. Its shape is TemplateContextSchema's
// (the type says so at compile time; test/core/render.test.ts parses every context lint renders against the schema).
import type { TemplateContext } from './context.js';
import type { Evidence } from './evidence.js';
import { camel, fillLayerPhrase, PHASES, type Layer, type Phase } from './layers.js';
import { addMinutes, formatTime } from './time.js';

export interface DraftInput {
  product: { name: string; feature: string; timeZone: string; statusUrl?: string };
  layer: Layer;
  phase: Phase;
  provider?: { id: string; name: string; statusUrl?: string };
  models: ReadonlyArray<{ id: string; name: string }>;
  impact: string;
  impactLevel?: 'none' | 'minor' | 'major' | 'critical';
  /** Public words for the failures: "HTTP 529, overloaded". */
  errors: string;
  evidence: Evidence;
  evidenceLines: string[];
  nextUpdateMinutes: number;
  notes?: string;
  dataLoss?: string;
  incident: { id: string; update: number; startedAt: Date };
  previous?: { layer: Layer; phase: Phase; text: string };
  now: Date;
}

export const PHASE_NAMES: Record<Phase, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function possessive(name: string): string {
  return name ? (name.endsWith('s') ? `${name}'` : `${name}'s`) : "the provider's";
}

/** The cause sentence for a layer, naming provider, models and errors, in the phase's tense. */
export function causeSentence(layerId: string, v: { provider: string; models: string; errors: string; resolved: boolean; layer: Layer }): { full: string; short: string } {
  // Without a provider name a sentence can start with "the provider's …".
  const { full, short } = causeWords(layerId, v);
  return { full: capitalize(full), short: capitalize(short) };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function causeWords(layerId: string, v: { provider: string; models: string; errors: string; resolved: boolean; layer: Layer }): { full: string; short: string } {
  const P = v.provider || 'our AI provider';
  const Ps = possessive(v.provider);
  const is = v.resolved ? 'was' : 'is';
  const err = v.errors ? ` (${v.errors})` : '';
  const forModels = v.models ? ` for ${v.models} requests` : '';
  switch (layerId) {
    case 'provider-api':
      return {
        full: `${Ps} API ${is} returning errors${err}${forModels}.`,
        short: `${Ps} API ${is} returning errors${v.errors ? ` (${v.errors.split(';')[0]})` : ''}.`,
      };
    case 'model-endpoint':
      return {
        full: `${Ps} serving of ${v.models || 'one model'} ${is} failing${err}.`,
        short: `${Ps} serving of ${v.models || 'one model'} ${is} failing${v.errors ? ` (${v.errors.split(';')[0]})` : ''}.`,
      };
    case 'model-quality': {
      // A provider layer: the provider is named, in the short form too.
      const from = v.models ? (v.provider ? `${Ps} ${v.models}` : v.models) : `${Ps} model`;
      const tight = v.models ? (v.provider ? `${v.provider} ${v.models}` : v.models) : `${Ps} model`;
      return {
        full: `Some answers from ${from} ${v.resolved ? 'did' : 'do'} not meet our quality checks, although requests complete normally.`,
        short: `Some ${tight} answers ${v.resolved ? 'failed' : 'fail'} our quality checks.`,
      };
    }
    case 'integration':
      // Templates put "Cause: " before the full sentence, so it must not start with "The cause".
      return {
        full: `Our own integration with ${P} ${is} failing${err}, not ${Ps} service.`,
        short: `Our own integration ${is} failing, not ${Ps} service.`,
      };
    case 'network':
      return {
        full: `Requests from our servers ${v.resolved ? 'were' : 'are'} not reaching ${Ps} API: the network between us and ${P} ${is} failing${err}.`,
        short: `The network between us and ${P} ${is} failing.`,
      };
    case 'unknown':
      return {
        full: `We have not yet determined which part of the request path ${is} failing.`,
        short: `The cause ${is} not yet known.`,
      };
    default:
      return { full: `The cause ${is} ${fillLayerPhrase(v.layer.name, { provider: v.provider, models: v.models })}.`, short: `Cause: ${fillLayerPhrase(v.layer.short, { provider: v.provider, models: v.models })}.` };
  }
}

/** What we are doing, by layer and phase, in one plain sentence. */
export function actionSentence(layerId: string, phase: Phase, provider: string): string {
  const P = provider || 'our provider';
  if (phase === 'resolved') return 'The problem is fixed and the service is working normally again.';
  if (phase === 'monitoring') return 'A fix is in place and we are watching it closely.';
  const byLayer: Record<string, [string, string]> = {
    integration: ['We are investigating our integration.', 'We have found the problem in our integration and are fixing it.'],
    network: [`We are working to restore our connection to ${P}.`, `We have found the network fault and are restoring our connection to ${P}.`],
    'provider-api': [`We are following ${possessive(provider)} incident and retrying failed requests.`, `We are working around ${possessive(provider)} incident and retrying failed requests.`],
    'model-endpoint': ['We are routing requests to other models where we can.', 'We are routing requests to other models while this is fixed.'],
    'model-quality': ['We are checking answers closely and may switch models.', 'We are switching affected requests to another model.'],
    unknown: ['We are investigating.', 'We are investigating.'],
  };
  const pair = byLayer[layerId] ?? ['We are investigating.', 'We are working on a fix.'];
  return phase === 'investigating' ? pair[0] : pair[1];
}

export function buildContext(input: DraftInput): TemplateContext {
  const tz = input.product.timeZone;
  const resolved = input.phase === 'resolved';
  const providerName = input.layer.providerLayer || input.layer.id === 'network' || input.layer.id === 'integration' ? (input.provider?.name ?? '') : '';
  const modelNames = joinNames(input.models.map((m) => m.name));
  const fill = (t: string) => fillLayerPhrase(t, { provider: providerName || 'our AI provider', models: modelNames || 'the model' });
  const cause = causeSentence(input.layer.id, { provider: providerName, models: modelNames, errors: input.errors, resolved, layer: input.layer });
  const next = addMinutes(input.now, input.nextUpdateMinutes);
  const prev = input.previous;
  const changed = prev && prev.layer.id !== input.layer.id;
  const prevShort = prev ? fillLayerPhrase(prev.layer.short, { provider: input.provider?.name || 'our AI provider', models: modelNames || 'the model' }) : '';
  const was = prev?.layer.id === 'unknown' ? 'not yet known' : prevShort;
  const now = input.layer.id === 'unknown' ? 'not yet determined' : fill(input.layer.short);
  const correction = changed ? `Correction: earlier we said the cause was ${was}; it is ${now}.` : '';
  // Back to unknown: we no longer stand by the earlier cause, but have not ruled it out either.
  const correctionShort = changed
    ? prev.layer.id === 'unknown'
      ? `Update: the cause is ${now}.`
      : input.layer.id === 'unknown'
        ? `Correction: the cause is not yet determined (earlier we said ${was}).`
        : `Correction: the cause is ${now}, not ${was}.`
    : '';
  const ctx: TemplateContext = {
    product: { name: input.product.name, feature: input.product.feature, statusUrl: input.product.statusUrl ?? '' },
    incident: { id: input.incident.id, update: input.incident.update, isFollowUp: input.incident.update > 1, startedAt: formatTime(input.incident.startedAt, tz) },
    phase: {
      id: input.phase,
      name: PHASE_NAMES[input.phase],
      is: Object.fromEntries(PHASES.map((p) => [p, p === input.phase])) as TemplateContext['phase']['is'],
    },
    layer: {
      id: input.layer.id,
      name: fill(input.layer.name),
      short: fill(input.layer.short),
      notAffected: fill((resolved ? input.layer.notAffectedResolved : undefined) ?? input.layer.notAffected),
      notAffectedShort: fill(input.layer.notAffectedShort),
      cause: cause.full,
      causeShort: cause.short,
      providerLayer: input.layer.providerLayer,
      is: Object.fromEntries(
        ['integration', 'network', 'provider-api', 'model-endpoint', 'model-quality', 'unknown'].map((id) => [camel(id), id === input.layer.id]),
      ) as TemplateContext['layer']['is'],
    },
    provider: {
      id: input.provider?.id ?? '',
      name: providerName,
      possessive: possessive(providerName),
      statusUrl: input.provider?.statusUrl ?? '',
      named: providerName !== '',
    },
    models: { list: input.models.map((m) => ({ id: m.id, name: m.name })), names: modelNames, any: input.models.length > 0, count: input.models.length },
    impact: { text: ensureSentence(input.impact), level: input.impactLevel ?? 'major' },
    evidence: {
      summary: input.evidenceLines.slice(0, 3).join('; '),
      errors: input.errors,
      lines: input.evidenceLines,
      takenAt: formatTime(new Date(input.evidence.takenAt), tz),
    },
    action: actionSentence(input.layer.id, input.phase, providerName),
    now: formatTime(input.now, tz),
    nextUpdate: { has: !resolved, minutes: input.nextUpdateMinutes, at: formatTime(next, tz) },
    previous: {
      has: Boolean(prev),
      layerName: prev ? fill(prev.layer.name) : '',
      layerShort: prevShort,
      phaseName: prev ? PHASE_NAMES[prev.phase] : '',
      text: prev?.text ?? '',
    },
    correction: { has: Boolean(changed), text: correction, short: correctionShort },
    dataLoss: resolved ? ensureSentence(input.dataLoss?.trim() || 'No data was lost.') : '',
    notes: input.notes ? ensureSentence(input.notes) : '',
  };
  // Not re-parsed with zod here: the context is built from validated input, and lint builds 84 of them per run.
  return ctx;
}

export function ensureSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return t;
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** The impact sentence proposed when the operator gives none. */
export function proposedImpact(layerId: string, feature: string, models: string, resolved: boolean): string {
  if (resolved) return `${feature} is working normally again.`;
  switch (layerId) {
    case 'model-endpoint':
      // The cause sentence names the models right after; naming them twice overflows X with two long names.
      return models ? `Some ${feature} requests are failing.` : `${feature} requests that use one of our models are failing for some users.`;
    case 'model-quality':
      return `Some ${feature} answers may be wrong.`;
    case 'unknown':
      return `${feature} is failing for some users.`;
    default:
      return `${feature} requests are failing for many users.`;
  }
}
