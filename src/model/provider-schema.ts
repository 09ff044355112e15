// A provider's entry as config and the catalogue write it: its status source, models and component map (zod, pure).
// zod/mini, as the rest of the config's schema: the same checks and messages as zod's classic API, without its
// methods on every schema, which made loading the config's schema cost a draft ~4 ms.
import * as z from 'zod/mini';
import './zod-locale.js';

export const HttpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const Url = HttpUrl;

export const StatusSourceSchema = z.strictObject({
  kind: z.enum(['statuspage', 'incidentio', 'google-cloud', 'aws-health', 'feed']),
  url: Url,
  /** google-cloud: product ids (preferred) or names to keep. aws-health: service prefix (e.g. "bedrock"). */
  products: z.optional(z.array(z.string())),
  /** aws-health / feeds: region filter, e.g. us-east-1. */
  region: z.optional(z.string()),
});
export type StatusSource = z.infer<typeof StatusSourceSchema>;

export const ModelRefSchema = z.union([
  z.string(),
  z.strictObject({ id: z.string(), name: z.optional(z.string()), match: z.optional(z.array(z.string())) }),
]);

export const ComponentMapSchema = z.strictObject({
  layer: z.optional(z.string()),
  models: z.optional(z.array(z.string())),
});

export const ProviderConfigSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id like "anthropic"')),
  name: z.optional(z.string().check(z.minLength(1))),
  status: z.optional(StatusSourceSchema),
  /** Host of the provider's API, for the default reachability probes. */
  apiHost: z.optional(z.string()),
  models: z.optional(z.array(ModelRefSchema)),
  /** Component id → layer/models. */
  components: z.optional(z.record(z.string(), ComponentMapSchema)),
});
export type ProviderConfig = z.infer<typeof ProviderConfigSchema>;
