// The embedded default probes: need no secret, and still tell whether each provider's API host resolves, handshakes and
// answers.
import type { ProbeConfig } from '../../config/schema.js';
import type { CatalogueEntry } from '../../model/providers.js';

/**
 * An unauthenticated request per provider and the statuses that prove its gateway answers: a 401/403 means the
 * request crossed the provider's edge and reached its auth layer. Anthropic and OpenAI answer GET /v1/models
 * without a key with 401; Google's Gemini API with 403 (unregistered caller); AWS with 403 (missing token).
 */
const GATEWAY: Record<string, { path: string; status: number[] }> = {
  anthropic: { path: '/v1/models', status: [401] },
  openai: { path: '/v1/models', status: [401] },
  google: { path: '/v1beta/models', status: [400, 401, 403] },
  'aws-bedrock': { path: '/', status: [403, 404] },
  mistral: { path: '/v1/models', status: [401] },
  cohere: { path: '/v1/models', status: [401] },
  groq: { path: '/openai/v1/models', status: [401] },
  together: { path: '/v1/models', status: [401] },
  fireworks: { path: '/inference/v1/models', status: [401, 403] },
  // OpenRouter lists its models without a key.
  openrouter: { path: '/api/v1/models', status: [200] },
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
      {
        id: `${p.id}-tls`,
        layer: 'network',
        provider: p.id,
        description: `TLS handshake with ${host}`,
        tls: { host, port: 443 },
      },
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
