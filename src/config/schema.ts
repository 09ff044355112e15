// The config file's shape (SPEC §7), as zod schemas; pure, shared by load.ts, init and lint.
import * as z from 'zod';
import { PHASES } from '../model/layers.js';
import { HttpUrl as Url, ProviderConfigSchema } from '../model/provider-schema.js';
import { PublishConfigSchema } from './publish.js';

const Handle = z.string().min(1).max(100);
const Milliseconds = z.number().int().positive().max(600_000);
const Headers = z.record(z.string(), z.string());

export {
  StatusSourceSchema,
  ProviderConfigSchema,
  type StatusSource,
  type ProviderConfig,
} from '../model/provider-schema.js';

const Expect = z.strictObject({
  status: z.array(z.number().int().min(100).max(599)).optional(),
  maxLatencyMs: Milliseconds.optional(),
  /** Dot path into a JSON body, e.g. "content[0].text" or "status". */
  jsonPath: z.string().optional(),
  /** With jsonPath: the value there must equal this (string compare), else it must exist. */
  equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /** Text the body (or the value at jsonPath) must contain. */
  contains: z.string().optional(),
  /** Regular expression the body (or value) must match. */
  matches: z.string().optional(),
});

const HttpProbe = z.strictObject({
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET'),
  url: Url,
  headers: Headers.optional(),
  body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
  expect: Expect.optional(),
});

const HostPort = z.strictObject({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).optional(),
  /** tls: warn when the certificate expires within this many days. */
  minValidDays: z.number().int().nonnegative().optional(),
  servername: z.string().optional(),
});

const LlmCanary = z.strictObject({
  api: z.enum(['anthropic', 'openai']),
  /** Base URL; defaults to the provider's public API. */
  baseUrl: Url.optional(),
  apiKey: z.string().optional(),
  model: z.string().min(1),
  prompt: z.string().min(1).default('Reply with the single word: pong'),
  maxTokens: z.number().int().positive().max(256).default(16),
  headers: Headers.optional(),
  expect: z
    .strictObject({ contains: z.string().optional(), matches: z.string().optional() })
    .default({ contains: 'pong' }),
});

const Prometheus = z.strictObject({
  url: Url,
  /** PromQL label selector, e.g. {job="blackbox"}. */
  selector: z.string().default(''),
  headers: Headers.optional(),
  /** Map series to layers: the first rule whose labels all match wins. */
  layers: z
    .array(
      z.strictObject({
        match: z.record(z.string(), z.string()),
        layer: z.string(),
        provider: z.string().optional(),
        model: z.string().optional(),
      }),
    )
    .default([]),
  /** Label whose value becomes the result id suffix (default: instance). */
  idLabel: z.string().default('instance'),
});

const EvidenceSource = z.strictObject({
  /** A file path or an http(s) URL of an evidence document. */
  from: z.string().min(1),
});

const ProbeBase = {
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected an id of letters, digits, ".", "_" or "-"'),
  layer: z.string(),
  provider: z.string().optional(),
  model: z.string().optional(),
  timeoutMs: Milliseconds.optional(),
  samples: z.number().int().min(1).max(20).optional(),
  description: z.string().optional(),
};

export const ProbeConfigSchema = z
  .strictObject({
    ...ProbeBase,
    http: HttpProbe.optional(),
    dns: HostPort.optional(),
    tcp: HostPort.optional(),
    tls: HostPort.optional(),
    'llm-canary': LlmCanary.optional(),
    prometheus: Prometheus.optional(),
    evidence: EvidenceSource.optional(),
  })
  .superRefine((p, ctx) => {
    const kinds = PROBE_KINDS.filter((k) => p[k] !== undefined);
    if (kinds.length !== 1)
      ctx.addIssue({
        code: 'custom',
        message:
          kinds.length === 0
            ? `a probe needs exactly one of ${PROBE_KINDS.join(', ')}`
            : `a probe has exactly one kind, found ${kinds.join(' and ')}`,
      });
  });
