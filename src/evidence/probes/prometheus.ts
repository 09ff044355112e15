// The `prometheus` probe: blackbox_exporter results a team already has, read from Prometheus's /api/v1/query, one
// result per series.
import type { ProbeConfig } from '../../config/schema.js';
import type { Outcome, ProbeResult } from '../../model/evidence.js';
import { decodeBody, httpRequest, parseJsonBody, type HttpResponse } from '../../platform/http.js';
import type { ProbeContext } from './types.js';
import { lowerKeys, PROBE_MAX_BYTES, USER_AGENT } from './http.js';
import { failure, finish, resultBase, snippet, type ResultBase } from './result.js';

type PromSpec = NonNullable<ProbeConfig['prometheus']>;
export interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

export const METRICS = ['probe_success', 'probe_http_status_code', 'probe_duration_seconds'] as const;

/** `probe_success{job="blackbox"}`; a selector given without braces is wrapped. */
export function promQuery(metric: string, selector: string): string {
  const s = selector.trim();
  if (!s) return metric;
  return `${metric}${s.startsWith('{') ? s : `{${s}}`}`;
}

export function queryUrl(base: string, query: string): string {
  return `${base.replace(/\/+$/, '')}/api/v1/query?query=${encodeURIComponent(query)}`;
}

/** The vector of an instant query, or why there is none (Prometheus's own error, HTML, a non-vector). */
export function parseVector(
  res: HttpResponse,
): { ok: true; samples: Sample[] } | { ok: false; reason: string; errorType?: string } {
  const parsed = parseJsonBody(res);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const v = parsed.value as {
    status?: unknown;
    errorType?: unknown;
    error?: unknown;
    data?: { resultType?: unknown; result?: unknown };
  };
  if (v?.status !== 'success') {
    const msg = typeof v?.error === 'string' ? v.error : snippet(decodeBody(res.body), 100);
    return {
      ok: false,
      reason: `Prometheus answered ${res.status}: ${msg}`,
      errorType: typeof v?.errorType === 'string' ? v.errorType : undefined,
    };
  }
  if (v.data?.resultType !== 'vector' || !Array.isArray(v.data.result))
    return { ok: false, reason: `expected a vector, got ${String(v.data?.resultType)}` };
  const samples = (v.data.result as unknown[]).filter(
    (s): s is Sample =>
      !!s && typeof s === 'object' && typeof (s as Sample).metric === 'object' && Array.isArray((s as Sample).value),
  );
  return { ok: true, samples };
}

/** Series identity without the metric name, so probe_success and probe_http_status_code of one target join. */
export function seriesKey(metric: Record<string, string>): string {
  return Object.keys(metric)
    .filter((k) => k !== '__name__')
    .sort()
    .map((k) => `${k}=${metric[k]}`)
    .join(',');
}

export function mapLayer(
  spec: Pick<PromSpec, 'layers'>,
  metric: Record<string, string>,
  fallback: { layer: string; provider?: string; model?: string },
) {
  const rule = spec.layers.find((r) => Object.entries(r.match).every(([k, v]) => metric[k] === v));
  return rule
    ? { layer: rule.layer, provider: rule.provider ?? fallback.provider, model: rule.model ?? fallback.model }
    : fallback;
}

/** One blackbox series as a ProbeResult. */
export function seriesResult(
  probe: ProbeConfig,
  spec: PromSpec,
  success: Sample,
  status: Sample | undefined,
  duration: Sample | undefined,
  source: string,
): ProbeResult {
  const m = success.metric;
  const name = m[spec.idLabel] ?? seriesKey(m);
  const mapped = mapLayer(spec, m, { layer: probe.layer, provider: probe.provider, model: probe.model });
  const base: ResultBase = { id: `${probe.id}:${name}`, layer: mapped.layer, kind: 'prometheus', target: name };
  if (mapped.provider) base.provider = mapped.provider;
  if (mapped.model) base.model = mapped.model;
  const ok = Number(success.value[1]) === 1;
  const code = status ? Number(status.value[1]) : undefined;
  const seconds = duration ? Number(duration.value[1]) : NaN;
  const latencyMs = Number.isFinite(seconds) ? seconds * 1000 : 0;
  const observedAt = new Date(success.value[0] * 1000).toISOString();
  const job = m.job ? ` (job ${m.job})` : '';
  let outcome: Outcome = 'ok';
  let what = 'succeeded';
  if (!ok) {
    if (code && (code < 200 || code >= 400)) [outcome, what] = ['http-status', `failed: HTTP ${code}`];
    // Not `mismatch`: blackbox does not say which of its module's checks failed (body regex, TLS, IP version), and
    // a mismatch reads as a wrong answer.
    else if (code)
      [outcome, what] = [
        'error',
        `failed although it answered HTTP ${code} (a check of the blackbox module did not hold)`,
      ];
    else [outcome, what] = ['error', 'failed without an HTTP answer'];
  } else if (code) what = `succeeded: HTTP ${code}`;
  return finish(base, outcome, latencyMs, `blackbox probe of ${name} ${what}${job}`, {
    status: code || undefined,
    observedAt,
    source,
  });
}

export async function prometheusProbe(probe: ProbeConfig, ctx: ProbeContext): Promise<ProbeResult[]> {
  const spec = probe.prometheus!;
  const headers = { 'user-agent': USER_AGENT, accept: 'application/json', ...lowerKeys(spec.headers) };
  const queries = METRICS.map((metric) => promQuery(metric, spec.selector));
  const base = resultBase(probe, 'prometheus', `GET ${queryUrl(spec.url, queries[0]!)}`);
  const source = `prometheus ${new URL(spec.url).origin}`;
  const started = performance.now();
  const ask = (q: string) =>
    httpRequest(queryUrl(spec.url, q), {
      headers,
      timeoutMs: ctx.timeoutMs,
      maxBytes: PROBE_MAX_BYTES * 4,
      retry: false,
      signal: ctx.signal,
      dispatcherFor: (url) => ctx.dispatcherFor(url),
    });
  let answers: HttpResponse[];
  try {
    answers = await Promise.all(queries.map(ask));
  } catch (err) {
    return [failure(base, err, performance.now() - started, `query Prometheus at ${new URL(spec.url).origin}`)];
  }
  const ms = performance.now() - started;
  const vectors = answers.map(parseVector);
  const [success, status, duration] = vectors;
  if (!success?.ok)
    return [
      finish(base, 'error', ms, `${queries[0]}: ${success && !success.ok ? success.reason : 'no answer'}`, { source }),
    ];
  if (success.samples.length === 0)
    return [
      finish(base, 'error', ms, `no series match ${queries[0]} (is blackbox_exporter scraped, with this selector?)`, {
        source,
      }),
    ];
  const index = (v: (typeof vectors)[number] | undefined) =>
    new Map(v?.ok ? v.samples.map((s) => [seriesKey(s.metric), s] as const) : []);
  const codes = index(status);
  const durations = index(duration);
  return success.samples
    .map((s) =>
      seriesResult(probe, spec, s, codes.get(seriesKey(s.metric)), durations.get(seriesKey(s.metric)), source),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}
