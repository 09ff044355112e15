// The embedded default probes: need no secret, and still tell whether each provider's API host resolves, handshakes and answers.
import type { ProbeConfig } from '../config/schema.js';
import type { CatalogueEntry } from '../providers/catalogue.js';

/**
 * An unauthenticated request per provider and the statuses that prove its gateway answers. Anthropic and OpenAI
 * answer GET /v1/models without a key with 401 (authentication_error / invalid_request_error).
 */
const GATEWAY: Record<string, { path: string; status: number[] }> = {
  anthropic: { path: '/v1/models', status: [401] },
  openai: { path: '/v1/models', status: [401] },
};
/** Any other API host: an answer that is not a server error shows the gateway is up. */
const FALLBACK = { path: '/', status: [200, 204, 301, 302, 307, 308, 400, 401, 403, 404, 405] };

export function defaultProbes(catalogue: readonly CatalogueEntry[]): ProbeConfig[] {
  const probes: ProbeConfig[] = [];
  for (const p of catalogue) {
    if (!p.apiHost) continue;
    const host = p.apiHost;
    const gw = GATEWAY[p.id] ?? FALLBACK;
    probes.push(
      { id: `${p.id}-dns`, layer: 'network', provider: p.id, description: `${host} resolves`, dns: { host } },
      { id: `${p.id}-tls`, layer: 'network', provider: p.id, description: `TLS handshake with ${host}`, tls: { host, port: 443 } },
      {
        id: `${p.id}-gateway`,
        layer: 'provider-api',
        provider: p.id,
        description: `${p.name}'s API gateway answers an unauthenticated request with ${gw.status.join('/')}`,
        http: { method: 'GET', url: `https://${host}${gw.path}`, expect: { status: gw.status } },
      },
    );
  }
  return probes;
}
