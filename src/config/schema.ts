// The config file's shape (SPEC §7), as zod schemas; pure, shared by load.ts, init and lint. zod/mini: the same checks
// and messages as zod's classic API, without its methods on every schema (loading this cost a draft ~4 ms).
import * as z from 'zod/mini';
import '../model/zod-locale.js';
import { PHASES } from '../model/layers.js';
import { HttpUrl as Url, ProviderConfigSchema } from '../model/provider-schema.js';
import { PublishConfigSchema } from './publish.js';

const Handle = z.string().check(z.minLength(1), z.maxLength(100));
const Milliseconds = z.number().check(z.int(), z.positive(), z.lte(600_000));
const Headers = z.record(z.string(), z.string());

export {
  StatusSourceSchema,
  ProviderConfigSchema,
  type StatusSource,
  type ProviderConfig,
} from '../model/provider-schema.js';

const Expect = z.strictObject({
  status: z.optional(z.array(z.number().check(z.int(), z.gte(100), z.lte(599)))),
  maxLatencyMs: z.optional(Milliseconds),
  /** Dot path into a JSON body, e.g. "content[0].text" or "status". */
  jsonPath: z.optional(z.string()),
  /** With jsonPath: the value there must equal this (string compare), else it must exist. */
  equals: z.optional(z.union([z.string(), z.number(), z.boolean()])),
  /** Text the body (or the value at jsonPath) must contain. */
  contains: z.optional(z.string()),
  /** Regular expression the body (or value) must match. */
  matches: z.optional(z.string()),
});

const HttpProbe = z.strictObject({
  method: z._default(z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']), 'GET'),
  url: Url,
  headers: z.optional(Headers),
  body: z.optional(z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())])),
  expect: z.optional(Expect),
});

const HostPort = z.strictObject({
  host: z.string().check(z.minLength(1)),
  port: z.optional(z.number().check(z.int(), z.gte(1), z.lte(65535))),
  /** tls: warn when the certificate expires within this many days. */
  minValidDays: z.optional(z.number().check(z.int(), z.nonnegative())),
  servername: z.optional(z.string()),
});

const LlmCanary = z.strictObject({
  api: z.enum(['anthropic', 'openai']),
  /** Base URL; defaults to the provider's public API. */
  baseUrl: z.optional(Url),
  apiKey: z.optional(z.string()),
  model: z.string().check(z.minLength(1)),
  prompt: z._default(z.string().check(z.minLength(1)), 'Reply with the single word: pong'),
  maxTokens: z._default(z.number().check(z.int(), z.positive(), z.lte(256)), 16),
  headers: z.optional(Headers),
  expect: z._default(z.strictObject({ contains: z.optional(z.string()), matches: z.optional(z.string()) }), {
    contains: 'pong',
  }),
});

const Prometheus = z.strictObject({
  url: Url,
  /** PromQL label selector, e.g. {job="blackbox"}. */
  selector: z._default(z.string(), ''),
  headers: z.optional(Headers),
  /** Map series to layers: the first rule whose labels all match wins. */
  layers: z._default(
    z.array(
      z.strictObject({
        match: z.record(z.string(), z.string()),
        layer: z.string(),
        provider: z.optional(z.string()),
        model: z.optional(z.string()),
      }),
    ),
    [],
  ),
  /** Label whose value becomes the result id suffix (default: instance). */
  idLabel: z._default(z.string(), 'instance'),
});

const EvidenceSource = z.strictObject({
  /** A file path or an http(s) URL of an evidence document. */
  from: z.string().check(z.minLength(1)),
});

const ProbeBase = {
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected an id of letters, digits, ".", "_" or "-"')),
  layer: z.string(),
  provider: z.optional(z.string()),
  model: z.optional(z.string()),
  timeoutMs: z.optional(Milliseconds),
  samples: z.optional(z.number().check(z.int(), z.gte(1), z.lte(20))),
  description: z.optional(z.string()),
};

export const ProbeConfigSchema = z
  .strictObject({
    ...ProbeBase,
    http: z.optional(HttpProbe),
    dns: z.optional(HostPort),
    tcp: z.optional(HostPort),
    tls: z.optional(HostPort),
    'llm-canary': z.optional(LlmCanary),
    prometheus: z.optional(Prometheus),
    evidence: z.optional(EvidenceSource),
  })
  .check(
    z.superRefine((p, ctx) => {
      const kinds = PROBE_KINDS.filter((k) => p[k] !== undefined);
      if (kinds.length !== 1)
        ctx.addIssue({
          code: 'custom',
          message:
            kinds.length === 0
              ? `a probe needs exactly one of ${PROBE_KINDS.join(', ')}`
              : `a probe has exactly one kind, found ${kinds.join(' and ')}`,
        });
    }),
  );
