// What each template of templates/reasons/ is given, as zod schemas: lint checks their variables against these, and
// the table in templates/README.md documents them.
import * as z from 'zod';
import type { ReasonFacts, ReasonKind } from '../model/reasons.js';
import { REASON_KINDS } from '../model/reasons.js';

const said = (what: string) => z.string().describe(`${what}, said by reasons/probe-list.hbs`);

/** Every field a reason's template may be given; each kind gets the common ones and its own (KIND_FIELDS). */
const fields = () =>
  ({
    kind: z.string().describe("the reason kind (the template's name)|api-errors"),
    layer: z.string().describe('the layer the reason speaks about|provider-api'),
    weight: z.number().describe("how much it adds to the layer's score (negative: it speaks against the layer)|3"),
    provider: z.string().describe("the provider's name, said by reasons/provider.hbs|Anthropic"),
    probes: said('the probes the reason cites'),
    failing: said('the failing probes the reason cites'),
    passing: said('the passing probes the reason cites'),
    page: z.string().describe('the status page\'s name; "" when it has none|Anthropic'),
    indicator: z.string().describe("the status page's indicator|major"),
    count: z.number().describe('how many models fail|2'),
    models: z.array(z.string()).describe("the failing models' ids|claude-opus-4-7"),
    failingModels: z.array(z.string()).describe('the models that fail|claude-opus-4-7'),
    passingModels: z.array(z.string()).describe('the models that succeed|claude-sonnet-4-6'),
    failingOne: z.boolean().describe('exactly one model fails'),
    passingOne: z.boolean().describe('exactly one model succeeds'),
    incident: z
      .object({
        where: z.string().describe("the status page's host, else the provider's name|status.claude.com"),
        name: z.string().describe("the incident's title|Elevated errors on Claude Opus 4.7"),
        status: z.string().describe("the incident's status|investigating"),
        since: z.string().describe('when it started, in UTC; "" when unknown|06:12 UTC'),
      })
      .describe("the provider's incident"),
    first: z.string().describe('the layer ranked first|provider-api'),
    second: z.string().describe('the layer ranked second|model-endpoint'),
  }) as const;

type FieldName = keyof ReturnType<typeof fields>;
const COMMON: readonly FieldName[] = ['kind', 'layer', 'weight', 'provider'];

/** The facts of each kind (src/model/reasons.ts), by field name. */
const KIND_FIELDS: { [K in ReasonKind]: ReadonlyArray<keyof ReasonFacts[K] & FieldName> } = {
  'handler-fails-direct-ok': ['failing', 'passing'],
  'handler-fails-no-direct': ['failing'],
  'rejects-key': ['probes'],
  'refuses-quota': ['probes'],
  'unknown-model': ['probes'],
  'direct-fails-too': ['probes'],
  'incident-open': [],
  offline: [],
  unreachable: ['probes'],
  'no-http-answer': [],
  'status-operational': ['page'],
  'answered-some': ['probes'],
  'reach-mixed': [],
  'api-errors': ['probes'],
  'errors-span-models': ['count', 'models'],
  incident: ['incident'],
  'blames-us': ['probes'],
  'incident-but-direct-ok': ['passing'],
  'incident-unrelated': ['incident'],
  'status-indicator': ['page', 'indicator'],
  'direct-ok': ['passing'],
  'status-quiet': ['page'],
  'models-split': ['failingModels', 'passingModels', 'failingOne', 'passingOne'],
  'models-span': ['models'],
  'answers-fail-checks': ['probes'],
  'canary-passes': ['probes'],
  'no-evidence': [],
  'nothing-failed': [],
  'two-layers': ['first', 'second'],
};

const probeFact = () =>
  z
    .object({
      id: z.string().describe("the probe's id|anthropic-opus"),
      layer: z.string().describe('the layer the probe tests|model-endpoint'),
      ok: z.boolean().describe('the probe passed'),
      what: z.string().describe("the request's target, else the probe's id|POST https://api.anthropic.com/v1/messages"),
      model: z.string().describe('the model, when the target does not name it; "" otherwise|claude-opus-4-7'),
      counted: z.boolean().describe('the probe ran more than one sample'),
      count: z.number().describe('samples that passed (a passing probe) or failed|3'),
      total: z.number().describe('samples run|3'),
      status: z.number().describe('the HTTP status; 0 when none|529'),
      errorType: z.string().describe('the provider\'s error type; "" when none|overloaded_error'),
      outcome: z.string().describe('ok, http-status, timeout, dns, refused, tls, reset, mismatch or error|http-status'),
      httpStatus: z.boolean().describe('it failed with an HTTP status'),
      mismatch: z.boolean().describe('it got an answer that failed its check'),
      timeout: z.boolean().describe('it timed out'),
      check: z.string().describe('why the answer failed its check, as the probe recorded it; "" when not recorded'),
      detail: z.string().describe("the probe's own detail|getaddrinfo ENOTFOUND api.anthropic.com"),
      latencyMs: z.number().describe('how long it took, in ms|5000'),
    })
    .describe('one probe');

/**
 * The schemas, made when first asked for: lint of the embedded set takes the build's scans of these templates and
 * needs none, and building them costs more than a draft's whole render.
 */
function makeSchemas(): ReadonlyMap<string, z.ZodType> {
  const FIELDS = fields();
  const ProbeFactSchema = probeFact();
  return new Map<string, z.ZodType>([
    ...REASON_KINDS.map(
      (k) =>
        [
          `reasons/${k}`,
          z.object(Object.fromEntries([...COMMON, ...KIND_FIELDS[k]].map((f) => [f, FIELDS[f]]))),
        ] as const,
    ),
    ['reasons/probe', ProbeFactSchema],
    [
      'reasons/probe-list',
      z.object({
        lines: z.array(z.string()).describe('each probe, said by reasons/probe.hbs'),
        more: z.number().describe('how many more probes there are|1'),
      }),
    ],
    [
      'reasons/provider',
      z.object({ name: z.string().describe('the provider\'s name; "" when the evidence names none|Anthropic') }),
    ],
    [
      'reasons/seen-probe',
      z.object({
        kind: z.string(),
        ok: z.boolean().describe('the probe passed'),
        probe: ProbeFactSchema,
        line: z.string().describe('the probe, said by reasons/probe.hbs'),
      }),
    ],
    [
      'reasons/seen-status',
      z.object({
        kind: z.string(),
        ok: z.boolean().describe('fully operational (the indicator is none)'),
        name: z.string().describe("the status page's name|Anthropic"),
        error: z.string().describe('why the status is unknown; "" when it was read|timeout'),
        description: z.string().describe("the page's own summary|All Systems Operational"),
        incidents: z
          .array(
            z.object({
              name: z.string().describe("an open incident's title"),
              status: z.string().describe('its status'),
            }),
          )
          .describe('open incidents'),
      }),
    ],
  ]);
}

let schemas: ReadonlyMap<string, z.ZodType> | undefined;
/** The context of each template in templates/reasons/, by name ("reasons/api-errors"). */
export function reasonSchema(name: string): z.ZodType | undefined {
  return (schemas ??= makeSchemas()).get(name);
}
