// Whether any request of a run reached a server, and the line that says so when none did: then the failures are
// about this machine (offline, or behind a proxy it does not use), not about the network path to the providers.
import type { ProbeResult, ProviderStatus } from '../core/evidence.js';

const NO_SERVER_OUTCOMES = new Set(['dns', 'refused']);
/** The NetError messages (src/adapters/http.ts) a status source records for the same failures. */
const NO_SERVER_REASON = /^(DNS lookup failed|connection refused|host unreachable|the proxy did not connect)/;

export function reachedNoServer(probes: readonly ProbeResult[], providers: readonly ProviderStatus[]): boolean {
  const each = [...probes.map((p) => NO_SERVER_OUTCOMES.has(p.outcome)), ...providers.map((s) => NO_SERVER_REASON.test(s.error ?? ''))];
  return each.length > 0 && each.every(Boolean);
}

export function offlineLine(proxy: string | undefined): string {
  return proxy
    ? `No request reached any server (DNS or connection failures through the proxy ${proxy}): this machine looks offline, or its proxy cannot reach out. This says nothing about the network path to the providers.`
    : 'No request reached any server (DNS or connection failures): this machine looks offline or needs a proxy (set HTTPS_PROXY, and NO_PROXY for internal hosts). This says nothing about the network path to the providers.';
}
