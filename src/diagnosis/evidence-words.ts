// Evidence in sentences: one line per probe or incident, for operators (drafts take the error kinds from diagnosis/blame.ts).
import type { ProbeResult, ProviderIncident, ProviderStatus } from '../model/evidence.js';
import { formatTime } from '../text/time.js';

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
