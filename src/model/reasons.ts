// Why the diagnosis ranks a layer as it does: typed reasons (a kind and its facts), never sentences. Each kind's
// sentence is the template templates/reasons/KIND.hbs; src/templating/reasons.ts renders them.

/** One probe as a reason cites it: facts only (templates/reasons/probe.hbs says them). */
export interface ProbeFact {
  id: string;
  layer: string;
  ok: boolean;
  /** The request's target, else the probe's id. */
  what: string;
  /** The model, when the target does not name it already; "" otherwise. */
  model: string;
  /** Samples of a repeated probe: `count` of `total` passed (ok) or failed; counted is false for one sample. */
  counted: boolean;
  count: number;
  total: number;
  /** The HTTP status; 0 when none (a mismatch without one is counted as 200). */
  status: number;
  /** The provider's error type ("overloaded_error"); "" when none. */
  errorType: string;
  outcome: string;
  httpStatus: boolean;
  mismatch: boolean;
  timeout: boolean;
  /** Why a mismatching answer failed its check, as the probe recorded it; "" when not recorded. */
  check: string;
  detail: string;
  latencyMs: number;
}

/** Some probes of a kind: the first few cited, and how many more there are. */
export interface ProbeList {
  list: ProbeFact[];
  more: number;
}

/** A provider's incident as a reason cites it. */
export interface IncidentFact {
  /** The status page's host, else the provider's name. */
  where: string;
  name: string;
  status: string;
  /** When it started (or was last updated), as a UTC clock time; "" when unknown. */
  since: string;
}

/** Probes a reason cites, one list. */
type Cites = { probes: ProbeList };

/**
 * Every reason kind with the facts its sentence needs. `provider` (on every reason) is the provider's name, "" when
 * the evidence names none; `page` is the status page's name, "" when it has none.
 */
export interface ReasonFacts {
  'handler-fails-direct-ok': { failing: ProbeList; passing: ProbeList };
  'handler-fails-no-direct': { failing: ProbeList };
  'rejects-key': Cites;
  'refuses-quota': Cites;
  'unknown-model': Cites;
  'direct-fails-too': Cites;
  'incident-open': object;
  offline: object;
  unreachable: Cites;
  'no-http-answer': object;
  'status-operational': { page: string };
  'answered-some': Cites;
  'reach-mixed': object;
  'api-errors': Cites;
  'errors-span-models': { count: number; models: string[] };
  incident: { incident: IncidentFact };
  'blames-us': Cites;
  'incident-but-direct-ok': { passing: ProbeList };
  'incident-unrelated': { incident: IncidentFact };
  'status-indicator': { page: string; indicator: string };
  'direct-ok': { passing: ProbeList };
  'status-quiet': { page: string };
  'models-split': { failingModels: string[]; passingModels: string[]; failingOne: boolean; passingOne: boolean };
  'models-span': { models: string[] };
  'answers-fail-checks': Cites;
  'canary-passes': Cites;
  'no-evidence': object;
  'nothing-failed': object;
  'two-layers': { first: string; second: string };
}

export type ReasonKind = keyof ReasonFacts;

/** One reason: its kind and facts, the layer it speaks about, and its weight (negative: against the layer). */
export type Reason = {
  [K in ReasonKind]: { kind: K; layer: string; weight: number; provider: string } & ReasonFacts[K];
}[ReasonKind];

export const REASON_KINDS: readonly ReasonKind[] = [
  'handler-fails-direct-ok',
  'handler-fails-no-direct',
  'rejects-key',
  'refuses-quota',
  'unknown-model',
  'direct-fails-too',
  'incident-open',
  'offline',
  'unreachable',
  'no-http-answer',
  'status-operational',
  'answered-some',
  'reach-mixed',
  'api-errors',
  'errors-span-models',
  'incident',
  'blames-us',
  'incident-but-direct-ok',
  'incident-unrelated',
  'status-indicator',
  'direct-ok',
  'status-quiet',
  'models-split',
  'models-span',
  'answers-fail-checks',
  'canary-passes',
  'no-evidence',
  'nothing-failed',
  'two-layers',
];

/** One layer as the evidence ranks it: its share of the score and the reasons (weight < 0: against it). */
export interface Ranked {
  layer: string;
  confidence: number;
  reasons: Reason[];
  provider?: string;
  models?: string[];
}

/** What the evidence holds, one observation per probe and per provider status (the interview's evidence list). */
export type Observation =
  | { kind: 'seen-probe'; ok: boolean; probe: ProbeFact }
  | {
      kind: 'seen-status';
      /** Fully operational: the indicator is none. */
      ok: boolean;
      name: string;
      /** Why the status is unknown; "" when it was read. */
      error: string;
      description: string;
      incidents: Array<{ name: string; status: string }>;
    };

/**
 * The templates of templates/reasons/: one per reason kind, one per observation kind, and the pieces the renderer
 * fills in first (a probe, a list of probes, the provider's name).
 */
export const REASON_TEMPLATES: readonly string[] = [
  ...REASON_KINDS,
  'seen-probe',
  'seen-status',
  'probe',
  'probe-list',
  'provider',
].map((k) => `reasons/${k}`);

export const isProbeList = (v: unknown): v is ProbeList =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as ProbeList).list) &&
  typeof (v as ProbeList).more === 'number';

/** The reason cites a probe's result (a failing request, say), not only a status page or a count. */
export const citesProbes = (r: Reason): boolean => Object.values(r).some((v) => isProbeList(v) && v.list.length > 0);
