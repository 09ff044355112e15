// Diagnosis: a pure function from evidence to every layer ranked, with the typed reasons for and against each.
import type { Evidence, ProbeResult, ProviderIncident, ProviderStatus } from '../model/evidence.js';
import { isOpenIncident } from '../model/incident-status.js';
import { blameOf, errorFacts, isOurFault } from './blame.js';
import type { ErrorKind } from '../model/layers.js';
import { incidentFact, probeFact, probeList } from './facts.js';
import type { Observation, Ranked, Reason, ReasonFacts, ReasonKind } from '../model/reasons.js';
import type { Said } from '../templating/reasons.js';
import { DEFAULT_LAYERS, type Layer } from '../model/layers.js';

export type { Ranked };

export interface ProviderInfo {
  id: string;
  name: string;
  models: ReadonlyArray<{ id: string; name: string }>;
}

export interface DiagnosisInput {
  evidence: Evidence;
  providers?: readonly ProviderInfo[];
  layers?: readonly Layer[];
}

/** The diagnosis with its reasons said by a template set (src/templating/reasons.ts). */
export type SaidDiagnosis = Said<Diagnosis>;

export interface Diagnosis {
  ranked: Ranked[];
  /** The provider the evidence is about, if any. */
  provider?: string;
  /** Models that failed in the evidence (or that an open incident names). */
  models: string[];
  /** The failures that support each layer, most frequent first (at most two): the cause sentence cites only these. */
  errors: Record<string, Array<{ status?: number; kind: ErrorKind }>>;
  /** One observation per probe and provider status, for the interview's evidence list. */
  observed: Observation[];
}

const NETWORK_OUTCOMES = new Set(['dns', 'refused', 'tls', 'reset']);
const REACH_KINDS = new Set(['dns', 'tcp', 'tls']);

const isOurs = (p: ProbeResult) => !p.provider;
const isServerFailure = (p: ProbeResult) =>
  !p.ok &&
  ((p.outcome === 'http-status' && (p.status ?? 0) >= 500) ||
    (p.outcome === 'timeout' && !REACH_KINDS.has(p.kind ?? '')) ||
    (p.outcome === 'http-status' && p.status === 429));
const isNetworkFailure = (p: ProbeResult) =>
  !p.ok && (NETWORK_OUTCOMES.has(p.outcome) || (REACH_KINDS.has(p.kind ?? '') && p.outcome !== 'ok'));
/** The provider answered, and the answer says the fault is ours: our key, our quota, or a model id we configured. */
const isOurFailure = (p: ProbeResult) => isOurFault(blameOf(p));
/**
 * An answer check: a canary, or a probe declared (or found) to test answer quality. A body mismatch on a health check
 * is not one.
 */
const isAnswerCheck = (p: ProbeResult) =>
  p.kind === 'llm-canary' || p.layer === 'model-quality' || p.indicates === 'model-quality';

function openIncidents(s: ProviderStatus | undefined): ProviderIncident[] {
  return (s?.incidents ?? []).filter(isOpenIncident);
}

function focusProvider(evidence: Evidence): string | undefined {
  const score = new Map<string, number>();
  const bump = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  for (const p of evidence.probes) if (p.provider) bump(p.provider, p.ok ? 0.1 : 2);
  for (const s of evidence.providers) if (openIncidents(s).length) bump(s.id, 1.5);
  let best: string | undefined;
  let bestScore = 0;
  for (const [id, n] of score)
    if (n > bestScore) {
      best = id;
      bestScore = n;
    }
  return best;
}

