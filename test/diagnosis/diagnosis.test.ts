// Diagnosis: every layer ranked from realistic evidence shapes, pasteable evidence lines, and no crash on any valid
// evidence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HypothesisSchema } from '../../src/model/bundle.js';
import { diagnose } from '../helpers/said.js';
import type { SaidDiagnosis as Diagnosis } from '../../src/diagnosis/diagnose.js';
import {
  COMPONENT_STATUSES,
  EVIDENCE_SCHEMA,
  INDICATORS,
  OUTCOMES,
  ProbeResultSchema,
  ProviderStatusSchema,
  type Evidence,
  type ProbeResult,
  type ProviderStatus,
} from '../../src/model/evidence.js';
import { DEFAULT_LAYERS, LAYER_IDS, mergeLayers } from '../../src/model/layers.js';
import { loadEvidence, probeOf, type EvidenceFixture } from '../fixtures/evidence/index.js';

const PROVIDERS = [
  {
    id: 'anthropic',
    name: 'Anthropic',
    models: [
      { id: 'claude-opus-4-7', name: 'Claude Opus 4.7' },
      { id: 'claude-sonnet-4-6', name: 'Claude Sonnet 4.6' },
    ],
  },
];

const run = (evidence: Evidence): Diagnosis => diagnose({ evidence, providers: PROVIDERS });
const rankOf = (d: Diagnosis, layer: string) => d.ranked.findIndex((h) => h.layer === layer);
const hyp = (d: Diagnosis, layer: string) => d.ranked.find((h) => h.layer === layer)!;
const withProbes = (base: EvidenceFixture, ...probes: ProbeResult[]): Evidence => ({ ...loadEvidence(base), probes });

/** The invariants every diagnosis has, whatever the evidence. */
function expectWellFormed(d: Diagnosis, layerIds: readonly string[] = LAYER_IDS) {
  expect(d.ranked.map((h) => h.layer).sort()).toEqual([...layerIds].sort());
  for (const h of d.ranked) HypothesisSchema.parse(h);
  const conf = d.ranked.map((h) => h.confidence);
  expect(conf).toEqual([...conf].sort((a, b) => b - a));
  const sum = conf.reduce((a, b) => a + b, 0);
  // Each confidence is rounded to 0.01, so the sum may drift by half a point per layer.
  expect(Math.abs(sum - 1)).toBeLessThanOrEqual(0.005 * layerIds.length + 1e-9);
}

interface Row {
  name: string;
  evidence: () => Evidence;
  top: string;
  provider?: string;
  models?: string[];
  /** Substrings that the top hypothesis' evidence lines must contain (together). */
  lines: string[];
  errors?: Diagnosis['errors'][string];
}

const opus529 = probeOf('model-endpoint-opus-529', 'anthropic-opus');
const sonnet200 = probeOf('model-endpoint-opus-529', 'anthropic-sonnet');
const handler502 = probeOf('integration-handler-502', 'our-handler');

