// The evidence document (SPEC §2, §7): probe results and provider status taken at one moment, versioned.
import * as z from 'zod';

export const EVIDENCE_SCHEMA = 'layerpost.evidence/v1';
export const OUTCOMES = ['ok', 'http-status', 'timeout', 'dns', 'refused', 'reset', 'tls', 'mismatch', 'error'] as const;
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
  id: z.string().optional(),
  name: z.string(),
  status: z.string(),
  group: z.string().optional(),
  /** What the catalogue maps this component to: a layer and/or models. */
  layer: z.string().optional(),
  models: z.array(z.string()).optional(),
});
export type ProviderComponent = z.infer<typeof ProviderComponentSchema>;

export const ProviderIncidentSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  status: z.string(),
  impact: z.string(),
  startedAt: z.string().optional(),
  updatedAt: z.string().optional(),
  latestUpdate: z.string().optional(),
  url: z.string().optional(),
  components: z.array(z.string()).optional(),
  /** Worst current status of the affected components: the wording comes from this and the update text, not `impact` alone. */
  componentStatus: z.string().optional(),
  /** Layer and models the catalogue links this incident to ("Elevated errors on Claude Opus 4.7"). */
  layer: z.string().optional(),
  models: z.array(z.string()).optional(),
});
export type ProviderIncident = z.infer<typeof ProviderIncidentSchema>;

export const ProviderStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  indicator: z.enum(INDICATORS),
  description: z.string(),
  components: z.array(ProviderComponentSchema),
  incidents: z.array(ProviderIncidentSchema),
  maintenances: z.array(ProviderIncidentSchema).optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  observedAt: z.string().optional(),
  /** Set when the answer came from the cache because the source failed now. */
  cachedAt: z.string().optional(),
  error: z.string().optional(),
});
export type ProviderStatus = z.infer<typeof ProviderStatusSchema>;

export const ProbeResultSchema = z.object({
  id: z.string(),
  layer: z.string(),
  /** The layer this result is evidence about when it differs from the probe's declared `layer` (an llm-canary's wrong answer → model-quality; its 529 → provider-api). */
  indicates: z.string().optional(),
  provider: z.string().optional(),
  model: z.string().optional(),
  kind: z.string().optional(),
  /** What was probed, redacted: "POST https://api.anthropic.com/v1/messages". */
  target: z.string().optional(),
  ok: z.boolean(),
  outcome: z.enum(OUTCOMES),
  status: z.number().int().optional(),
  /** Provider error type, e.g. overloaded_error, rate_limit_error. */
  errorType: z.string().optional(),
  latencyMs: z.number().nonnegative(),
  detail: z.string(),
  samples: z.object({ total: z.number().int().positive(), failed: z.number().int().nonnegative() }).optional(),
  observedAt: z.string().optional(),
  source: z.string().optional(),
});
export type ProbeResult = z.infer<typeof ProbeResultSchema>;

export const EvidenceSchema = z.object({
  schema: z.literal(EVIDENCE_SCHEMA),
  takenAt: z.string().datetime({ offset: true }),
  probes: z.array(ProbeResultSchema),
  providers: z.array(ProviderStatusSchema),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

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
