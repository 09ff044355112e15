// Whose fault an error answer is, on the providers' real error bodies (test/fixtures/provider-errors, SOURCES.md),
// and what the diagnosis makes of it: our quota, key or config is `integration`; overload is the provider's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blameOf, errorFact } from '../../src/diagnosis/blame.js';
import { diagnose } from '../helpers/said.js';
import type { Evidence, ProbeResult, ProviderIncident } from '../../src/model/evidence.js';
import { statusPhrase } from '../../src/evidence/probes/result.js';
import { loadEvidence } from '../fixtures/evidence/index.js';

const body = (file: string) => readFileSync(new URL(`../fixtures/provider-errors/${file}`, import.meta.url), 'utf8');

/** A direct probe of the provider answered with this real body, as the http and llm-canary probes record it. */
function answered(file: string, status: number, model = 'claude-opus-4-7'): ProbeResult {
  const { phrase, errorType } = statusPhrase(status, body(file));
  return {
    id: `direct-${model}`,
    layer: 'model-endpoint',
    provider: 'anthropic',
    model,
    kind: 'llm-canary',
    target: 'POST https://api.anthropic.com/v1/messages',
    ok: false,
    outcome: 'http-status',
    status,
    ...(errorType ? { errorType } : {}),
    latencyMs: 120,
    detail: `POST /v1/messages (${model}) → ${phrase}`,
  };
}

const ROWS: Array<[file: string, status: number, blame: ReturnType<typeof blameOf>, top: string]> = [
  ['anthropic.429.rate_limit_error.org-input-tpm.json', 429, 'ours-quota', 'integration'],
  ['anthropic.429.rate_limit_error.account-limit.json', 429, 'ours-quota', 'integration'],
  ['anthropic.429.rate_limit_error.per-minute-legacy-wording.json', 429, 'ours-quota', 'integration'],
  ['anthropic.400.invalid_request_error.credit-balance-too-low.json', 400, 'ours-quota', 'integration'],
  ['anthropic.400.invalid_request_error.usage-limit-reached.json', 400, 'ours-quota', 'integration'],
  ['openai.429.insufficient_quota.json', 429, 'ours-quota', 'integration'],
  ['openai.429.insufficient_quota.2023-null-code.json', 429, 'ours-quota', 'integration'],
  ['openai.429.requests.rate-limit-2023-null-code.json', 429, 'ours-quota', 'integration'],
  ['groq.429.rate_limit_exceeded.json', 429, 'ours-quota', 'integration'],
  ['gemini.429.RESOURCE_EXHAUSTED.json', 429, 'ours-quota', 'integration'],
  ['bedrock.429.ThrottlingException.too-many-tokens.json', 429, 'ours-quota', 'integration'],
  ['anthropic.401.authentication_error.json', 401, 'ours-key', 'integration'],
  ['openai.401.invalid_api_key.json', 401, 'ours-key', 'integration'],
  ['gemini.400.INVALID_ARGUMENT.API_KEY_INVALID.json', 400, 'ours-key', 'integration'],
  ['anthropic.404.not_found_error.retired-model.json', 404, 'ours-config', 'integration'],
  ['anthropic.404.not_found_error.unknown-model-id.json', 404, 'ours-config', 'integration'],
  ['openai.404.model_not_found.json', 404, 'ours-config', 'integration'],
  ['gemini.404.NOT_FOUND.retired-model.json', 404, 'ours-config', 'integration'],
  ['bedrock.400.ValidationException.invalid-model-identifier.json', 400, 'ours-config', 'integration'],
  ['bedrock.404.ResourceNotFoundException.end-of-life.json', 404, 'ours-config', 'integration'],
  ['azure.404.DeploymentNotFound.json', 404, 'ours-config', 'integration'],
  ['anthropic.529.overloaded_error.json', 529, 'provider', 'provider-api'],
  ['anthropic.500.api_error.json', 500, 'provider', 'provider-api'],
  ['openai.503.server_error.model-overloaded.json', 503, 'provider', 'provider-api'],
  ['gemini.503.UNAVAILABLE.high-demand.json', 503, 'provider', 'provider-api'],
  ['vertex.429.RESOURCE_EXHAUSTED.whitespace-collapsed.json', 429, 'provider', 'provider-api'],
];

/** Our handler fails and both models' direct calls answer with `file`. */
function evidenceWith(file: string, status: number): Evidence {
  const base = loadEvidence('integration-handler-502');
  return {
    ...base,
    probes: [base.probes[0]!, answered(file, status, 'claude-opus-4-7'), answered(file, status, 'claude-sonnet-4-6')],
  };
}

