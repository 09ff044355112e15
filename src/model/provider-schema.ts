// A provider's entry as config and the catalogue write it: its status source, models and component map (zod, pure).
import * as z from 'zod';

export const HttpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const Url = HttpUrl;

export const StatusSourceSchema = z.strictObject({
  kind: z.enum(['statuspage', 'incidentio', 'google-cloud', 'aws-health', 'feed']),
  url: Url,
  /** google-cloud: product ids (preferred) or names to keep. aws-health: service prefix (e.g. "bedrock"). */
  products: z.array(z.string()).optional(),
  /** aws-health / feeds: region filter, e.g. us-east-1. */
  region: z.string().optional(),
});
export type StatusSource = z.infer<typeof StatusSourceSchema>;

export const ModelRefSchema = z.union([
  z.string(),
  z.strictObject({ id: z.string(), name: z.string().optional(), match: z.array(z.string()).optional() }),
]);

export const ComponentMapSchema = z.strictObject({
  layer: z.string().optional(),
  models: z.array(z.string()).optional(),
});

export const ProviderConfigSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id like "anthropic"'),
  name: z.string().min(1).optional(),
  status: StatusSourceSchema.optional(),
  /** Host of the provider's API, for the default reachability probes. */
  apiHost: z.string().optional(),
  models: z.array(ModelRefSchema).optional(),
  /** Component id → layer/models. */
  components: z.record(z.string(), ComponentMapSchema).optional(),
});
export type ProviderConfig = z.infer<typeof ProviderConfigSchema>;
