// Builds the template context from the confirmed answers and the evidence: facts only, no sentence (pure).
import { BARE_WORD_KINDS, HTTP_WORD_KINDS } from './context-kinds.js';
import type { TemplateContext } from './context.js';
import {
  camel,
  ERROR_KINDS,
  LAYER_IDS,
  namesProvider,
  PHASES,
  type ErrorKind,
  type Layer,
  type Phase,
} from '../model/layers.js';
import { pastImpact } from './impact.js';
import { addMinutes, formatTime } from '../text/time.js';

export interface DraftInput {
  product: { name: string; feature: string; timeZone: string; statusUrl?: string };
  layer: Layer;
  phase: Phase;
  provider?: {
    id: string;
    name: string;
    statusUrl?: string;
    incident?: { name: string; status: string; url?: string };
  };
  models: ReadonlyArray<{ id: string; name: string }>;
  /** The operator's impact for this phase ("" when none), and the one given while the fault was happening. */
  impact: {
    text: string;
    reported?: string;
    level?: 'none' | 'minor' | 'major' | 'critical';
    stated?: readonly string[];
  };
  /** Failures that support the published layer, most frequent first. */
  errors: ReadonlyArray<{ status?: number; kind: ErrorKind }>;
  evidenceLines: readonly string[];
  evidenceTakenAt: string;
  nextUpdateMinutes: number;
  action?: string;
  notes?: string;
  dataLoss?: string;
  /** When it started and (at resolved) when it was fixed; endedAt defaults to now. */
  incident: { id: string; update: number; startedAt: Date; endedAt?: Date };
  previous?: { layer: Layer; phase: Phase };
  now: Date;
}

const flags = <T extends string>(ids: readonly T[], on: string | undefined) =>
  Object.fromEntries(ids.map((id) => [camel(id), id === on])) as Record<string, boolean>;

function layerRef(layer: Layer | undefined) {
  return {
    id: layer?.id ?? '',
    providerLayer: layer?.providerLayer ?? false,
    ourSide: layer?.ourSide ?? false,
    is: flags(LAYER_IDS, layer?.id) as TemplateContext['layer']['is'],
  };
}

/** Operator text as one line with its closing punctuation ("search is failing" → "search is failing."). */
export function ensureSentence(text: string | undefined): string {
  const t = (text ?? '').trim().replace(/\s+/g, ' ');
  if (!t) return t;
  return /[.!?…。！？]$/.test(t) ? t : `${t}.`;
}

type Ctx = TemplateContext;

/** What this update says about the previous one's cause: nothing, an update, a correction or a retraction. */
export function correctionKind(layerId: string, previousLayerId: string | undefined): Ctx['correction']['kind'] {
  if (previousLayerId === undefined || previousLayerId === layerId) return 'none';
  if (previousLayerId === 'unknown') return 'update';
  return layerId === 'unknown' ? 'retraction' : 'correction';
}

/** What we are doing, as a case a phrase says (the operator's words win). */
export function actionCase(
  input: Pick<DraftInput, 'layer' | 'phase' | 'provider' | 'models'>,
  given: boolean,
): Ctx['action']['case'] {
  if (given) return 'given';
  const { layer } = input;
  switch (input.phase) {
    case 'investigating':
      return 'investigating';
    case 'identified':
      if (layer.ourSide || !layer.providerLayer) return 'fixing';
      return input.provider?.incident ? 'following-provider-incident' : 'tracking-provider';
    case 'monitoring':
      if (layer.id === 'model-quality') return 'checking-answers';
      if (layer.id === 'model-endpoint') return input.models.length ? 'watching-models' : 'watching-layer';
      return layer.providerLayer ? 'watching-layer' : 'watching-fix';
    default:
      return 'none';
  }
}

/** Which words name a failure: with a status, HTTP and the kind's word when it has one; without, the kind's own. */
export function errorWord(status: number, kind: ErrorKind): Ctx['evidence']['errors'][number]['word'] {
  if (status)
    return (HTTP_WORD_KINDS as readonly string[]).includes(kind)
      ? (`http-${kind}` as Ctx['evidence']['errors'][number]['word'])
      : 'http';
  return (BARE_WORD_KINDS as readonly string[]).includes(kind)
    ? (kind as (typeof BARE_WORD_KINDS)[number])
    : 'connection-error';
}

