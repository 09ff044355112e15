// The evidence document (SPEC §2, §7): probe results and provider status taken at one moment, versioned.
import * as z from 'zod/mini';
import './zod-locale.js';
import type { DocumentKind } from './document.js';

export const EVIDENCE_SCHEMA = 'layerpost.evidence/v1';
export const OUTCOMES = [
  'ok',
  'http-status',
  'timeout',
  'dns',
  'refused',
  'reset',
  'tls',
  'mismatch',
  'error',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const INDICATORS = ['none', 'minor', 'major', 'critical', 'maintenance', 'unknown'] as const;
export type Indicator = (typeof INDICATORS)[number];

/** Normalized component status across Statuspage, incident.io, Google and AWS. */
export const COMPONENT_STATUSES = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
  'unknown',
] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const ProviderComponentSchema = z.object({
  id: z.optional(z.string()),
  name: z.string(),
  status: z.string(),
  group: z.optional(z.string()),
  /** What the catalogue maps this component to: a layer and/or models. */
  layer: z.optional(z.string()),
  models: z.optional(z.array(z.string())),
});
export type ProviderComponent = z.infer<typeof ProviderComponentSchema>;

export const ProviderIncidentSchema = z.object({
  id: z.optional(z.string()),
  name: z.string(),
  status: z.string(),
  impact: z.string(),
  startedAt: z.optional(z.string()),
  updatedAt: z.optional(z.string()),
  latestUpdate: z.optional(z.string()),
  url: z.optional(z.string()),
  components: z.optional(z.array(z.string())),
  /**
   * Worst current status of the affected components: the wording comes from this and the update text, not `impact`
   * alone.
   */
  componentStatus: z.optional(z.string()),
  /** Layer and models the catalogue links this incident to ("Elevated errors on Claude Opus 4.7"). */
  layer: z.optional(z.string()),
  models: z.optional(z.array(z.string())),
});
export type ProviderIncident = z.infer<typeof ProviderIncidentSchema>;

export const ProviderStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  indicator: z.enum(INDICATORS),
  description: z.string(),
  components: z.array(ProviderComponentSchema),
  incidents: z.array(ProviderIncidentSchema),
  maintenances: z.optional(z.array(ProviderIncidentSchema)),
  source: z.optional(z.string()),
  url: z.optional(z.string()),
  observedAt: z.optional(z.string()),
  /** Set when the answer came from the cache because the source failed now. */
  cachedAt: z.optional(z.string()),
  error: z.optional(z.string()),
});
export type ProviderStatus = z.infer<typeof ProviderStatusSchema>;

export const ProbeResultSchema = z.object({
  id: z.string(),
  layer: z.string(),
  /**
   * The layer this result is evidence about when it differs from the probe's declared `layer` (an llm-canary's wrong
   * answer → model-quality; its 529 → provider-api).
   */
  indicates: z.optional(z.string()),
  provider: z.optional(z.string()),
  model: z.optional(z.string()),
  kind: z.optional(z.string()),
  /** What was probed, redacted: "POST https://api.anthropic.com/v1/messages". */
  target: z.optional(z.string()),
  ok: z.boolean(),
  outcome: z.enum(OUTCOMES),
  status: z.optional(z.int()),
  /** Provider error type, e.g. overloaded_error, rate_limit_error. */
  errorType: z.optional(z.string()),
  latencyMs: z.number().check(z.nonnegative()),
  detail: z.string(),
  /** Why a mismatching answer failed its check ("expected the answer to contain \"pong\""), apart from the detail. */
  failedCheck: z.optional(z.string()),
  samples: z.optional(z.object({ total: z.int().check(z.positive()), failed: z.int().check(z.nonnegative()) })),
  observedAt: z.optional(z.string()),
  source: z.optional(z.string()),
});
export type ProbeResult = z.infer<typeof ProbeResultSchema>;

/**
 * Where the evidence was taken: the machine, the proxy its requests went through, the config that chose the sources.
 */
export const TakenOnSchema = z.object({
  host: z.string(),
  /** The proxy for HTTPS requests (without credentials), when the environment named one. */
  proxy: z.optional(z.string()),
  /** The config file used; absent with the embedded defaults. */
  config: z.optional(z.string()),
  /**
   * Every request failed before reaching any server (DNS, refused, proxy): this machine looked offline or needed a
   * proxy.
   */
  reachedNoServer: z.optional(z.boolean()),
});
export type TakenOn = z.infer<typeof TakenOnSchema>;

export const EvidenceSchema = z.object({
  schema: z.literal(EVIDENCE_SCHEMA),
  takenAt: z.iso.datetime({ offset: true }),
  takenOn: z.optional(TakenOnSchema),
  probes: z.array(ProbeResultSchema),
  providers: z.array(ProviderStatusSchema),
  /** Configured probes that did not run because environment variables they reference are not set (names only). */
  notRun: z.optional(z.array(z.object({ id: z.string(), missing: z.array(z.string()) }))),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EVIDENCE_DOCUMENT: DocumentKind<Evidence> = {
  what: 'evidence document',
  id: EVIDENCE_SCHEMA,
  idRequired: true,
  schema: EvidenceSchema,
  keepUnknown: true,
};

export function emptyEvidence(takenAt: string): Evidence {
  return { schema: EVIDENCE_SCHEMA, takenAt, probes: [], providers: [] };
}

/** Combine evidence documents (e.g. a second region's probes); later ones win on equal ids. */
export function mergeEvidence(base: Evidence, ...more: Evidence[]): Evidence {
  const probes = new Map(base.probes.map((p) => [p.id, p]));
  const providers = new Map(base.providers.map((p) => [p.id, p]));
  for (const e of more) {
    for (const p of e.probes) probes.set(p.id, p);
    for (const p of e.providers) providers.set(p.id, p);
  }
  return { ...base, probes: [...probes.values()], providers: [...providers.values()] };
}
