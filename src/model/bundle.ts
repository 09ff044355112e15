// The bundle manifest (draft.json): everything the review page and follow-ups need to know about one update.
import * as z from 'zod/mini';
import './zod-locale.js';
import { EvidenceSchema } from './evidence.js';
import type { DocumentKind } from './document.js';
import { ANSWER_FIELDS, type TableAnswers, type ValueSpec } from './answer-fields.js';

export const BUNDLE_SCHEMA = 'layerpost.bundle/v1';
export const ANSWERS_SCHEMA = 'layerpost.answers/v1';

export const HypothesisSchema = z.object({
  layer: z.string(),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** Sentences an operator can paste, for this layer. */
  evidence: z.array(z.string()),
  /** Sentences that speak against it. */
  against: z.array(z.string()),
  provider: z.optional(z.string()),
  models: z.optional(z.array(z.string())),
  /** The layer's name as the template set said it when drafted ({{> layer-name}}, no provider named). */
  name: z.optional(z.string()),
});
export type Hypothesis = z.infer<typeof HypothesisSchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  file: z.optional(z.string()),
  line: z.optional(z.int()),
  column: z.optional(z.int()),
  channel: z.optional(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;

export const DraftSchema = z.object({
  channel: z.string(),
  file: z.string(),
  text: z.string(),
  /** Title for channels that have one (statuspage). */
  title: z.optional(z.string()),
  length: z.int().check(z.nonnegative()),
  limit: z.int().check(z.positive()),
  /** How length is counted: "weighted (X)", "graphemes", "GSM-7 segments" … */
  unit: z.string(),
  /** Which template variant produced it (default | short). */
  variant: z.string(),
  overLimit: z.boolean(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** The zod check of one answer field's value (src/model/answer-fields.ts). */
function answerValue(spec: ValueSpec): z.ZodMiniType {
  switch (spec.kind) {
    case 'choice':
      return z.enum(spec.of as [string, ...string[]]);
    case 'int':
      return z.int().check(z.minimum(spec.min), z.maximum(spec.max));
    case 'list':
      return z.array(z.string());
    case 'time':
      return z.string().check(z.maxLength(64));
    case 'text': {
      const checks = [
        ...(spec.min !== undefined ? [z.minLength(spec.min)] : []),
        ...(spec.max !== undefined ? [z.maxLength(spec.max)] : []),
        ...(spec.pattern ? [z.regex(spec.pattern, spec.patternMessage)] : []),
      ];
      return checks.length ? z.string().check(...checks) : z.string();
    }
  }
}

type AnswerShape = { [K in keyof TableAnswers]-?: z.ZodMiniOptional<z.ZodMiniType<NonNullable<TableAnswers[K]>>> };
/** Every field of the answer table, optional; each checked as its value spec says. */
const answerShape = Object.fromEntries(
  ANSWER_FIELDS.map((f) => [f.key, z.optional(answerValue(f.value))]),
) as unknown as AnswerShape;

/** Answers files, resume files and draft.json's answers: the answer table's fields, versioned. */
export const AnswersSchema = z.strictObject({
  schema: z.optional(z.literal(ANSWERS_SCHEMA)),
  /** Read from bundles that recorded it; no flag or prompt sets it. */
  impactLevel: z.optional(z.enum(['none', 'minor', 'major', 'critical'])),
  ...answerShape,
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
  incidentStartedAt: z.optional(z.string()),
  /** handles: the accounts' handles from config (channels.x.handle …), by channel; absent, the page shows no handle. */
  product: z.object({
    name: z.string(),
    feature: z.string(),
    timeZone: z.optional(z.string()),
    handles: z.optional(z.record(z.string(), z.string())),
  }),
  incident: z.string(),
  update: z.int().check(z.positive()),
  phase: z.string(),
  layer: z.string(),
  layerName: z.string(),
  provider: z.optional(z.string()),
  providerName: z.optional(z.string()),
  models: z.array(z.string()),
  /** The models' display names, as the drafts say them (Claude Opus 4.7 for claude-opus-4-7). */
  modelNames: z.optional(z.array(z.string())),
  /** The layer layerpost proposed (top of the diagnosis); differs from `layer` when the operator overrode it. */
  proposedLayer: z.string(),
  diagnosis: z.array(HypothesisSchema),
  drafts: z.array(DraftSchema),
  findings: z.array(FindingSchema),
  answers: AnswersSchema,
  /** The previous update of the same incident, if any. */
  previous: z.optional(
    z.object({
      dir: z.string(),
      update: z.int(),
      phase: z.string(),
      layer: z.string(),
      layerName: z.string(),
      drafts: z.array(DraftSchema),
    }),
  ),
  timeline: z.optional(
    z.array(
      z.object({
        update: z.int(),
        phase: z.string(),
        layer: z.string(),
        layerName: z.string(),
        createdAt: z.string(),
        dir: z.string(),
        correction: z.optional(z.string()),
      }),
    ),
  ),
  override: z.optional(
    z.object({ proposed: z.string(), chosen: z.string(), confirmed: z.boolean(), contradictions: z.array(z.string()) }),
  ),
  proposal: z.optional(z.object({ layer: z.string(), confidence: z.number(), kept: z.string() })),
  /** The impact the operator gave while the fault was happening, carried to later updates. */
  impactReported: z.optional(z.string()),
  /**
   * Every impact the operator stated while the fault was happening, oldest first: the resolved post sums up the widest.
   */
  impactsStated: z.optional(z.array(z.string())),
  /**
   * When the incident started (and from what: the operator, the first failing evidence, the first update), and when the
   * evidence first passed.
   */
  clock: z.optional(
    z.object({
      startedAt: z.string(),
      startedFrom: z.enum(['operator', 'evidence', 'update']),
      recoveredAt: z.optional(z.string()),
    }),
  ),
  /**
   * Probes that were failing and still failed in the evidence a monitoring or resolved update was drafted from (kept
   * with --yes or by the operator).
   */
  stillFailing: z.optional(z.array(z.string())),
  /** The failures the cause sentence cited, carried to later updates of the same layer once the probes pass. */
  causeErrors: z.optional(z.array(z.object({ status: z.optional(z.int()), kind: z.string() }))),
  correction: z.optional(z.string()),
  /** Who drafted this update (git user name, else the OS user): two-person approval compares it with the approver. */
  draftedBy: z.optional(z.string()),
  /** The status-page payload's incident status and component statuses, with names, for the review page. */
  statuspage: z.optional(StatuspageSummarySchema),
});
export type BundleManifest = z.infer<typeof BundleManifestSchema>;

/** When the incident began: its first update's time, which every later manifest carries. */
export function incidentStartedAt(m: BundleManifest): string {
  return m.incidentStartedAt ?? m.createdAt;
}

export const ANSWERS_DOCUMENT: DocumentKind<Answers> = {
  what: 'answers file',
  id: ANSWERS_SCHEMA,
  idRequired: false,
  schema: AnswersSchema,
};
export const BUNDLE_DOCUMENT: DocumentKind<BundleManifest> = {
  what: 'bundle manifest',
  id: BUNDLE_SCHEMA,
  idRequired: true,
  schema: BundleManifestSchema,
};
export { EvidenceSchema };

/** The update before this one, as its bundle folder holds it: what a follow-up continues from. */
export interface PreviousBundle {
  dir: string;
  manifest: BundleManifest;
}