export const PROBE_KINDS = ['http', 'dns', 'tcp', 'tls', 'llm-canary', 'prometheus', 'evidence'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];
export type ProbeConfig = z.infer<typeof ProbeConfigSchema>;

export const LayerConfigSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().optional(),
  short: z.string().optional(),
  notAffected: z.string().optional(),
  notAffectedResolved: z.string().optional(),
  notAffectedShort: z.string().optional(),
  evidence: z.string().optional(),
  providerLayer: z.boolean().optional(),
  phases: z.array(z.enum(PHASES)).optional(),
  /**
   * What the team does when this layer fails, said while it is failing ("We retry failed requests on another model.").
   */
  mitigation: z.string().max(500).optional(),
});

const Severity = z.enum(['off', 'warning', 'error']);

export const ConfigSchema = z.strictObject({
  product: z
    .strictObject({
      /** Until it is set, draft asks for it (or takes --product). */
      name: z.string().min(1).optional(),
      feature: z.string().min(1).optional(),
      /** IANA time zone for the product's audience, e.g. Europe/Berlin. */
      timeZone: z.string().optional(),
      statusUrl: Url.optional(),
      /** Our own status page's components that an incident marks (Statuspage component ids). */
      components: z.array(z.strictObject({ id: z.string(), name: z.string() })).optional(),
    })
    .optional(),
  templates: z.string().optional(),
  out: z.string().optional(),
  providers: z.array(ProviderConfigSchema).optional(),
  probes: z.array(ProbeConfigSchema).optional(),
  layers: z.array(LayerConfigSchema).optional(),
  channels: z
    .strictObject({
      enabled: z.array(z.string()).optional(),
      mastodon: z
        .strictObject({ limit: z.number().int().positive().max(100_000).optional(), handle: Handle.optional() })
        .optional(),
      // The accounts the posts go out from, shown on the review page (none: the product name alone).
      x: z.strictObject({ handle: Handle.optional() }).optional(),
      bluesky: z.strictObject({ handle: Handle.optional() }).optional(),
      threads: z.strictObject({ handle: Handle.optional() }).optional(),
      linkedin: z.strictObject({ handle: Handle.optional() }).optional(),
    })
    .optional(),
  lint: z
    .strictObject({
      rules: z.record(z.string(), Severity).optional(),
      vaguePhrases: z.array(z.string()).optional(),
    })
    .optional(),
  /** Evidence older than this many minutes is said before drafting (default 15). */
  evidenceMaxAgeMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .optional(),
  /** Per-source timeout for status pages. */
  timeoutMs: Milliseconds.optional(),
  /** Probe defaults. */
  probeTimeoutMs: Milliseconds.optional(),
  concurrency: z.number().int().min(1).max(256).optional(),
  deadlineSeconds: z.number().positive().max(600).optional(),
  /** `layerpost watch`: its interval and when it tells the operator the story moved (flags override each). */
  watch: z
    .strictObject({
      intervalSeconds: z.number().min(0.1).max(3600).optional(),
      recoveredRounds: z.number().int().min(1).max(1000).optional(),
      resolvedAfterMinutes: z.number().min(0).max(1440).optional(),
      dueWarningMinutes: z.number().min(0).max(1440).optional(),
      keepRounds: z.number().int().min(1).max(100_000).optional(),
      unreachableLimitMinutes: z.number().min(0).max(1440).optional(),
    })
    .optional(),
  /**
   * Header names that carry a credential besides the built-in list (never sent across origins, their values redacted,
   * literals refused).
   */
  credentialHeaders: z.array(z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'expected a header name')).optional(),
  /**
   * Allow self-signed certificates for these hosts ("host" or "host:port") only, decided for each redirect hop (never
   * global).
   */
  insecureHosts: z.array(z.string()).optional(),
  /** Destinations for approved drafts (layerpost publish). */
  publish: PublishConfigSchema.optional(),
});
export type Config = z.infer<typeof ConfigSchema>;