const ROWS: Row[] = [
  {
    name: 'our handler 502 while direct Anthropic probes pass → integration',
    evidence: () => loadEvidence('integration-handler-502'),
    top: 'integration',
    lines: ['Our handler fails', '502', 'direct calls to Anthropic succeed', '200 OK'],
    errors: [{ status: 502, kind: 'bad-gateway' }],
  },
  {
    name: 'Anthropic answers 401 authentication_error to our key → integration',
    evidence: () => loadEvidence('integration-auth-401'),
    top: 'integration',
    lines: ['Anthropic rejects our requests', '401 authentication_error', 'our key'],
  },
  {
    name: '403 permission_error to our key, no handler probe → integration',
    evidence: () =>
      withProbes('integration-auth-401', {
        ...probeOf('integration-auth-401', 'anthropic-opus'),
        status: 403,
        errorType: 'permission_error',
        detail: 'POST https://api.anthropic.com/v1/messages (claude-opus-4-7) → 403 permission_error',
      }),
    top: 'integration',
    lines: ['403 permission_error'],
  },
  {
    name: 'DNS failures with an operational status page → network',
    evidence: () => loadEvidence('network-dns'),
    top: 'network',
    lines: ['cannot be reached', 'dns', 'api.anthropic.com', 'status page shows everything operational'],
    errors: [{ kind: 'dns' }],
  },
  {
    name: 'TCP connect refused and TLS handshake failure → network',
    evidence: () =>
      withProbes(
        'network-dns',
        {
          id: 'anthropic-tcp',
          layer: 'network',
          provider: 'anthropic',
          kind: 'tcp',
          target: 'api.anthropic.com:443',
          ok: false,
          outcome: 'refused',
          latencyMs: 12,
          detail: 'connect api.anthropic.com:443: connect ECONNREFUSED 160.79.104.10:443',
        },
        {
          id: 'anthropic-tls',
          layer: 'network',
          provider: 'anthropic',
          kind: 'tls',
          target: 'api.anthropic.com:443',
          ok: false,
          outcome: 'tls',
          latencyMs: 40,
          detail: 'TLS handshake with api.anthropic.com:443: self-signed certificate in certificate chain',
        },
      ),
    top: 'network',
    lines: ['refused', 'tls'],
  },
  {
    name: '529 overloaded_error across Opus and Sonnet, API incident open → provider-api',
    evidence: () => loadEvidence('provider-api-529'),
    top: 'provider-api',
    provider: 'anthropic',
    lines: [
      '3/3 POST https://api.anthropic.com/v1/messages (claude-opus-4-7) → 529 overloaded_error',
      'claude-sonnet-4-6',
      "'Elevated errors on the Claude API', investigating since 13:48 UTC",
    ],
    errors: [{ status: 529, kind: 'overloaded' }],
  },
  {
    name: '529 across both models with an operational status page (pages lag) → provider-api',
    evidence: () => ({ ...loadEvidence('provider-api-529'), providers: loadEvidence('all-passing').providers }),
    top: 'provider-api',
    lines: ['529 overloaded_error', 'span 2 models'],
  },
  {
    name: 'gateway timeouts across models → provider-api',
    evidence: () =>
      withProbes(
        'provider-api-529',
        ...['claude-opus-4-7', 'claude-sonnet-4-6'].map((model, i): ProbeResult => ({
          id: `anthropic-${i}`,
          layer: 'model-endpoint',
          provider: 'anthropic',
          model,
          kind: 'http',
          target: 'POST https://api.anthropic.com/v1/messages',
          ok: false,
          outcome: 'timeout',
          latencyMs: 5000,
          detail: 'POST https://api.anthropic.com/v1/messages: timed out after 5000 ms',
        })),
      ),
    top: 'provider-api',
    lines: ['timeout after 5000 ms'],
    errors: [{ kind: 'timeout' }],
  },
  {
    name: 'an open status-page incident on the API and nothing else → provider-api',
    evidence: () => loadEvidence('provider-api-incident-only'),
    top: 'provider-api',
    provider: 'anthropic',
    lines: ["status.claude.com: 'Elevated errors on the Claude API', investigating since 13:48 UTC"],
  },
  {
    name: 'Opus 529 while Sonnet answers 200 → model-endpoint',
    evidence: () => loadEvidence('model-endpoint-opus-529'),
    top: 'model-endpoint',
    provider: 'anthropic',
    models: ['claude-opus-4-7'],
    lines: ['claude-opus-4-7 fails while claude-sonnet-4-6 succeeds'],
    errors: [{ status: 529, kind: 'overloaded' }],
  },
  {
    name: "'Elevated errors on Claude Opus 4.7' linked to model-endpoint → model-endpoint",
    evidence: () => loadEvidence('model-endpoint-incident'),
    top: 'model-endpoint',
    models: ['claude-opus-4-7'],
    lines: ["'Elevated errors on Claude Opus 4.7', investigating since 13:51 UTC"],
  },
  {
    name: '200 with a failing canary answer → model-quality',
    evidence: () => loadEvidence('model-quality-canary'),
    top: 'model-quality',
    provider: 'anthropic',
    models: ['claude-opus-4-7'],
    lines: ['answers fail their checks', '200 but the answer failed its check', 'expected "pong"'],
    errors: [{ kind: 'mismatch' }],
  },
  {
    name: 'no evidence at all → unknown',
    evidence: () => loadEvidence('empty'),
    top: 'unknown',
    lines: ['There is no evidence'],
  },
  {
    name: 'every probe passing, no incident → unknown',
    evidence: () => loadEvidence('all-passing'),
    top: 'unknown',
    lines: ['No probe failed'],
  },
];

