// Evidence as facts for the reasons: one probe or incident each (their sentences are templates/reasons/probe.hbs …).
import type { ProbeResult, ProviderIncident, ProviderStatus } from '../model/evidence.js';
import type { IncidentFact, ProbeFact, ProbeList } from '../model/reasons.js';
import { formatTime } from '../text/time.js';

/** One probe's facts: 3/3 failed, POST https://api.anthropic.com/v1/messages, claude-opus-4-7, 529 overloaded_error. */
export function probeFact(p: ProbeResult): ProbeFact {
  const what = p.target ?? p.id;
  const counted = Boolean(p.samples && p.samples.total > 1);
  const mismatch = !p.ok && p.outcome === 'mismatch';
  return {
    id: p.id,
    layer: p.layer,
    ok: p.ok,
    what,
    model: p.model && !what.includes(p.model) ? p.model : '',
    counted,
    count: counted ? (p.ok ? p.samples!.total - p.samples!.failed : p.samples!.failed) : 0,
    total: counted ? p.samples!.total : 0,
    status: p.status ?? (mismatch ? 200 : 0),
    errorType: p.errorType ?? '',
    outcome: p.outcome,
    httpStatus: !p.ok && p.outcome === 'http-status',
    mismatch,
    timeout: !p.ok && p.outcome === 'timeout',
    check: p.failedCheck ?? '',
    detail: p.detail,
    latencyMs: Math.round(p.latencyMs),
  };
}

/** The first `max` probes as facts, and how many more there are. */
export function probeList(ps: readonly ProbeResult[], max = 3): ProbeList {
  return { list: ps.slice(0, max).map(probeFact), more: Math.max(0, ps.length - max) };
}

function host(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** status.claude.com, 'Elevated errors on Claude Opus 4.7', investigating, since 06:12 UTC. */
export function incidentFact(provider: ProviderStatus, inc: ProviderIncident): IncidentFact {
  const since = inc.startedAt ?? inc.updatedAt;
  const when = since && !Number.isNaN(Date.parse(since)) ? formatTime(new Date(since)).utc : '';
  return { where: host(provider.url) ?? provider.name, name: inc.name, status: inc.status, since: when };
}