export function diagnose(input: DiagnosisInput): Diagnosis {
  const { evidence } = input;
  const layers = input.layers ?? DEFAULT_LAYERS;
  const providerId = focusProvider(evidence);
  const info = input.providers?.find((p) => p.id === providerId);
  const pname = info?.name ?? providerId ?? '';
  const status = evidence.providers.find((s) => s.id === providerId);
  const allIncidents = openIncidents(status);

  const ours = evidence.probes.filter(isOurs);
  const direct = evidence.probes.filter((p) => p.provider && p.provider === providerId);
  const ourFail = ours.filter((p) => !p.ok);
  const directFail = direct.filter((p) => !p.ok && p.outcome !== 'mismatch');
  const directPass = direct.filter((p) => p.ok);
  const auth = direct.filter(isOurFailure);
  const net = direct.filter(isNetworkFailure).concat(ours.filter((p) => REACH_KINDS.has(p.kind ?? '') && !p.ok));
  const server = direct.filter((p) => isServerFailure(p) && !isOurFailure(p));
  // An incident on a part of the provider's service that is not its API or a model (console, chat app, billing) says
  // nothing about our requests when our direct API calls pass.
  const unrelated = allIncidents.filter((i) => !i.layer && directPass.length > 0 && server.length === 0);
  const incidents = allIncidents.filter((i) => !unrelated.includes(i));
  const mismatch = evidence.probes.filter((p) => !p.ok && p.outcome === 'mismatch' && isAnswerCheck(p));
  const answered = direct.filter((p) => p.status !== undefined);
  const failingModels = [...new Set(server.map((p) => p.model).filter((m): m is string => !!m))];
  const passingModels = [
    ...new Set(directPass.map((p) => p.model).filter((m): m is string => !!m && !failingModels.includes(m))),
  ];
  const serverNoModel = server.filter((p) => !p.model);
  const incidentModels = [...new Set(incidents.flatMap((i) => i.models ?? []))];

  const H = new Map<string, { score: number; reasons: Reason[] }>();
  for (const l of layers) H.set(l.id, { score: 0, reasons: [] });
  const add = <K extends ReasonKind>(layer: string, score: number, kind?: K, facts?: ReasonFacts[K]) => {
    const h = H.get(layer);
    if (!h) return;
    h.score += score;
    if (kind) h.reasons.push({ kind, layer, weight: score, provider: pname, ...(facts ?? {}) } as Reason);
  };
  const lines = probeList;
  const page = status?.name ?? '';
  // The provider answers our direct calls and its answers say the cause is our key, quota or config: an incident of
  // its own may be open, but it is not why our requests fail.
  const answersBlameUs = auth.length > 0 && server.length === 0;
  const statusOk = status && !status.error && status.indicator === 'none' && incidents.length === 0;

  // integration: our side fails while the provider answers us normally, or rejects our key.
  if (ourFail.length && directFail.length === 0 && directPass.length > 0)
    add('integration', 3, 'handler-fails-direct-ok', { failing: lines(ourFail), passing: lines(directPass, 2) });
  else if (ourFail.length && direct.length === 0)
    add('integration', 1, 'handler-fails-no-direct', { failing: lines(ourFail) });
  const byBlame = (b: string) => auth.filter((p) => blameOf(p) === b);
  if (byBlame('ours-key').length) add('integration', 3, 'rejects-key', { probes: lines(byBlame('ours-key')) });
  if (byBlame('ours-quota').length) add('integration', 3, 'refuses-quota', { probes: lines(byBlame('ours-quota')) });
  if (byBlame('ours-config').length) add('integration', 3, 'unknown-model', { probes: lines(byBlame('ours-config')) });
  if (server.length) add('integration', -1.5, 'direct-fails-too', { probes: lines(server) });
  if (incidents.length) add('integration', -1, 'incident-open', {});

  // network: we cannot reach the provider at all. When nothing from this machine reached any server, the machine
  // itself is offline or needs a proxy: that says nothing about the network path from our product to the provider.
  const offline = evidence.takenOn?.reachedNoServer === true;
  if (offline) add('unknown', 3, 'offline', {});
  if (net.length && !offline) {
    add('network', 3, 'unreachable', { probes: lines(net) });
    if (answered.length === 0) add('network', 1, 'no-http-answer', {});
    if (statusOk) add('network', 1, 'status-operational', { page });
  }
  if (answered.length && net.length) {
    add('network', -1, 'answered-some', { probes: lines(answered.slice(0, 1), 1) });
    add('unknown', 1.5, 'reach-mixed', {});
  }

  // provider-api: server errors or timeouts across models, or an incident on the API.
  if (server.length) {
    const breadth = failingModels.length >= 2 || serverNoModel.length > 0 || passingModels.length === 0;
    add('provider-api', breadth ? 3 : 1, 'api-errors', { probes: lines(server) });
    if (failingModels.length >= 2)
      add('provider-api', 1, 'errors-span-models', { count: failingModels.length, models: failingModels });
  }
  for (const inc of incidents) {
    const line = { incident: incidentFact(status!, inc) };
    if (inc.layer === 'model-quality') {
      // The provider says answers are wrong: evidence for answer quality, not for the API's availability.
      add('model-quality', server.length ? 0.5 : 2, 'incident', line);
    } else if (inc.layer === 'model-endpoint' || (inc.models?.length && inc.layer !== 'provider-api')) {
      add('model-endpoint', 1.5, 'incident', line);
      add('provider-api', 1, 'incident', line);
    } else add('provider-api', (directPass.length || answersBlameUs) && !server.length ? 1 : 2, 'incident', line);
  }
  if (answersBlameUs) add('provider-api', -1, 'blames-us', { probes: lines(auth) });
  if (incidents.length && directPass.length && !server.length && !incidents.every((i) => i.layer === 'model-quality'))
    add('unknown', 1.5, 'incident-but-direct-ok', { passing: lines(directPass, 2) });
  for (const inc of unrelated) add('integration', 0, 'incident-unrelated', { incident: incidentFact(status!, inc) });
  if (status && (status.indicator === 'major' || status.indicator === 'critical'))
    add('provider-api', 0.5, 'status-indicator', { page: status.name, indicator: status.indicator });
  if (directPass.length && !server.length && direct.length)
    add('provider-api', -1, 'direct-ok', { passing: lines(directPass, 2) });
  if (statusOk && (server.length || ourFail.length)) add('provider-api', -0.25, 'status-quiet', { page });

  // model-endpoint: one model fails while another model of the same provider works.
  if (failingModels.length && passingModels.length)
    add('model-endpoint', 3.5, 'models-split', {
      failingModels,
      passingModels,
      failingOne: failingModels.length === 1,
      passingOne: passingModels.length === 1,
    });
  if (failingModels.length >= 2 && passingModels.length === 0)
    add('model-endpoint', -1, 'models-span', { models: failingModels });

  // model-quality: requests succeed but the answers fail their checks.
  if (mismatch.length) add('model-quality', 3.5, 'answers-fail-checks', { probes: lines(mismatch) });
  if (!mismatch.length && evidence.probes.some((p) => p.kind === 'llm-canary' && p.ok))
    add('model-quality', -0.5, 'canary-passes', {
      probes: lines(
        evidence.probes.filter((p) => p.kind === 'llm-canary' && p.ok),
        2,
      ),
    });

  // unknown: too little or contradictory evidence.
  const anyFailure = evidence.probes.some((p) => !p.ok) || incidents.length > 0;
  add('unknown', 0.75);
  if (evidence.probes.length === 0 && evidence.providers.length === 0) add('unknown', 3, 'no-evidence', {});
  else if (!anyFailure) add('unknown', 2.5, 'nothing-failed', {});
  const sorted = [...H.entries()].filter(([id]) => id !== 'unknown').sort((a, b) => b[1].score - a[1].score);
  const [first, second] = sorted;
  if (first && second && first[1].score >= 2.5 && second[1].score >= 2.5 && first[1].score - second[1].score < 0.75) {
    // Two layers explain the evidence about equally well: "not yet determined" is at least as likely as the runner-up.
    const lift = Math.max(1.5, second[1].score + 0.25 - (H.get('unknown')?.score ?? 0));
    add('unknown', lift, 'two-layers', { first: first[0], second: second[0] });
  }

  const total = [...H.values()].reduce((s, h) => s + Math.max(0, h.score), 0) || 1;
  const order = new Map(layers.map((l, i) => [l.id, i]));
  const ranked: Ranked[] = [...H.entries()]
    .map(([layer, h]) => ({
      layer,
      confidence: Math.round((Math.max(0, h.score) / total) * 100) / 100,
      reasons: h.reasons,
      ...(providerId && layers.find((l) => l.id === layer)?.providerLayer ? { provider: providerId } : {}),
      ...(layer === 'model-endpoint' || layer === 'model-quality'
        ? {
            models:
              layer === 'model-quality' ? modelsOf(mismatch) : failingModels.length ? failingModels : incidentModels,
          }
        : {}),
    }))
    .sort((a, b) => b.confidence - a.confidence || (order.get(a.layer) ?? 99) - (order.get(b.layer) ?? 99));

  const top = ranked[0]?.layer;
  const models = top === 'model-quality' ? modelsOf(mismatch) : failingModels.length ? failingModels : incidentModels;
  const observed: Observation[] = [
    ...evidence.probes.map((p): Observation => ({ kind: 'seen-probe', ok: p.ok, probe: probeFact(p) })),
    ...evidence.providers.map((s): Observation => ({
      kind: 'seen-status',
      ok: !s.error && s.indicator === 'none',
      name: s.name,
      error: s.error ?? '',
      description: s.description,
      incidents: openIncidents(s).map((i) => ({ name: i.name, status: i.status })),
    })),
  ];
  const supporting: Record<string, ProbeResult[]> = {
    integration: [...auth, ...ourFail.filter((p) => !REACH_KINDS.has(p.kind ?? ''))],
    network: net,
    'provider-api': server,
    'model-endpoint': server.filter((p) => !p.model || failingModels.includes(p.model)),
    'model-quality': mismatch,
  };
  const errors = Object.fromEntries(Object.entries(supporting).map(([layer, ps]) => [layer, errorFacts(ps)]));
  return { ranked, provider: providerId, models, errors, observed };
}

function modelsOf(ps: ProbeResult[]): string[] {
  return [...new Set(ps.map((p) => p.model).filter((m): m is string => !!m))];
}