describe('diagnose: one row per layer', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_n, row) => {
    const d = run(row.evidence());
    expectWellFormed(d);
    const top = d.ranked[0]!;
    expect(top.layer).toBe(row.top);
    expect(top.confidence).toBeGreaterThan(d.ranked[1]!.confidence);
    const text = top.evidence.join(' ');
    for (const s of row.lines) expect(text).toContain(s);
    if (row.provider) {
      expect(d.provider).toBe(row.provider);
      expect(top.provider).toBe(row.provider);
    }
    if (row.models) {
      expect(top.models).toEqual(row.models);
      expect(d.models).toEqual(row.models);
    }
    // The failures the cause sentence may cite: those supporting the top layer.
    if (row.errors !== undefined) expect(d.errors[row.top]).toEqual(row.errors);
  });
});

describe('diagnose: contradictory evidence makes unknown first or near-first', () => {
  const CONTRADICTIONS: Array<[string, () => Evidence]> = [
    [
      'DNS lookups fail, yet Opus answers 529 and Sonnet 200',
      () => withProbes('model-endpoint-opus-529', opus529, sonnet200, probeOf('network-dns', 'anthropic-dns')),
    ],
    [
      'DNS lookups fail, yet every direct request answers 200',
      () => withProbes('all-passing', handler502, sonnet200, probeOf('network-dns', 'anthropic-dns')),
    ],
    [
      '529s across both models, yet a canary gets a 200 with a wrong answer',
      () => ({
        ...loadEvidence('provider-api-529'),
        probes: [...loadEvidence('provider-api-529').probes, probeOf('model-quality-canary', 'anthropic-canary')],
        providers: loadEvidence('all-passing').providers,
      }),
    ],
  ];
  it.each(CONTRADICTIONS)('%s', (_n, evidence) => {
    const d = run(evidence());
    expectWellFormed(d);
    const i = rankOf(d, 'unknown');
    expect(i).toBeLessThanOrEqual(1);
    expect(d.ranked[0]!.confidence - hyp(d, 'unknown').confidence).toBeLessThan(0.35);
  });
});

