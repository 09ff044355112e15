// Whose fault an error answer is, from its status, the provider's error type and message (PROVIDERS.md, "Error
// bodies").
import type { ErrorKind } from '../model/layers.js';
import type { ProbeResult } from '../model/evidence.js';

/**
 * ours-key: our key or permissions; ours-quota: our quota, billing or rate limit; ours-config: a model or deployment we
 * name that does not exist.
 */
export type Blame = 'ours-key' | 'ours-quota' | 'ours-config' | 'provider' | 'unclear';

// Bounded inputs: a probe's detail is a short snippet, but evidence files come from outside.
const text = (p: Pick<ProbeResult, 'detail' | 'errorType'>) => `${p.errorType ?? ''} ${p.detail.slice(0, 600)}`;

const QUOTA =
  /insufficient_quota|exceeded your current quota|credit balance is too low|usage limits?\b|billing|payment method|your (?:organization|account)|in organization\b|per-minute rate limit|tokens per min|requests per min|quota exceeded|QuotaFailure/i;
// Vertex's pay-as-you-go 429 "Resource exhausted" is the shared pool: provider capacity, unless it names our quota.
const OVERLOAD = /overload|high demand|capacity|try again later|resource exhausted/i;
const MODEL_MISSING =
  /not_found_error|model_not_found|DeploymentNotFound|does not exist|is not found|not supported for|no longer available|end of its life|legacy|model identifier is invalid|invalid model|on-demand throughput|model:\s/i;

export function blameOf(p: Pick<ProbeResult, 'ok' | 'outcome' | 'status' | 'errorType' | 'detail'>): Blame | undefined {
  if (p.ok || p.outcome !== 'http-status' || p.status === undefined) return undefined;
  const s = p.status;
  const t = text(p);
  if (s === 401 || s === 403) return /legacy/i.test(t) ? 'ours-config' : 'ours-key';
  if (s === 400 && /API_KEY_INVALID|API key not valid|invalid[_ ]api[_ ]key|authentication/i.test(t)) return 'ours-key';
  if ((s === 400 || s === 402) && QUOTA.test(t)) return 'ours-quota';
  if ((s === 400 || s === 404) && MODEL_MISSING.test(t)) return 'ours-config';
  if (s === 429) {
    if (OVERLOAD.test(t) && !QUOTA.test(t)) return 'provider';
    if (QUOTA.test(t) || /ThrottlingException|Too many tokens|RESOURCE_EXHAUSTED.*quota/i.test(t)) return 'ours-quota';
    return 'unclear';
  }
  if (s >= 500) return 'provider';
  if (s === 400 || s === 404) return 'ours-config';
  return undefined;
}

export const isOurFault = (b: Blame | undefined) => b === 'ours-key' || b === 'ours-quota' || b === 'ours-config';

const OUTCOME_KINDS: Partial<Record<ProbeResult['outcome'], ErrorKind>> = {
  timeout: 'timeout',
  dns: 'dns',
  refused: 'refused',
  reset: 'reset',
  tls: 'tls',
  mismatch: 'mismatch',
  error: 'connection-error',
};

const TYPE_KINDS: Record<string, ErrorKind> = {
  overloaded_error: 'overloaded',
  api_error: 'server-error',
  server_error: 'server-error',
  timeout_error: 'timeout',
  authentication_error: 'unauthorized',
  permission_error: 'forbidden',
  not_found_error: 'not-found',
  model_not_found: 'not-found',
  insufficient_quota: 'quota',
};

const STATUS_KINDS: Record<number, ErrorKind> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  408: 'timeout',
  429: 'rate-limited',
  500: 'server-error',
  502: 'bad-gateway',
  503: 'unavailable',
  504: 'gateway-timeout',
  529: 'overloaded',
};

/** The failure of one probe as a fact for templates: { status: 529, kind: "overloaded" }. */
export function errorFact(p: ProbeResult): { status?: number; kind: ErrorKind } | undefined {
  if (p.ok) return undefined;
  if (p.outcome === 'http-status' && p.status) {
    const blame = blameOf(p);
    const kind =
      (p.errorType ? TYPE_KINDS[p.errorType] : undefined) ??
      (blame === 'ours-quota' ? 'quota' : STATUS_KINDS[p.status]) ??
      (p.status >= 500 ? 'server-error' : 'other');
    return { status: p.status, kind };
  }
  const kind = OUTCOME_KINDS[p.outcome];
  return kind ? { kind } : undefined;
}

/** The failures among these probes, most frequent first, at most two. */
export function errorFacts(probes: readonly ProbeResult[]): Array<{ status?: number; kind: ErrorKind }> {
  const counts = new Map<string, { fact: { status?: number; kind: ErrorKind }; n: number }>();
  for (const p of probes) {
    const fact = errorFact(p);
    if (!fact) continue;
    const key = `${fact.status ?? 0} ${fact.kind}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { fact, n: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, 2)
    .map((c) => c.fact);
}
