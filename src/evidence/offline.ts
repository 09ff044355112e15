// Whether any request of a run reached a server, and the line that says so when none did: then the failures are
// about this machine (offline, or behind a proxy it does not use), not about the network path to the providers.
import type { ProbeResult, ProviderStatus } from '../model/evidence.js';

const NO_SERVER_OUTCOMES = new Set(['dns', 'refused']);
/** The NetError messages (src/platform/http.ts) a status source records for the same failures. */
const NO_SERVER_REASON = /^(DNS lookup failed|connection refused|host unreachable|the proxy answered)/;

export function reachedNoServer(probes: readonly ProbeResult[], providers: readonly ProviderStatus[]): boolean {
  const each = [
    ...probes.map((p) => NO_SERVER_OUTCOMES.has(p.outcome)),
    ...providers.map((s) => NO_SERVER_REASON.test(s.error ?? '')),
  ];
  return each.length > 0 && each.every(Boolean);
}

/** The first proxy refusal among a run's failures ("407 (the proxy wants credentials)"), if any. */
export function proxyRefusal(probes: readonly ProbeResult[], providers: readonly ProviderStatus[]): string | undefined {
  for (const text of [...probes.map((p) => p.detail), ...providers.map((s) => s.error ?? '')]) {
    const m = /the proxy answered (\d{3}(?: \([^)]*\))?)/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

export function offlineLine(proxy: string | undefined, refusal?: string): string {
  if (proxy && refusal)
    return `No request reached any server: the proxy ${proxy} answered ${refusal} instead of connecting. That is our network (the proxy, or its credentials in HTTPS_PROXY), not the providers; this says nothing about them.`;
  return proxy
    ? `No request reached any server (DNS or connection failures through the proxy ${proxy}): this machine looks offline, or its proxy cannot reach out. This says nothing about the network path to the providers.`
    : 'No request reached any server (DNS or connection failures): this machine looks offline or needs a proxy (set HTTPS_PROXY, and NO_PROXY for internal hosts). This says nothing about the network path to the providers.';
}
