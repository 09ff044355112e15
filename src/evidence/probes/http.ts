// The `http` probe: one request with the configured method, headers and body, checked against `expect`.
import type { ProbeConfig } from '../../config/schema.js';
import type { ProbeResult } from '../../model/evidence.js';
import { classify, decodeBody, httpRequest, NetError } from '../../platform/http.js';
import type { ProbeContext } from './types.js';
import { checkBody, describeExpectedStatus, MATCH_BUDGET_MS, statusExpected, type HttpExpect } from './expect.js';
import { failure, finish, requestLabel, resultBase, statusPhrase, type ResultBase } from './result.js';

export const PROBE_MAX_BYTES = 1024 * 1024;
export const USER_AGENT = 'layerpost-probe';

export async function httpProbe(probe: ProbeConfig, ctx: ProbeContext): Promise<ProbeResult> {
  const spec = probe.http!;
  const method = spec.method ?? 'GET';
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...lowerKeys(spec.headers) };
  let body: string | undefined;
  if (typeof spec.body === 'string') body = spec.body;
  else if (spec.body !== undefined) {
    body = JSON.stringify(spec.body);
    headers['content-type'] ??= 'application/json';
  }
  const base = resultBase(probe, 'http', `${method} ${spec.url}`);
  return exchange(base, ctx, { method, url: spec.url, headers, body, model: probe.model }, (status, text, latencyMs) =>
    judgeHttp(
      base,
      spec.expect,
      { method, url: spec.url, model: probe.model },
      status,
      text,
      latencyMs,
      matchBudget(ctx),
    ),
  );
}

/** Time a pattern may take on an answer: its budget, or what is left of the run when that is less. */
export function matchBudget(ctx: Pick<ProbeContext, 'deadlineAt'>): number {
  return Math.max(1, Math.min(MATCH_BUDGET_MS, (ctx.deadlineAt ?? Infinity) - performance.now()));
}

export interface Exchange {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  model?: string;
}

/** Outcomes where no answer came because the host was not reached: the label names the host. */
const UNREACHED = new Set(['dns', 'refused', 'tls']);

/** Send one request for a probe; a network fault becomes a classified result, an answer goes to `judge`. */
export async function exchange(
  base: ResultBase,
  ctx: ProbeContext,
  req: Exchange,
  judge: (status: number, text: string, latencyMs: number) => ProbeResult,
): Promise<ProbeResult> {
  const started = performance.now();
  try {
    const res = await httpRequest(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      timeoutMs: ctx.timeoutMs,
      maxBytes: PROBE_MAX_BYTES,
      retry: false,
      signal: ctx.signal,
      dispatcherFor: (url) => ctx.dispatcherFor(url),
    });
    return judge(res.status, decodeBody(res.body), res.latencyMs);
  } catch (err) {
    const e = err instanceof NetError ? err : classify(err);
    return failure(
      base,
      e,
      performance.now() - started,
      requestLabel(req.method, req.url, req.model, UNREACHED.has(e.outcome)),
    );
  }
}

/** Judge an HTTP answer against an expectation: status first, then latency ceiling, then the body. */
export function judgeHttp(
  base: ResultBase,
  expect: HttpExpect | undefined,
  req: { method: string; url: string; model?: string },
  status: number,
  text: string,
  latencyMs: number,
  budgetMs?: number,
): ProbeResult {
  const label = requestLabel(req.method, req.url, req.model);
  if (!statusExpected(expect, status)) {
    const { phrase, errorType } = statusPhrase(status, text);
    return finish(base, 'http-status', latencyMs, `${label} → ${phrase} (expected ${describeExpectedStatus(expect)})`, {
      status,
      errorType,
    });
  }
  if (expect?.maxLatencyMs !== undefined && latencyMs > expect.maxLatencyMs)
    return finish(
      base,
      'timeout',
      latencyMs,
      `${label} → ${status} in ${Math.round(latencyMs)} ms, over the ${expect.maxLatencyMs} ms ceiling`,
      { status },
    );
  const wrong = checkBody(expect, text, budgetMs);
  if (wrong)
    return finish(base, 'mismatch', latencyMs, `${label} → ${status} but ${wrong}`, { status, failedCheck: wrong });
  return finish(base, 'ok', latencyMs, `${label} → ${status} in ${Math.round(latencyMs)} ms`, { status });
}

export function lowerKeys(h: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) out[k.toLowerCase()] = v;
  return out;
}
