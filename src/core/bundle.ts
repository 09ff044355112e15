// The bundle manifest (draft.json): everything the review page and follow-ups need to know about one update.
import * as z from 'zod';
import { EvidenceSchema } from './evidence.js';

export const BUNDLE_SCHEMA = 'layerpost.bundle/v1';
export const ANSWERS_SCHEMA = 'layerpost.answers/v1';

export const HypothesisSchema = z.object({
  layer: z.string(),
  confidence: z.number().min(0).max(1),
  /** Sentences an operator can paste, for this layer. */
  evidence: z.array(z.string()),
  /** Sentences that speak against it. */
  against: z.array(z.string()),
  provider: z.string().optional(),
  models: z.array(z.string()).optional(),
});
export type Hypothesis = z.infer<typeof HypothesisSchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  channel: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const DraftSchema = z.object({
  channel: z.string(),
  file: z.string(),
  text: z.string(),
  /** Title for channels that have one (statuspage). */
  title: z.string().optional(),
  length: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  /** How length is counted: "weighted (X)", "graphemes", "GSM-7 segments" … */
  unit: z.string(),
  /** Which template variant produced it (default | short). */
  variant: z.string(),
  overLimit: z.boolean(),
});
export type Draft = z.infer<typeof DraftSchema>;

export const AnswersSchema = z.strictObject({
  schema: z.literal(ANSWERS_SCHEMA).optional(),
  layer: z.string().optional(),
  phase: z.enum(['investigating', 'identified', 'monitoring', 'resolved']).optional(),
  provider: z.string().optional(),
  models: z.array(z.string()).optional(),
  impact: z.string().max(500).optional(),
  impactLevel: z.enum(['none', 'minor', 'major', 'critical']).optional(),
  nextUpdateMinutes: z.number().int().min(0).max(24 * 60).optional(),
  notes: z.string().max(2000).optional(),
  incident: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'expected letters, digits, ".", "_" or "-"').optional(),
  dataLoss: z.string().max(500).optional(),
});
export type Answers = z.infer<typeof AnswersSchema>;

export const StatuspageSummarySchema = z.object({
  status: z.string(),
  components: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
});
export type StatuspageSummary = z.infer<typeof StatuspageSummarySchema>;

export const BundleManifestSchema = z.object({
  schema: z.literal(BUNDLE_SCHEMA),
  createdAt: z.string(),
  /** When the first update of this incident was made. */
  incidentStartedAt: z.string().optional(),
  product: z.object({ name: z.string(), feature: z.string() }),
  incident: z.string(),
  update: z.number().int().positive(),
  phase: z.string(),
  layer: z.string(),
  layerName: z.string(),
  provider: z.string().optional(),
  providerName: z.string().optional(),
  models: z.array(z.string()),
  /** The layer layerpost proposed (top of the diagnosis); differs from `layer` when the operator overrode it. */
  proposedLayer: z.string(),
  diagnosis: z.array(HypothesisSchema),
  drafts: z.array(DraftSchema),
  findings: z.array(FindingSchema),
  answers: AnswersSchema,
  /** The previous update of the same incident, if any. */
  previous: z
    .object({ dir: z.string(), update: z.number().int(), phase: z.string(), layer: z.string(), layerName: z.string(), drafts: z.array(DraftSchema) })
    .optional(),
  correction: z.string().optional(),
  /** The status-page payload's incident status and component statuses, with names, for the review page. */
  statuspage: StatuspageSummarySchema.optional(),
});
export type BundleManifest = z.infer<typeof BundleManifestSchema>;
export { EvidenceSchema };
