// Evidence in sentences: one line per probe or incident for operators, and the error in public words for drafts.
import type { ProbeResult, ProviderIncident, ProviderStatus } from './evidence.js';
import { formatTime } from './time.js';

/** "3/3 POST https://api.anthropic.com/v1/messages (claude-opus-4-7) → 529 overloaded_error" */
export function probeLine(p: ProbeResult): string {
  const count = p.samples && p.samples.total > 1 ? `${p.ok ? p.samples.total - p.samples.failed : p.samples.failed}/${p.samples.total} ` : '';
  const what = p.target ?? p.id;
  const model = p.model && !what.includes(p.model) ? ` (${p.model})` : '';
  let result: string;
  if (p.ok) result = p.status ? `${p.status} OK` : 'OK';
  else if (p.outcome === 'http-status') result = `${p.status ?? '?'}${p.errorType ? ` ${p.errorType}` : ''}`;
  else if (p.outcome === 'mismatch') {
    // Probes write "POST … → 200 but <why>": keep the why, not a second copy of the request.
    const why = /→ \d{3} but (.+)$/s.exec(p.detail)?.[1];
    result = why ? `${p.status ?? 200} but ${why}` : `${p.status ?? 200} but the answer failed its check${p.detail ? ` (${p.detail})` : ''}`;
  }
  else result = `${p.outcome}${p.detail && p.outcome !== 'timeout' ? ` (${p.detail})` : p.outcome === 'timeout' ? ` after ${Math.round(p.latencyMs)} ms` : ''}`;
  return `${count}${what}${model} → ${result}`;
}

function host(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** "status.claude.com: 'Elevated errors on Claude Opus 4.7', investigating since 06:12 UTC" */
export function incidentLine(provider: ProviderStatus, inc: ProviderIncident): string {
  const where = host(provider.url) ?? provider.name;
  const since = inc.startedAt ?? inc.updatedAt;
  let when = '';
  if (since && !Number.isNaN(Date.parse(since))) when = ` since ${formatTime(new Date(since)).utc}`;
  return `${where}: '${inc.name}', ${inc.status}${when}`;
}

const ERROR_WORDS: Record<string, string> = {
  overloaded_error: 'overloaded',
  rate_limit_error: 'rate limited',
  api_error: 'server error',
  server_error: 'server error',
  timeout_error: 'timeout',
  authentication_error: 'authentication failed',
  permission_error: 'permission denied',
  invalid_request_error: 'request rejected',
  not_found_error: 'not found',
};

const STATUS_WORDS: Record<number, string> = {
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not found',
  408: 'timeout',
  429: 'rate limited',
  500: 'server error',
  502: 'bad gateway',
  503: 'unavailable',
  504: 'gateway timeout',
  529: 'overloaded',
};

const OUTCOME_WORDS: Record<string, string> = {
  timeout: 'timeouts',
  dns: 'DNS lookup failures',
  refused: 'refused connections',
  reset: 'dropped connections',
  tls: 'TLS failures',
  mismatch: 'answers failing our checks',
  error: 'connection errors',
};

/**
 * The failures among these probes in public words, most frequent first:
 * "HTTP 529, overloaded", "HTTP 529, overloaded; timeouts", or "" when nothing failed.
 */
export function publicErrors(probes: readonly ProbeResult[]): string {
  const counts = new Map<string, number>();
  for (const p of probes) {
    if (p.ok) continue;
    let words: string;
    if (p.outcome === 'http-status' && p.status) {
      const w = (p.errorType && ERROR_WORDS[p.errorType]) ?? STATUS_WORDS[p.status];
      words = `HTTP ${p.status}${w ? `, ${w}` : ''}`;
    } else words = OUTCOME_WORDS[p.outcome] ?? p.outcome;
    counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([w]) => w)
    .join('; ');
}
