// The `llm-canary` probe: a tiny prompt in the provider's real API format (Anthropic Messages, OpenAI Chat
// Completions), answer checked.
import type { ProbeConfig } from '../../config/schema.js';
import type { ProbeResult } from '../../model/evidence.js';
import type { ProbeContext } from './types.js';
import { checkText } from './expect.js';
import { exchange, lowerKeys, matchBudget, USER_AGENT } from './http.js';
import { finish, parseMaybeJson, requestLabel, resultBase, snippet, statusPhrase, type ResultBase } from './result.js';

type Canary = NonNullable<ProbeConfig['llm-canary']>;

export const ANTHROPIC_VERSION = '2023-06-01';
const DEFAULT_BASE = { anthropic: 'https://api.anthropic.com', openai: 'https://api.openai.com' } as const;
/** The key used when a canary names none; resolved (and redacted) like any other reference. */
export const DEFAULT_KEY_REF = { anthropic: '${ANTHROPIC_API_KEY}', openai: '${OPENAI_API_KEY}' } as const;

/** Endpoint URL for a base that may or may not already end in /v1. */
export function canaryUrl(api: Canary['api'], baseUrl?: string): string {
  const base = (baseUrl ?? DEFAULT_BASE[api]).replace(/\/+$/, '');
  const v1 = /\/v1$/.test(base) ? base : `${base}/v1`;
  return `${v1}${api === 'anthropic' ? '/messages' : '/chat/completions'}`;
}

export function canaryRequest(c: Canary): { url: string; headers: Record<string, string>; body: string } {
  const key = c.apiKey ?? '';
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, 'content-type': 'application/json' };
  if (c.api === 'anthropic') {
    if (key) headers['x-api-key'] = key;
    headers['anthropic-version'] = ANTHROPIC_VERSION;
  } else if (key) headers['authorization'] = `Bearer ${key}`;
  Object.assign(headers, lowerKeys(c.headers));
  const messages = [{ role: 'user', content: c.prompt }];
  const body =
    c.api === 'anthropic'
      ? { model: c.model, max_tokens: c.maxTokens, messages }
      : // max_completion_tokens: the current models refuse max_tokens.
        { model: c.model, max_completion_tokens: c.maxTokens, messages };
  return { url: canaryUrl(c.api, c.baseUrl), headers, body: JSON.stringify(body) };
}

/** The answer text of a 200, or why the body is not an answer in this API's format. */
export function answerText(api: Canary['api'], body: unknown): { text: string; stop?: string } | { error: string } {
  if (!body || typeof body !== 'object') return { error: 'not JSON' };
  if (api === 'anthropic') {
    const b = body as { type?: unknown; content?: unknown; stop_reason?: unknown };
    if (!Array.isArray(b.content)) return { error: 'no "content" array (not a Messages API answer)' };
    const text = b.content
      .filter(
        (p): p is { type: 'text'; text: string } =>
          !!p &&
          typeof p === 'object' &&
          (p as { type?: unknown }).type === 'text' &&
          typeof (p as { text?: unknown }).text === 'string',
      )
      .map((p) => p.text)
      .join('');
    return { text, stop: typeof b.stop_reason === 'string' ? b.stop_reason : undefined };
  }
  const choice = (body as { choices?: unknown }).choices;
  if (!Array.isArray(choice) || !choice[0] || typeof choice[0] !== 'object')
    return { error: 'no "choices" (not a Chat Completions answer)' };
  const c0 = choice[0] as { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown };
  const content = c0.message?.content;
  const text =
    typeof content === 'string' ? content : typeof c0.message?.refusal === 'string' ? c0.message.refusal : '';
  return { text, stop: typeof c0.finish_reason === 'string' ? c0.finish_reason : undefined };
}

/**
 * The layer a canary result is evidence for when that differs from the layer it declares (SPEC §2): a wrong
 * answer to a 200 is model-quality evidence; an error status or a network fault is evidence about the API or
 * the path to it, never about the answers' quality.
 */
export function canaryIndicates(r: ProbeResult, declared: string): string | undefined {
  let layer: string | undefined;
  if (r.outcome === 'mismatch') layer = 'model-quality';
  else if (r.outcome === 'ok' || declared !== 'model-quality') layer = undefined;
  else if (r.outcome === 'dns' || r.outcome === 'refused' || r.outcome === 'tls') layer = 'network';
  else if (r.outcome === 'http-status' && r.status !== undefined && r.status >= 400 && r.status < 429)
    layer = 'integration';
  else layer = 'provider-api';
  return layer && layer !== declared ? layer : undefined;
}

export async function llmCanaryProbe(probe: ProbeConfig, ctx: ProbeContext): Promise<ProbeResult> {
  const c = probe['llm-canary']!;
  const req = canaryRequest(c);
  const model = c.model;
  const base: ResultBase = { ...resultBase(probe, 'llm-canary', `POST ${req.url}`), model: probe.model ?? model };
  const r = await exchange(
    base,
    ctx,
    { method: 'POST', url: req.url, headers: req.headers, body: req.body, model },
    (status, text, latencyMs) => judgeCanary(base, c, req.url, status, text, latencyMs, matchBudget(ctx)),
  );
  const indicates = canaryIndicates(r, probe.layer);
  return indicates ? { ...r, indicates } : r;
}

export function judgeCanary(
  base: ResultBase,
  c: Canary,
  url: string,
  status: number,
  text: string,
  latencyMs: number,
  budgetMs?: number,
): ProbeResult {
  const label = requestLabel('POST', url, c.model);
  if (status !== 200) {
    const { phrase, errorType } = statusPhrase(status, text);
    return finish(base, 'http-status', latencyMs, `${label} → ${phrase}`, { status, errorType });
  }
  const answer = answerText(c.api, parseMaybeJson(text));
  if ('error' in answer)
    return finish(base, 'error', latencyMs, `${label} → 200 but ${answer.error}: "${snippet(text, 60)}"`, { status });
  if (!answer.text.trim() && (answer.stop === 'max_tokens' || answer.stop === 'length'))
    // A reasoning model can spend the whole budget before writing: that is our setting, not the model's quality.
    return finish(
      base,
      'error',
      latencyMs,
      `${label} → 200 with no text before the ${c.maxTokens}-token limit (${answer.stop}); raise maxTokens`,
      { status },
    );
  const wrong = checkText(c.expect, answer.text, undefined, undefined, budgetMs);
  if (wrong) {
    const failedCheck = `the answer failed its check: ${wrong}`;
    return finish(base, 'mismatch', latencyMs, `${label} → 200 but ${failedCheck}`, { status, failedCheck });
  }
  return finish(base, 'ok', latencyMs, `${label} → 200 "${snippet(answer.text, 40)}" in ${Math.round(latencyMs)} ms`, {
    status,
  });
}