describe('blame: real error bodies', () => {
  it.each(ROWS)('%s (HTTP %i) is %s and diagnosed as %s', (file, status, blame, top) => {
    expect(blameOf(answered(file, status))).toBe(blame);
    const d = diagnose({ evidence: evidenceWith(file, status) });
    expect(d.ranked[0]!.layer).toBe(top);
    expect(d.ranked[0]!.confidence).toBeGreaterThanOrEqual(0.5);
    if (top === 'integration') {
      expect(d.ranked[0]!.evidence.join(' ')).toMatch(/quota|key|model or deployment/);
      expect(d.ranked.find((h) => h.layer === 'provider-api')!.confidence).toBeLessThan(0.2);
    }
  });

  it('the error facts name the kind, so templates can say "quota used up" or "overloaded"', () => {
    expect(errorFact(answered('openai.429.insufficient_quota.json', 429))).toEqual({ status: 429, kind: 'quota' });
    expect(errorFact(answered('anthropic.529.overloaded_error.json', 529))).toEqual({
      status: 529,
      kind: 'overloaded',
    });
    expect(errorFact(answered('anthropic.404.not_found_error.retired-model.json', 404))).toEqual({
      status: 404,
      kind: 'not-found',
    });
  });

  it('a bare "Rate limited" is not blamed on us (ambiguous)', () => {
    expect(blameOf(answered('anthropic.429.rate_limit_error.server-rate-limited.json', 429))).toBe('unclear');
  });
});

describe("diagnose: incidents on the provider's status page", () => {
  const incident = (over: Partial<ProviderIncident>): ProviderIncident => ({
    name: 'Elevated errors on Claude.ai',
    status: 'investigating',
    impact: 'minor',
    ...over,
  });
  const withIncident = (inc: ProviderIncident): Evidence => {
    const base = loadEvidence('integration-handler-502');
    return { ...base, providers: [{ ...base.providers[0]!, indicator: 'minor', incidents: [inc] }] };
  };

  it("an incident on the console or chat app (not the API, no model) does not count against our handler's failure", () => {
    const d = diagnose({ evidence: withIncident(incident({ name: 'Elevated errors on Claude.ai and the Console' })) });
    expect(d.ranked[0]!.layer).toBe('integration');
    expect(d.ranked.find((h) => h.layer === 'provider-api')!.confidence).toBeLessThan(0.15);
  });

  it('an API incident while our direct calls pass and our handler fails keeps unknown high', () => {
    const d = diagnose({
      evidence: withIncident(incident({ name: 'Elevated errors on the API', layer: 'provider-api' })),
    });
    const rank = d.ranked.findIndex((h) => h.layer === 'unknown');
    expect(rank).toBeLessThanOrEqual(1);
    expect(d.ranked.find((h) => h.layer === 'unknown')!.confidence).toBeGreaterThanOrEqual(0.3);
    expect(d.ranked[0]!.layer).not.toBe('provider-api');
  });

  it.each(ROWS.filter((r) => r[2] !== 'provider'))(
    "%s while the provider has an open API incident: still ours, never the provider's",
    (file, status) => {
      // The provider answers our direct calls and says the cause is our key, quota or config: its incident is real but
      // is not why our requests fail, and a draft taken with --yes must not blame it.
      const base = evidenceWith(file, status);
      const inc = incident({ name: 'Elevated errors on the API', layer: 'provider-api', impact: 'major' });
      const d = diagnose({
        evidence: { ...base, providers: [{ ...base.providers[0]!, indicator: 'major', incidents: [inc] }] },
      });
      expect(d.ranked[0]!.layer).toBe('integration');
      expect(d.ranked.find((h) => h.layer === 'provider-api')!.against.join(' ')).toMatch(/names our side/);
    },
  );

  it('an incident that reports wrong output counts for model-quality', () => {
    const base = loadEvidence('all-passing');
    const e = {
      ...base,
      providers: [
        {
          ...base.providers[0]!,
          indicator: 'minor' as const,
          incidents: [
            incident({
              name: 'Degraded quality of responses from Claude Opus 4.7',
              layer: 'model-quality',
              models: ['claude-opus-4-7'],
            }),
          ],
        },
      ],
    };
    const d = diagnose({ evidence: e });
    expect(d.ranked[0]!.layer).toBe('model-quality');
    expect(d.ranked.find((h) => h.layer === 'provider-api')!.confidence).toBe(0);
  });
});

describe('diagnose: evidence taken on a machine that reached no server', () => {
  it("does not propose network for the product: the operator's machine is offline or needs a proxy", () => {
    const base = loadEvidence('network-dns');
    expect(diagnose({ evidence: base }).ranked[0]!.layer).toBe('network');
    const offline = { ...base, takenOn: { host: 'laptop', reachedNoServer: true } };
    const d = diagnose({ evidence: offline });
    expect(d.ranked[0]!.layer).toBe('unknown');
    expect(d.ranked.find((h) => h.layer === 'network')!.confidence).toBe(0);
    expect(d.ranked[0]!.evidence.join(' ')).toMatch(/looks offline or needs a proxy/);
  });
});