export function buildContext(input: DraftInput): TemplateContext {
  const tz = input.product.timeZone;
  const resolved = input.phase === 'resolved';
  const prev = input.previous;
  const impact = ensureSentence(input.impact.text);
  const action = ensureSentence(input.action);
  const dataLoss = resolved ? ensureSentence(input.dataLoss) : '';
  const reported = ensureSentence(input.impact.reported);
  const notes = ensureSentence(input.notes);
  const past = ensureSentence(pastImpact(input.impact.stated ?? (reported ? [reported] : [])) ?? '');
  // Only layers that involve the provider name it (an unknown cause blames no one), or a correction of one that did.
  const provider = namesProvider(input.layer) || (prev && namesProvider(prev.layer)) ? input.provider : undefined;
  const incident = provider?.incident;
  const errors = input.errors.slice(0, 2).map((e) => ({
    status: e.status ?? 0,
    kind: e.kind,
    is: flags(ERROR_KINDS, e.kind) as TemplateContext['evidence']['errors'][number]['is'],
    word: errorWord(e.status ?? 0, e.kind),
  }));
  // The layer model holds no words: its plain name is the config's for a team's own layer, else its id.
  const layer = { ...layerRef(input.layer), name: input.layer.name ?? input.layer.id };
  const previousLayer = { ...layerRef(prev?.layer), name: prev ? (prev.layer.name ?? prev.layer.id) : '' };
  // Every time the drafts show, in the product's zone.
  const times = {
    startedAt: formatTime(input.incident.startedAt, tz),
    endedAt: formatTime(input.incident.endedAt ?? input.now, tz),
    now: formatTime(input.now, tz),
    takenAt: formatTime(new Date(input.evidenceTakenAt), tz),
    nextUpdate: formatTime(addMinutes(input.now, input.nextUpdateMinutes), tz),
  };
  return {
    product: { name: input.product.name, feature: input.product.feature, statusUrl: input.product.statusUrl ?? '' },
    incident: {
      id: input.incident.id,
      update: input.incident.update,
      isFollowUp: input.incident.update > 1,
      startedAt: times.startedAt,
      endedAt: times.endedAt,
      sameMinute: times.startedAt.both === times.endedAt.both,
    },
    phase: {
      id: input.phase,
      past: input.phase === 'monitoring' || resolved,
      is: flags(PHASES, input.phase) as TemplateContext['phase']['is'],
    },
    layer,
    provider: {
      id: provider?.id ?? '',
      name: provider?.name ?? '',
      named: Boolean(provider?.name),
      statusUrl: provider?.statusUrl ?? '',
      incident: {
        open: Boolean(incident),
        name: incident?.name ?? '',
        status: incident?.status ?? '',
        url: incident?.url ?? '',
      },
    },
    models: {
      list: input.models.map((m) => ({ id: m.id, name: m.name })),
      any: input.models.length > 0,
      count: input.models.length,
    },
    impact: { text: impact, given: impact !== '', reported, past, level: input.impact.level ?? 'major' },
    evidence: { errors, anyErrors: errors.length > 0, lines: [...input.evidenceLines], takenAt: times.takenAt },
    action: { text: action, given: action !== '', case: actionCase({ ...input, provider }, action !== '') },
    now: times.now,
    nextUpdate: { has: !resolved, minutes: input.nextUpdateMinutes, at: times.nextUpdate },
    previous: {
      has: Boolean(prev),
      layer: previousLayer,
      phase: { id: prev?.phase ?? '', is: flags(PHASES, prev?.phase) as TemplateContext['previous']['phase']['is'] },
    },
    correction: {
      has: Boolean(prev && prev.layer.id !== input.layer.id),
      kind: correctionKind(input.layer.id, prev?.layer.id),
    },
    dataLoss: { text: dataLoss, given: dataLoss !== '' },
    notes,
  };
}
