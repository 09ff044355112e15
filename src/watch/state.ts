// What `watch` knows after each round, and the pure step from one round's evidence to the next state.
import type { Evidence, ProbeResult, ProviderStatus } from '../model/evidence.js';
import { isOpenIncident } from '../model/incident-status.js';
import { diagnose, type ProviderInfo } from '../diagnosis/diagnose.js';
import type { Layer } from '../model/layers.js';

/** When the story has moved far enough to say so (config `watch:` or flags). */
export interface Thresholds {
  /** Rounds every probe must pass before `monitoring` is proposed. */
  recoveredRounds: number;
  /** Minutes every probe must pass before `resolved` is proposed. */
  resolvedAfterMinutes: number;
  /** Minutes before the promised next update at which it is said to be due. */
  dueWarningMinutes: number;
  /** Rounds a new top layer must hold before it is said to have changed. */
  layerHoldRounds: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  recoveredRounds: 3,
  resolvedAfterMinutes: 15,
  dueWarningMinutes: 2,
  layerHoldRounds: 2,
};

/** The incident's last update as its bundle folder says (bundle/store.ts findPrevious). */
export interface IncidentUpdate {
  update: number;
  phase: string;
  layer: string;
  provider?: string;
  createdAt: string;
  /** createdAt + the promised next-update minutes; absent when none was promised (or at resolved). */
  nextUpdateAt?: string;
}

export interface ProbeView {
  id: string;
  layer: string;
  ok: boolean;
  outcome: string;
  status?: number;
  detail: string;
  /** Since when it has been ok (or failing). */
  since: string;
}

export interface ProviderIncidentView {
  /** Stable across rounds: the source's id, or the name. */
  key: string;
  name: string;
  status: string;
  layer?: string;
  models?: string[];
  /** Linked to the API or a model: it bears on the failing layer (a console-only incident does not). */
  bears: boolean;
}

export interface ProviderView {
  id: string;
  name: string;
  indicator: string;
  description: string;
  error?: string;
  /** The source failed this round: the incidents shown are the last ones it answered with. */
  stale?: boolean;
  incidents: ProviderIncidentView[];
}

export interface Ranked {
  layer: string;
  confidence: number;
}

/** A proposed `draft`, with the exact command line. */
export interface Proposal {
  phase: string;
  layer: string;
  /** The evidence file the draft is to use: the one saved in the round that raised it. */
  from?: string;
  command: string;
}

/** A prompt raised by an event, kept on screen until a later one replaces it. */
export interface Prompt {
  event: string;
  at: string;
  text: string;
  proposal?: Proposal;
  alert: boolean;
}

/** What every round's proposal is built from: where drafts go and which incident they continue. */
export interface WatchContext {
  incident: string;
  /** Flags the proposed commands repeat so they act on the same folder and config (--out, --config). */
  draftFlags: string[];
  intervalMs: number;
  thresholds: Thresholds;
}

export interface WatchState {
  ctx: WatchContext;
  round: number;
  at: string;
  /** false while no request of the round reached any server (offline or proxy): shown as reconnecting. */
  reachable: boolean;
  unreachableSince?: string;
  /** While unreachable: the sources none of which answered (probe and provider ids). */
  unreachableSources?: string[];
  probes: ProbeView[];
  providers: ProviderView[];
  ranking: Ranked[];
  /** The ranking one round before this one's, for "what changed". */
  previousRanking?: Ranked[];
  /** The layer the watch holds: the top of the ranking once it held `layerHoldRounds` rounds while something failed. */
  layer: string;
  /** The top layer of the last round where something failed: what a recovery is from when none held long enough. */
  lastFailingTop?: string;
  /** A different top layer waiting to hold. */
  pending?: { layer: string; rounds: number };
  failing: string[];
  /** Probes that failed at some round of this watch. */
  everFailed: string[];
  /** Every probe passing: since when, for how many rounds. */
  healthy?: { since: string; rounds: number };
  incident?: IncidentUpdate;
  /** Where the promised next update stands. */
  due: 'none' | 'soon' | 'overdue';
  /** The evidence file of the last round that reached a server: what a proposed draft uses. */
  evidenceFile?: string;
  prompts: Prompt[];
}

export interface RoundInput {
  evidence: Evidence;
  at: Date;
  evidenceFile?: string;
  incident?: IncidentUpdate;
  providers?: readonly ProviderInfo[];
  layers?: readonly Layer[];
}

const ACTIVE_PHASES = new Set(['investigating', 'identified']);

function probeView(p: ProbeResult, before: ProbeView | undefined, at: string): ProbeView {
  return {
    id: p.id,
    layer: p.indicates ?? p.layer,
    ok: p.ok,
    outcome: p.outcome,
    ...(p.status !== undefined ? { status: p.status } : {}),
    detail: p.detail,
    since: before && before.ok === p.ok ? before.since : at,
  };
}

