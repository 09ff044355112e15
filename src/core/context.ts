// The template context: one zod schema that rendering builds and lint checks variable paths against.
import * as z from 'zod';
import { camel } from './layers.js';

const Time = z.object({
  iso: z.string(),
  /** "14:30 UTC" */
  utc: z.string(),
  /** "15:30 CET" in the product's time zone (equals utc when the zone is UTC). */
  local: z.string(),
  /** "14:30 UTC (15:30 CET)" or "14:30 UTC" */
  both: z.string(),
});

const Flags = <T extends readonly string[]>(ids: T) => z.object(Object.fromEntries(ids.map((id) => [camel(id), z.boolean()])) as Record<string, z.ZodBoolean>);


export const TemplateContextSchema = z.object({
  product: z.object({ name: z.string(), feature: z.string(), statusUrl: z.string() }),
  incident: z.object({
    id: z.string(),
    /** 1 for the first update, 2 for the next … */
    update: z.number().int().positive(),
    isFollowUp: z.boolean(),
    startedAt: Time,
  }),
  phase: z.object({
    id: z.string(),
    /** "Investigating" */
    name: z.string(),
    is: Flags(['investigating', 'identified', 'monitoring', 'resolved'] as const),
  }),
  layer: z.object({
    id: z.string(),
    /** Plain name: "the provider's API / infrastructure". */
    name: z.string(),
    /** Filled short phrase: "Anthropic's API". */
    short: z.string(),
    /** Filled sentence: "The model itself is unchanged: answers that do complete are not affected." */
    notAffected: z.string(),
    /** The same in a few words: "Model quality is unaffected." */
    notAffectedShort: z.string(),
    /** Filled cause sentence naming layer, provider, models and error: "Anthropic's API is returning errors (HTTP 529, overloaded) for Claude Opus 4.7 requests." */
    cause: z.string(),
    /** Shorter cause for tight channels: "Anthropic's API is returning HTTP 529 errors." */
    causeShort: z.string(),
    providerLayer: z.boolean(),
    is: Flags(['integration', 'network', 'provider-api', 'model-endpoint', 'model-quality', 'unknown'] as const),
  }),
  provider: z.object({
    id: z.string(),
    /** "Anthropic", or "" when the layer is ours and no provider is named. */
    name: z.string(),
    /** "Anthropic's" / "the provider's" */
    possessive: z.string(),
    statusUrl: z.string(),
    named: z.boolean(),
  }),
  models: z.object({
    list: z.array(z.object({ id: z.string(), name: z.string() })),
    /** "Claude Opus 4.7 and Claude Sonnet 4.6", or "" */
    names: z.string(),
    any: z.boolean(),
    count: z.number().int().nonnegative(),
  }),
  impact: z.object({
    /** The operator's sentence about user impact: "AI answers are failing for many users." */
    text: z.string(),
    level: z.enum(['none', 'minor', 'major', 'critical']),
  }),
  evidence: z.object({
    /** "HTTP 529 overloaded_error on 3/3 requests to Claude Opus 4.7" */
    summary: z.string(),
    /** "HTTP 529, overloaded" — the error in public words, or "" */
    errors: z.string(),
    lines: z.array(z.string()),
    takenAt: Time,
  }),
  /** What we are doing, by phase and layer: "We're retrying on another model." */
  action: z.string(),
  now: Time,
  nextUpdate: z.object({ has: z.boolean(), minutes: z.number().int().nonnegative(), at: Time }),
  previous: z.object({
    has: z.boolean(),
    layerName: z.string(),
    layerShort: z.string(),
    phaseName: z.string(),
    text: z.string(),
  }),
  correction: z.object({
    has: z.boolean(),
    /** "Correction: earlier we said the cause was Anthropic's API; it is our own integration." */
    text: z.string(),
    /** "Correction: the cause is our own integration, not Anthropic's API." */
    short: z.string(),
  }),
  /** Resolved phase: the data-loss statement. */
  dataLoss: z.string(),
  notes: z.string(),
});
export type TemplateContext = z.infer<typeof TemplateContextSchema>;

/**
 * Fields whose text comes from outside (operator input, provider text, probe detail):
 * lint's unsafe-html rule flags them in triple-stash.
 */
export const EXTERNAL_FIELDS = ['impact.text', 'notes', 'evidence.summary', 'evidence.lines', 'evidence.errors', 'previous.text', 'correction.text', 'correction.short', 'models.names', 'models.list', 'provider.name', 'layer.cause', 'layer.causeShort', 'product.name'];
