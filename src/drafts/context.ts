// The template context: facts only (names, layer, errors, times, answers), as one zod schema that rendering builds,
// lint checks variable paths against and templates/README.md documents. Every word a reader sees is a template.
import * as z from 'zod';
import { camel, ERROR_KINDS, LAYER_IDS, PHASES } from '../model/layers.js';
import { ACTION_CASES, CORRECTION_KINDS, ERROR_WORDS } from './context-kinds.js';

export { ERROR_KINDS, type ErrorKind } from '../model/layers.js';

// The words of the decisions and the external fields live in plain data (context-kinds.ts): the draft reads them
// without building this schema, which only lint's variable check and the documentation need.
export {
  ACTION_CASES,
  BARE_WORD_KINDS,
  CORRECTION_KINDS,
  ERROR_WORDS,
  EXTERNAL_FIELDS,
  HTTP_WORD_KINDS,
} from './context-kinds.js';

/**
 * The schema, made when first asked for (templateContextSchema): building it costs more than a draft's whole render,
 * and only lint's variable check without the build's scans and the documentation need it.
 */
function makeSchema() {
  const Time = z
    .object({
      iso: z.string().describe('ISO 8601 instant|2026-05-14T14:30:00.000Z'),
      utc: z.string().describe('clock time in UTC|14:30 UTC'),
      local: z.string().describe("clock time in the product's time zone (the same as utc when that is UTC)|16:30 CEST"),
      both: z.string().describe('UTC, and local time when the zone is not UTC|14:30 UTC (16:30 CEST)'),
    })
    .describe('a time');

  const Flags = <T extends readonly string[]>(ids: T, what: string) =>
    z.object(
      Object.fromEntries(ids.map((id) => [camel(id), z.boolean().describe(`true when ${what} is ${id}`)])) as Record<
        string,
        z.ZodBoolean
      >,
    );

  const LayerRef = (what: string) =>
    z.object({
      id: z.string().describe(`the ${what} layer's id|provider-api`),
      providerLayer: z.boolean().describe(`the ${what} layer is the provider's (drafts name the provider)`),
      ourSide: z.boolean().describe(`the ${what} layer is on our side (our integration or our network)`),
      is: Flags(LAYER_IDS, `the ${what} layer`),
    });

  return z.object({
    product: z.object({
      name: z.string().describe('our product|Acme Notes'),
      feature: z
        .string()
        .describe('what users call the AI part of it (the product name when none is configured)|Acme AI'),
      statusUrl: z.string().describe('our status page, or ""|https://status.acme.example'),
    }),
    incident: z.object({
      id: z.string().describe("the incident's id|inc-2026-05-14"),
      update: z.number().int().positive().describe('1 for the first update, 2 for the next …|2'),
      isFollowUp: z.boolean().describe('update is 2 or more'),
      startedAt: Time.describe(
        'when the incident started: --started, else the first evidence with a failing probe, else the first update',
      ),
      endedAt: Time.describe(
        "when it was fixed: --resolved-at, else the first evidence with every probe passing, else this update's time",
      ),
      sameMinute: z
        .boolean()
        .describe('startedAt and endedAt show the same minute: say when it was fixed, not "from 14:02 to 14:02"'),
    }),
    phase: z.object({
      id: z.enum(PHASES).describe("this update's phase|monitoring"),
      past: z
        .boolean()
        .describe('the fault is no longer happening (monitoring, resolved): say what was failing in the past tense'),
      is: Flags(PHASES, 'the phase'),
    }),
    layer: LayerRef('published').extend({
      name: z
        .string()
        .describe(
          "a team's own layer's plain name from config, else the layer id (words are phrases/layer-name/)|provider-api",
        ),
    }),
    provider: z.object({
      id: z.string().describe('the provider\'s id, or ""|anthropic'),
      name: z.string().describe('the provider\'s plain name, or "" when none is named|Anthropic'),
      named: z.boolean().describe('name is not empty'),
      statusUrl: z.string().describe('the provider\'s status page, or ""|https://status.claude.com'),
      incident: z.object({
        open: z
          .boolean()
          .describe('the evidence holds an open incident of this provider (only then may a draft mention it)'),
        name: z.string().describe('its title, or ""|Elevated errors on Claude Opus 4.7'),
        status: z.string().describe('its status on the provider\'s page, or ""|investigating'),
        url: z.string().describe('its page, or ""|https://status.claude.com/incidents/abc'),
      }),
    }),
    models: z.object({
      list: z
        .array(
          z.object({
            id: z.string().describe('model id|claude-opus-4-7'),
            name: z.string().describe('display name (the id when unknown)|Claude Opus 4.7'),
          }),
        )
        .describe('affected models'),
      any: z.boolean().describe('list is not empty'),
      count: z.number().int().nonnegative().describe('how many|1'),
    }),
    impact: z.object({
      text: z
        .string()
        .describe(
          'the operator\'s sentence on users\' impact for this phase, or "" (templates then say it)|Search is failing for customers in the UAE.',
        ),
      given: z.boolean().describe('text is not empty'),
      reported: z
        .string()
        .describe(
          'the impact the operator gave while the fault was happening, carried to later updates, or ""|Search is failing for customers in the UAE.',
        ),
      past: z
        .string()
        .describe(
          'the widest impact the operator stated while the fault was happening, in the past tense, or "" when none was stated or it cannot be put in the past safely|Search was failing for customers in the UAE.',
        ),
      level: z.enum(['none', 'minor', 'major', 'critical']).describe('severity for our status page|major'),
    }),
    evidence: z.object({
      errors: z
        .array(
          z.object({
            status: z.number().int().nonnegative().describe('HTTP status, or 0 when none was received|529'),
            kind: z.enum(ERROR_KINDS).describe('what kind of failure|overloaded'),
            is: Flags(ERROR_KINDS, 'the kind'),
            word: z
              .enum(ERROR_WORDS)
              .describe(
                'which words name it (phrases/error-word/WORD.hbs): http-KIND with a status, http when the kind has no word beside one; without a status the kind (timeout, dns, refused, reset, tls, mismatch), else connection-error|http-overloaded',
              ),
          }),
        )
        .describe('the failures that support the published layer, most frequent first (at most two)'),
      anyErrors: z.boolean().describe('errors is not empty'),
      lines: z
        .array(z.string())
        .describe(
          'operator-facing evidence lines that support the published layer (internal channels only)|3/3 POST /v1/messages (claude-opus-4-7) → 529 overloaded_error',
        ),
      takenAt: Time.describe('when the evidence was taken'),
    }),
    action: z.object({
      text: z
        .string()
        .describe(
          'what we are doing, from the operator or the layer\'s mitigation in config, or ""|We switched requests to our West US deployment.',
        ),
      given: z.boolean().describe('text is not empty'),
      case: z
        .enum(ACTION_CASES)
        .describe(
          "what phrases/action/CASE.hbs says: given (the text); else by phase and layer: investigating; identified: fixing (ours or no provider), following-provider-incident, tracking-provider; monitoring: checking-answers (model-quality), watching-models (model-endpoint with models), watching-layer (the provider's), watching-fix (ours); none at resolved|tracking-provider",
        ),
    }),
    now: Time.describe("this update's time"),
    nextUpdate: z.object({
      has: z.boolean().describe('a next update is promised (every phase but resolved)'),
      minutes: z.number().int().nonnegative().describe('minutes from now|30'),
      at: Time,
    }),
    previous: z.object({
      has: z.boolean().describe('this is a follow-up'),
      layer: LayerRef('previously published').extend({
        name: z.string().describe('its plain name from config, else its id, or ""|provider-api'),
      }),
      phase: z.object({
        id: z.string().describe('the previous update\'s phase, or ""|identified'),
        is: Flags(PHASES, 'the previous phase'),
      }),
    }),
    correction: z.object({
      has: z
        .boolean()
        .describe('the published layer changed since the previous update: this update corrects it (once)'),
      kind: z
        .enum(CORRECTION_KINDS)
        .describe(
          'which change phrases/correction/KIND.hbs says: update (the earlier cause was unknown), retraction (a cause named earlier is now unknown), correction (one cause for another), none when has is false|correction',
        ),
    }),
    dataLoss: z.object({
      text: z.string().describe('the operator\'s word on data loss at resolved, or ""|No data was lost.'),
      given: z.boolean().describe('text is not empty'),
    }),
    notes: z.string().describe('the operator\'s free text, or ""|We have paused scheduled summaries.'),
  });
}

let schema: ReturnType<typeof makeSchema> | undefined;
/** The template context's zod schema. */
export function templateContextSchema(): ReturnType<typeof makeSchema> {
  return (schema ??= makeSchema());
}
export type TemplateContext = z.infer<ReturnType<typeof makeSchema>>;
export type ErrorFact = TemplateContext['evidence']['errors'][number];