export const PROBE_KINDS = ['http', 'dns', 'tcp', 'tls', 'llm-canary', 'prometheus', 'evidence'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];
export type ProbeConfig = z.infer<typeof ProbeConfigSchema>;

export const LayerConfigSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  name: z.optional(z.string()),
  short: z.optional(z.string()),
  notAffected: z.optional(z.string()),
  notAffectedResolved: z.optional(z.string()),
  notAffectedShort: z.optional(z.string()),
  evidence: z.optional(z.string()),
  providerLayer: z.optional(z.boolean()),
  phases: z.optional(z.array(z.enum(PHASES))),
  /**
   * What the team does when this layer fails, said while it is failing ("We retry failed requests on another model.").
   */
  mitigation: z.optional(z.string().check(z.maxLength(500))),
});

const Severity = z.enum(['off', 'warning', 'error']);

export const ConfigSchema = z.strictObject({
  product: z.optional(
    z.strictObject({
      /** Until it is set, draft asks for it (or takes --product). */
      name: z.optional(z.string().check(z.minLength(1))),
      feature: z.optional(z.string().check(z.minLength(1))),
      /** IANA time zone for the product's audience, e.g. Europe/Berlin. */
      timeZone: z.optional(z.string()),
      statusUrl: z.optional(Url),
      /** Our own status page's components that an incident marks (Statuspage component ids). */
      components: z.optional(z.array(z.strictObject({ id: z.string(), name: z.string() }))),
    }),
  ),
  templates: z.optional(z.string()),
  out: z.optional(z.string()),
  providers: z.optional(z.array(ProviderConfigSchema)),
  probes: z.optional(z.array(ProbeConfigSchema)),
  layers: z.optional(z.array(LayerConfigSchema)),
  channels: z.optional(
    z.strictObject({
      enabled: z.optional(z.array(z.string())),
      mastodon: z.optional(
        z.strictObject({
          limit: z.optional(z.number().check(z.int(), z.positive(), z.lte(100_000))),
          handle: z.optional(Handle),
        }),
      ),
      // The accounts the posts go out from, shown on the review page (none: the product name alone).
      x: z.optional(z.strictObject({ handle: z.optional(Handle) })),
      bluesky: z.optional(z.strictObject({ handle: z.optional(Handle) })),
      threads: z.optional(z.strictObject({ handle: z.optional(Handle) })),
      linkedin: z.optional(z.strictObject({ handle: z.optional(Handle) })),
    }),
  ),
  lint: z.optional(
    z.strictObject({
      rules: z.optional(z.record(z.string(), Severity)),
      vaguePhrases: z.optional(z.array(z.string())),
    }),
  ),
  /** Evidence older than this many minutes is said before drafting (default 15). */
  evidenceMaxAgeMinutes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(7 * 24 * 60))),
  /** Per-source timeout for status pages. */
  timeoutMs: z.optional(Milliseconds),
  /** Probe defaults. */
  probeTimeoutMs: z.optional(Milliseconds),
  concurrency: z.optional(z.number().check(z.int(), z.gte(1), z.lte(256))),
  deadlineSeconds: z.optional(z.number().check(z.positive(), z.lte(600))),
  /** `layerpost watch`: its interval and when it tells the operator the story moved (flags override each). */
  watch: z.optional(
    z.strictObject({
      intervalSeconds: z.optional(z.number().check(z.gte(0.1), z.lte(3600))),
      recoveredRounds: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000))),
      resolvedAfterMinutes: z.optional(z.number().check(z.gte(0), z.lte(1440))),
      dueWarningMinutes: z.optional(z.number().check(z.gte(0), z.lte(1440))),
      keepRounds: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100_000))),
      unreachableLimitMinutes: z.optional(z.number().check(z.gte(0), z.lte(1440))),
    }),
  ),
  /**
   * Header names that carry a credential besides the built-in list (never sent across origins, their values redacted,
   * literals refused).
   */
  credentialHeaders: z.optional(
    z.array(z.string().check(z.regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'expected a header name'))),
  ),
  /**
   * Allow self-signed certificates for these hosts ("host" or "host:port") only, decided for each redirect hop (never
   * global).
   */
  insecureHosts: z.optional(z.array(z.string())),
  /** Destinations for approved drafts (layerpost publish). */
  publish: z.optional(PublishConfigSchema),
});
export type Config = z.infer<typeof ConfigSchema>;