describe('diagnose: rules that protect the public wording', () => {
  it('a provider incident about errors on one model never raises model-quality', () => {
    for (const layer of ['model-endpoint', 'provider-api', undefined]) {
      const base = loadEvidence('model-endpoint-incident');
      const inc = { ...base.providers[0]!.incidents[0]!, layer };
      if (layer === undefined) delete inc.layer;
      const d = run({ ...base, providers: [{ ...base.providers[0]!, incidents: [inc] }] });
      expect(hyp(d, 'model-quality').confidence, `incident layer ${layer}`).toBe(0);
      expect(hyp(d, 'model-quality').evidence).toEqual([]);
      expect(['model-endpoint', 'provider-api']).toContain(d.ranked[0]!.layer);
    }
  });

  it('a body mismatch on our own HTTP health check is not model-quality evidence', () => {
    const health: ProbeResult = {
      id: 'our-health',
      layer: 'integration',
      kind: 'http',
      target: 'GET https://acme.example/api/ai/health',
      ok: false,
      outcome: 'mismatch',
      status: 200,
      latencyMs: 31,
      detail: 'GET https://acme.example/api/ai/health → 200 but expected status to equal "ok", got "degraded"',
    };
    const d = run(withProbes('integration-handler-502', health, sonnet200));
    expect(hyp(d, 'model-quality').confidence).toBe(0);
    expect(d.ranked[0]!.layer).toBe('integration');
  });

  it('a resolved provider incident is not evidence', () => {
    const base = loadEvidence('provider-api-incident-only');
    const p = base.providers[0]!;
    const d = run({
      ...base,
      providers: [{ ...p, indicator: 'none', incidents: p.incidents.map((i) => ({ ...i, status: 'resolved' })) }],
    });
    expect(d.ranked[0]!.layer).toBe('unknown');
  });

  it('passing canaries speak against model-quality', () => {
    const canary = {
      ...probeOf('model-quality-canary', 'anthropic-canary'),
      ok: true,
      outcome: 'ok' as const,
      detail: 'POST … → 200 "pong"',
    };
    const d = run(withProbes('model-endpoint-opus-529', opus529, sonnet200, canary));
    expect(hyp(d, 'model-quality').against.join(' ')).toContain('Canary answers pass');
  });

  it('every evidence line is a pasteable sentence: capitalised, ends with a full stop, no "undefined" or "[object"', () => {
    for (const row of ROWS) {
      for (const h of run(row.evidence()).ranked)
        for (const line of [...h.evidence, ...h.against]) {
          expect(line, `${row.name} / ${h.layer}`).toMatch(/^[A-Z'"0-9a-z].*[.)]$/s);
          expect(line).not.toMatch(/undefined|\[object|NaN/);
          expect(line.length).toBeLessThan(1000);
        }
    }
  });

  it('does not repeat a probe detail that already says the same thing (canary mismatch)', () => {
    const line = hyp(run(loadEvidence('model-quality-canary')), 'model-quality').evidence.join(' ');
    expect(line.match(/failed its check/g)).toHaveLength(1);
  });

  it('uses the provider name from the catalogue, and "the provider" when none is known', () => {
    expect(hyp(run(loadEvidence('integration-handler-502')), 'integration').evidence[0]).toContain(
      'direct calls to Anthropic succeed',
    );
    const bare = diagnose({ evidence: loadEvidence('integration-handler-502') });
    expect(hyp(bare, 'integration').evidence[0]).toContain('direct calls to anthropic succeed');
  });

  it('focuses on the failing provider when a second provider passes', () => {
    const openai: ProbeResult = {
      id: 'openai-gpt-5',
      layer: 'model-endpoint',
      provider: 'openai',
      model: 'gpt-5',
      kind: 'http',
      target: 'POST https://api.openai.com/v1/chat/completions',
      ok: true,
      outcome: 'ok',
      status: 200,
      latencyMs: 420,
      detail: 'ok',
    };
    const d = run({
      ...loadEvidence('provider-api-529'),
      probes: [...loadEvidence('provider-api-529').probes, openai],
    });
    expect(d.provider).toBe('anthropic');
    expect(d.ranked[0]!.layer).toBe('provider-api');
  });

  it('ranks custom layers from config too (at zero until evidence names them)', () => {
    const layers = mergeLayers([{ id: 'vector-store', name: 'our vector database' }]);
    const d = diagnose({ evidence: loadEvidence('provider-api-529'), providers: PROVIDERS, layers });
    expectWellFormed(
      d,
      layers.map((l) => l.id),
    );
    expect(hyp(d, 'vector-store').confidence).toBe(0);
    expect(d.ranked[0]!.layer).toBe('provider-api');
  });

  it('the summary has one line per probe and per provider', () => {
    const ev = loadEvidence('provider-api-529');
    const d = run(ev);
    expect(d.summary).toHaveLength(ev.probes.length + ev.providers.length);
    expect(d.summary.join('\n')).toContain("'Elevated errors on the Claude API' (investigating)");
  });
});

describe('diagnose: property — any schema-valid evidence ranks every layer without throwing', () => {
  const str = fc.oneof(
    fc.constantFrom(
      'anthropic',
      'openai',
      'claude-opus-4-7',
      'claude-sonnet-4-6',
      'http',
      'dns',
      'tcp',
      'tls',
      'llm-canary',
      '',
    ),
    fc.string({ maxLength: 12 }),
  );
  const layer = fc.oneof(fc.constantFrom(...LAYER_IDS), fc.string({ maxLength: 8 }));
  const isoDate = fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString());
  const probe: fc.Arbitrary<ProbeResult> = fc
    .record(
      {
        id: fc.string({ minLength: 1, maxLength: 10 }),
        layer,
        indicates: layer,
        provider: fc.constantFrom('anthropic', 'openai', 'x'),
        model: fc.constantFrom('claude-opus-4-7', 'claude-sonnet-4-6', 'gpt-5', ''),
        kind: fc.constantFrom('http', 'dns', 'tcp', 'tls', 'llm-canary', 'prometheus', 'evidence'),
        target: str,
        ok: fc.boolean(),
        outcome: fc.constantFrom(...OUTCOMES),
        status: fc.oneof(
          fc.constantFrom(200, 400, 401, 403, 429, 500, 502, 503, 504, 529),
          fc.integer({ min: -1, max: 999 }),
        ),
        errorType: fc.constantFrom('overloaded_error', 'rate_limit_error', 'authentication_error', 'whatever'),
        latencyMs: fc.double({ min: 0, max: 1e7, noNaN: true }),
        detail: fc.string({ maxLength: 40 }),
        samples: fc.record({ total: fc.integer({ min: 1, max: 20 }), failed: fc.integer({ min: 0, max: 20 }) }),
        observedAt: isoDate,
        source: str,
      },
      { requiredKeys: ['id', 'layer', 'ok', 'outcome', 'latencyMs', 'detail'] },
    )
    .map((p) => ProbeResultSchema.parse(p));
  const incident = fc.record(
    {
      name: fc.string({ maxLength: 30 }),
      status: fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved', 'postmortem', 'scheduled'),
      impact: fc.constantFrom('none', 'minor', 'major', 'critical'),
      startedAt: fc.oneof(isoDate, fc.string({ maxLength: 10 })),
      updatedAt: isoDate,
      layer,
      models: fc.array(fc.constantFrom('claude-opus-4-7', 'claude-sonnet-4-6', 'gpt-5'), { maxLength: 3 }),
      componentStatus: fc.constantFrom(...COMPONENT_STATUSES),
    },
    { requiredKeys: ['name', 'status', 'impact'] },
  );
  const status: fc.Arbitrary<ProviderStatus> = fc
    .record(
      {
        id: fc.constantFrom('anthropic', 'openai', 'x'),
        name: fc.string({ maxLength: 12 }),
        indicator: fc.constantFrom(...INDICATORS),
        description: fc.string({ maxLength: 20 }),
        components: fc.array(
          fc.record({ name: fc.string({ maxLength: 10 }), status: fc.constantFrom(...COMPONENT_STATUSES) }),
          { maxLength: 3 },
        ),
        incidents: fc.array(incident, { maxLength: 3 }),
        url: fc.oneof(fc.constant('https://status.claude.com'), fc.string({ maxLength: 10 })),
        error: fc.string({ maxLength: 10 }),
      },
      { requiredKeys: ['id', 'name', 'indicator', 'description', 'components', 'incidents'] },
    )
    .map((s) => ProviderStatusSchema.parse(s));

  it('never throws, ranks all six layers, confidences sorted and summing to about 1', () => {
    fc.assert(
      fc.property(
        fc.array(probe, { maxLength: 12 }),
        fc.array(status, { maxLength: 3 }),
        fc.boolean(),
        (probes, providers, withInfo) => {
          const d = diagnose({
            evidence: { schema: EVIDENCE_SCHEMA, takenAt: '2026-11-21T14:02:00Z', probes, providers },
            ...(withInfo ? { providers: PROVIDERS } : {}),
          });
          expectWellFormed(d);
          const qualityIncident = providers.some((s) =>
            s.incidents.some(
              (i) => i.layer === 'model-quality' && !['resolved', 'postmortem', 'completed'].includes(i.status),
            ),
          );
          expect(
            d.ranked.every(
              (h) =>
                h.layer !== 'model-quality' ||
                h.confidence === 0 ||
                qualityIncident ||
                probes.some((p) => p.outcome === 'mismatch' && !p.ok),
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('works with the default layer list passed explicitly', () => {
    expectWellFormed(diagnose({ evidence: loadEvidence('empty'), layers: DEFAULT_LAYERS }));
  });
});
