// The template context's kinds of decision and its fields from outside, as plain data: what building a context and
// lint's rules need of context.ts without its zod schema (built at load, ~5 ms a draft does not need).

// Decisions that are facts, made once in build-context.ts: a template says each in words by the phrase of that kind
// (phrases/correction/KIND.hbs, phrases/action/CASE.hbs, phrases/error-word/WORD.hbs), never by a chain of ifs.
export const CORRECTION_KINDS = ['none', 'update', 'correction', 'retraction'] as const;
export const ACTION_CASES = [
  'given',
  'investigating',
  'fixing',
  'following-provider-incident',
  'tracking-provider',
  'checking-answers',
  'watching-models',
  'watching-layer',
  'watching-fix',
  'none',
] as const;
/**
 * HTTP kinds named beside their status ("HTTP 529, overloaded"); with no status, the kinds that name a failure alone.
 */
export const HTTP_WORD_KINDS = [
  'overloaded',
  'rate-limited',
  'quota',
  'server-error',
  'bad-gateway',
  'unavailable',
  'gateway-timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'bad-request',
  'timeout',
] as const;
export const BARE_WORD_KINDS = ['timeout', 'dns', 'refused', 'reset', 'tls', 'mismatch', 'connection-error'] as const;
export const ERROR_WORDS = ['http', ...HTTP_WORD_KINDS.map((k) => `http-${k}` as const), ...BARE_WORD_KINDS] as const;

/**
 * Fields whose text comes from outside (operator input, provider text, probe detail):
 * lint's unsafe-html rule flags them in triple-stash.
 */
export const EXTERNAL_FIELDS = [
  'impact.text',
  'impact.reported',
  'impact.past',
  'notes',
  'action.text',
  'dataLoss.text',
  'evidence.lines',
  'models.list',
  'provider.name',
  'provider.incident.name',
  'product.name',
  'product.feature',
];
