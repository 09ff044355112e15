// Building ProbeResults: the common fields, classified failures, provider error bodies and short redacted details.
import type { ProbeConfig } from '../../config/schema.js';
import type { Outcome, ProbeResult } from '../../model/evidence.js';
import { classify, htmlTitle, NetError, redactedSnippet } from '../../platform/http.js';
import { redact } from '../../platform/secrets.js';
import { outsideDeep, outsideText } from '../../text/sanitize.js';

export type ResultBase = Pick<ProbeResult, 'id' | 'layer' | 'provider' | 'model' | 'kind' | 'target'>;

export function resultBase(probe: ProbeConfig, kind: string, target: string): ResultBase {
  const base: ResultBase = { id: probe.id, layer: probe.layer, kind, target: redact(target) };
  if (probe.provider) base.provider = probe.provider;
  if (probe.model) base.model = probe.model;
  return base;
}

export function finish(
  base: ResultBase,
  outcome: Outcome,
  latencyMs: number,
  detail: string,
  extra: Partial<
    Pick<ProbeResult, 'status' | 'errorType' | 'failedCheck' | 'indicates' | 'observedAt' | 'source'>
  > = {},
): ProbeResult {
  const r: ProbeResult = {
    ...base,
    ok: outcome === 'ok',
    outcome,
    latencyMs: Math.max(0, Math.round(latencyMs)),
    detail: redact(detail),
  };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (r as Record<string, unknown>)[k] = v;
  if (r.failedCheck !== undefined) r.failedCheck = redact(r.failedCheck);
  // A detail quotes what a server answered, an error type is the server's word: outside text, made safe here.
  return outsideDeep(r);
}

/** A thrown network or abort error as a result; `what` says what was attempted ("GET /health"). */
export function failure(
  base: ResultBase,
  err: unknown,
  latencyMs: number,
  what: string,
  bound?: { signal?: AbortSignal; timeout?: AbortSignal; timeoutMs?: number },
): ProbeResult {
  const e = err instanceof NetError ? err : classify(err, bound?.signal, bound?.timeout, bound?.timeoutMs);
  return finish(base, e.outcome, latencyMs, `${what}: ${e.message}`);
}

/** Redact first, then shorten: a secret cut in half by truncation would no longer match. */
export function snippet(text: string, max = 120): string {
  return redactedSnippet(outsideText(redact(text)), max);
}

export interface ProviderError {
  type?: string;
  message?: string;
}

/**
 * The error type and message of a provider's error body: Anthropic `{type:"error", error:{type, message}}`,
 * OpenAI `{error:{message, type, code}}` (the code is the more specific, e.g. rate_limit_exceeded),
 * Google `{error:{code:429, status:"RESOURCE_EXHAUSTED", message}}`.
 */
export function providerError(body: unknown): ProviderError | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const err = (body as { error?: unknown }).error;
  if (typeof err === 'string') return { message: err };
  if (!err || typeof err !== 'object') return undefined;
  const e = err as { type?: unknown; code?: unknown; status?: unknown; message?: unknown };
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && !/^\d+$/.test(v) ? v : undefined);
  const type = str(e.code) ?? str(e.type) ?? str(e.status);
  const message = typeof e.message === 'string' ? e.message : undefined;
  if (!type && !message) return undefined;
  return { ...(type ? { type } : {}), ...(message ? { message } : {}) };
}

export function parseMaybeJson(text: string): unknown {
  const t = text.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

/**
 * "POST /v1/messages (claude-opus-4-7)": what a detail line names, without query or userinfo (they may hold secrets);
 * `withHost` for a failure to reach the server (DNS, refused, TLS), where the host is the fact: "GET acme.example/health".
 */
export function requestLabel(method: string, url: string, model?: string, withHost = false): string {
  let path = url;
  try {
    const u = new URL(url);
    path = withHost ? `${u.host}${u.pathname}` : u.pathname;
  } catch {
    /* keep as given */
  }
  return `${method} ${path}${model ? ` (${model})` : ''}`;
}

/** "→ 529 overloaded_error: Overloaded" for an error answer. */
export function statusPhrase(status: number, text: string): { phrase: string; errorType?: string } {
  const pe = providerError(parseMaybeJson(text));
  if (pe)
    return {
      phrase: `${status}${pe.type ? ` ${pe.type}` : ''}${pe.message ? `: ${snippet(pe.message, 100)}` : ''}`,
      errorType: pe.type,
    };
  // An HTML error page is described by its title, not its markup.
  const title = /^\s*</.test(text) ? htmlTitle(text) : undefined;
  if (title) return { phrase: `${status}: HTML page "${snippet(title, 80)}"` };
  const body = snippet(text, 80);
  return { phrase: `${status}${body ? `: ${body}` : ''}` };
}
