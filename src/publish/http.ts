// The destinations' one HTTP call: bounded, never retried here, its result sorted into sent / refused / unknown /
// rate-limited.
import { httpRequest, NetError } from '../platform/http.js';
import { redact } from '../platform/secrets.js';
import { terminalLine } from '../text/sanitize.js';
import type { Outcome } from './types.js';

export interface Call {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export type Answer =
  | { kind: 'response'; status: number; headers: Record<string, string>; text: string; json: unknown }
  | { kind: 'net'; outcome: string; message: string };

export type Send = (call: Call) => Promise<Answer>;

export function httpSender(timeoutMs: number, signal?: AbortSignal): Send {
  return async (call) => {
    try {
      const res = await httpRequest(call.url, {
        method: call.method,
        headers: call.headers,
        body: call.body,
        timeoutMs,
        retry: false,
        maxRedirects: 0,
        maxBytes: 2 * 1024 * 1024,
        signal,
      });
      const text = res.body.toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { kind: 'response', status: res.status, headers: res.headers, text, json };
    } catch (err) {
      if (err instanceof NetError) return { kind: 'net', outcome: err.outcome, message: err.message };
      throw err;
    }
  };
}

/** A short, safe excerpt of what a server said. */
export function said(a: Answer): string {
  if (a.kind === 'net') return a.message;
  const j = a.json as { error?: unknown; message?: unknown; error_description?: unknown } | undefined;
  const msg =
    j && typeof j === 'object'
      ? [j.error, j.message, j.error_description].filter((x) => typeof x === 'string').join(': ')
      : '';
  return terminalLine(redact(`HTTP ${a.status}${msg ? ` ${msg}` : a.text ? ` ${a.text.slice(0, 200)}` : ''}`)).slice(
    0,
    300,
  );
}

/** Retry-After in ms: seconds or an HTTP date; absent, a second. */
export function retryAfterMs(headers: Record<string, string>, now = Date.now()): number {
  const v = headers['retry-after'];
  if (v && /^\d+(?:\.\d+)?$/.test(v.trim())) return Math.ceil(Number(v) * 1000);
  const d = v ? Date.parse(v) : NaN;
  if (Number.isFinite(d)) return Math.max(0, d - now);
  const reset = headers['x-ratelimit-reset'];
  const r = reset ? Date.parse(reset) : NaN;
  return Number.isFinite(r) ? Math.max(0, r - now) : 1000;
}

/**
 * The outcome of a write that did not succeed plainly: no connection made (refused, DNS, TLS) and a 4xx are
 * definite refusals; a timeout, a reset, a 5xx may have been posted; 429/420 are rate limits.
 */
export function notSent(a: Answer): Outcome {
  if (a.kind === 'net') {
    if (a.outcome === 'refused' || a.outcome === 'dns' || a.outcome === 'tls')
      return { kind: 'failed', reason: `not sent: ${a.message}` };
    return { kind: 'unknown', reason: a.message };
  }
  if (a.status === 429 || a.status === 420)
    return { kind: 'rate-limited', retryAfterMs: retryAfterMs(a.headers), reason: said(a) };
  if (a.status >= 500 || a.status === 408) return { kind: 'unknown', reason: said(a) };
  return { kind: 'failed', reason: said(a) };
}

/** A 2xx answer (the guard's brand keeps a non-2xx response in the false branch). */
export const isOk = (a: Answer): a is Extract<Answer, { kind: 'response' }> & { readonly ok2xx?: true } =>
  a.kind === 'response' && a.status >= 200 && a.status < 300;

export function jsonBody(value: unknown): string {
  return JSON.stringify(value);
}