function providerView(s: ProviderStatus, before: ProviderView | undefined): ProviderView {
  if (s.error && before) return { ...before, indicator: s.indicator, error: s.error, stale: true };
  return {
    id: s.id,
    name: s.name,
    indicator: s.indicator,
    description: s.description,
    ...(s.error ? { error: s.error } : {}),
    incidents: s.incidents.filter(isOpenIncident).map((i) => ({
      key: i.id ?? i.name,
      name: i.name,
      status: i.status,
      ...(i.layer ? { layer: i.layer } : {}),
      ...(i.models?.length ? { models: i.models } : {}),
      bears: Boolean(i.layer || i.models?.length),
    })),
  };
}

function dueOf(incident: IncidentUpdate | undefined, at: Date, t: Thresholds): WatchState['due'] {
  if (!incident?.nextUpdateAt || incident.phase === 'resolved') return 'none';
  const due = Date.parse(incident.nextUpdateAt);
  if (at.getTime() > due) return 'overdue';
  return at.getTime() >= due - t.dueWarningMinutes * 60_000 ? 'soon' : 'none';
}

/** The next state from the previous one (none for the first round) and this round's evidence. Pure. */
export function advance(prev: WatchState | undefined, ctx: WatchContext, input: RoundInput): WatchState {
  const at = input.at.toISOString();
  const t = ctx.thresholds;
  const base = {
    ctx,
    round: (prev?.round ?? 0) + 1,
    at,
    incident: input.incident,
    due: dueOf(input.incident, input.at, t),
    prompts: prev?.prompts ?? [],
  };
  // Offline or behind a proxy it does not use: nothing learnt about the providers; keep what was known.
  if (input.evidence.takenOn?.reachedNoServer) {
    const unreachableSources = [
      ...input.evidence.probes.map((p) => p.id),
      ...input.evidence.providers.map((p) => p.id),
    ];
    if (prev)
      return {
        ...prev,
        ...base,
        reachable: false,
        unreachableSince: prev.unreachableSince ?? at,
        unreachableSources,
        previousRanking: prev.ranking,
      };
    return {
      ...base,
      reachable: false,
      unreachableSince: at,
      unreachableSources,
      probes: [],
      providers: [],
      ranking: [],
      layer: input.incident?.layer ?? 'unknown',
      failing: [],
      everFailed: [],
    };
  }
  const diagnosis = diagnose({ evidence: input.evidence, providers: input.providers, layers: input.layers });
  const ranking = diagnosis.ranked.map((h) => ({ layer: h.layer, confidence: h.confidence }));
  const probes = input.evidence.probes.map((p) =>
    probeView(
      p,
      prev?.probes.find((b) => b.id === p.id),
      at,
    ),
  );
  const providers = input.evidence.providers.map((s) =>
    providerView(
      s,
      prev?.providers.find((b) => b.id === s.id),
    ),
  );
  const failing = probes.filter((p) => !p.ok).map((p) => p.id);
  const everFailed = [...new Set([...(prev?.everFailed ?? []), ...failing])];
  const bearing = providers.some((p) => p.incidents.some((i) => i.bears));

  // The held layer moves only while something fails: on recovery the top is "unknown", which is no correction.
  let layer = prev?.layer ?? input.incident?.layer ?? 'unknown';
  let pending = prev?.pending;
  const top = ranking[0]?.layer ?? 'unknown';
  if (!prev && !input.incident && failing.length) layer = top;
  else if (!failing.length && !bearing) pending = undefined;
  else if (top === layer) pending = undefined;
  else {
    pending = pending?.layer === top ? { layer: top, rounds: pending.rounds + 1 } : { layer: top, rounds: 1 };
    if (pending.rounds >= t.layerHoldRounds) {
      layer = top;
      pending = undefined;
    }
  }
  const healthy = failing.length
    ? undefined
    : { since: prev?.healthy?.since ?? at, rounds: (prev?.healthy?.rounds ?? 0) + 1 };
  return {
    ...base,
    reachable: true,
    probes,
    providers,
    ranking,
    ...(prev?.ranking.length ? { previousRanking: prev.ranking } : {}),
    layer,
    ...(pending ? { pending } : {}),
    ...(failing.length ? { lastFailingTop: top } : prev?.lastFailingTop ? { lastFailingTop: prev.lastFailingTop } : {}),
    failing,
    everFailed,
    ...(healthy ? { healthy } : {}),
    evidenceFile: input.evidenceFile ?? prev?.evidenceFile,
  };
}

/** Whether there is something for recovery to end: a failure this watch saw, or an incident not yet resolved. */
export function wasFailing(s: WatchState): boolean {
  return s.everFailed.length > 0 || (s.incident !== undefined && s.incident.phase !== 'resolved');
}

export function isActivePhase(phase: string | undefined): boolean {
  return phase !== undefined && ACTIVE_PHASES.has(phase);
}
