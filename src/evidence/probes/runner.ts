// Runs probes concurrently under a bound, each with its timeout and samples, and ends at the deadline no matter what.
import type { RunDispatchers } from '../../platform/dispatcher.js';
import type { ProbeConfig, ProbeKind } from '../../config/schema.js';
import type { ProbeResult } from '../../model/evidence.js';
import { ConfigError } from '../../platform/errors.js';
import type { ProbeContext, ProbeFn } from './types.js';
import { finish, resultBase } from './result.js';
import { httpProbe } from './http.js';
import { dnsProbe } from './dns.js';
import { tcpProbe } from './tcp.js';
import { tlsProbe } from './tls.js';
import { canaryUrl, llmCanaryProbe } from './llm-canary.js';
import { prometheusProbe } from './prometheus.js';
import { evidenceSourceProbe } from './evidence-source.js';

const KINDS: Record<ProbeKind, ProbeFn> = {
  http: httpProbe,
  dns: dnsProbe,
  tcp: tcpProbe,
  tls: tlsProbe,
  'llm-canary': llmCanaryProbe,
  prometheus: prometheusProbe,
  evidence: evidenceSourceProbe,
};
/** Kinds that report what another system observed: one run, however many samples are asked for. */
const EXTERNAL: ReadonlySet<ProbeKind> = new Set(['prometheus', 'evidence']);
/**
 * Slack past a probe's own timeout before the runner stops waiting for it (kinds honour their signal; this is the
 * backstop).
 */
const BACKSTOP_MS = 2_000;

export interface RunProbesOptions {
  concurrency: number;
  deadlineMs: number;
  defaultTimeoutMs: number;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  now: () => Date;
  baseDir: string;
  onResult?: (r: ProbeResult) => void;
  /** Hosts whose self-signed certificates are accepted. */
  insecureHosts?: readonly string[];
  /**
   * The run's agents (platform/dispatcher.ts runDispatchers); closed when the run ends, before the results are handed
   * on.
   */
  dispatchers: RunDispatchers;
}

export function probeKind(p: ProbeConfig): ProbeKind {
  const kind = (Object.keys(KINDS) as ProbeKind[]).find((k) => p[k] !== undefined);
  if (!kind) throw new ConfigError(`probe "${p.id}": no probe kind`);
  return kind;
}

/** What a probe targets, for results the probe itself never produced (deadline, crash). */
export function probeTarget(p: ProbeConfig): string {
  if (p.http) return `${p.http.method ?? 'GET'} ${p.http.url}`;
  if (p['llm-canary']) return `POST ${canaryUrl(p['llm-canary'].api, p['llm-canary'].baseUrl)}`;
  const hp = p.dns ?? p.tcp ?? p.tls;
  if (hp) return p.dns ? hp.host : `${hp.host}:${hp.port ?? 443}`;
  if (p.prometheus) return p.prometheus.url;
  return p.evidence?.from ?? p.id;
}

/** Several samples of one probe as one result: failing if any sample failed, the most common failure as the detail. */
export function combineSamples(results: readonly ProbeResult[], total = results.length): ProbeResult {
  const failed = results.filter((r) => !r.ok);
  let shown = results[results.length - 1]!;
  if (failed.length) {
    const groups = new Map<string, ProbeResult[]>();
    for (const r of failed) {
      const key = `${r.outcome}/${r.status ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    shown = [...groups.values()].sort((a, b) => b.length - a.length)[0]![0]!;
  }
  const latencies = results.map((r) => r.latencyMs).sort((a, b) => a - b);
  const median = latencies[Math.floor((latencies.length - 1) / 2)] ?? 0;
  return {
    ...shown,
    ok: failed.length === 0,
    latencyMs: median,
    samples: { total, failed: failed.length + (total - results.length) },
  };
}

interface Slot {
  started?: number;
  samples: ProbeResult[];
  results?: ProbeResult[];
}

/** Run probes as prepare.ts returns them (references resolved, patterns checked), each kind by its own function. */
export async function runProbes(prepared: readonly ProbeConfig[], opts: RunProbesOptions): Promise<ProbeResult[]> {
  const run = new AbortController();
  const deadlineS = Math.round(opts.deadlineMs / 100) / 10;
  const ctxBase = {
    signal: run.signal,
    deadlineAt: performance.now() + opts.deadlineMs,
    now: opts.now,
    baseDir: opts.baseDir,
    insecureHosts: opts.insecureHosts ?? [],
    dispatcherFor: (url: string) => opts.dispatchers.for(url),
  };
  const slots: Slot[] = prepared.map(() => ({ samples: [] }));

  return new Promise<ProbeResult[]>((resolve) => {
    let done = false;
    const emit = (results: ProbeResult[]) => {
      for (const r of results)
        try {
          opts.onResult?.(r);
        } catch {
          // A progress callback must not stop the run or lose the result.
        }
    };
    const timer = setTimeout(
      () => run.abort(Object.assign(new Error(`deadline of ${deadlineS} s reached`), { name: 'TimeoutError' })),
      opts.deadlineMs,
    );
    const onOuter = () => run.abort(opts.signal?.reason);
    const end = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onOuter);
      // Sockets are closed before the results are handed on, so nothing holds the process open afterwards.
      const results = slots.flatMap((s) => s.results ?? []);
      void opts.dispatchers.close().then(() => resolve(results));
    };
    // Synchronous on abort: whatever a probe resolves after this moment is too late and is dropped.
    run.signal.addEventListener('abort', () => {
      const interrupted = (run.signal.reason as { name?: string } | undefined)?.name !== 'TimeoutError';
      slots.forEach((slot, i) => {
        if (slot.results) return;
        slot.results = [cutResult(prepared[i]!, slot, interrupted, deadlineS, performance.now())];
        emit(slot.results);
      });
      end();
    });
    if (opts.signal?.aborted) run.abort(opts.signal.reason);
    else opts.signal?.addEventListener('abort', onOuter, { once: true });

    let next = 0;
    let active = 0;
    let finished = 0;
    const startMore = () => {
      while (!done && active < Math.max(1, opts.concurrency) && next < prepared.length) {
        const i = next++;
        active++;
        const slot = slots[i]!;
        slot.started = performance.now();
        const probe = prepared[i]!;
        runOne(probe, slot, { ...ctxBase, timeoutMs: probe.timeoutMs ?? opts.defaultTimeoutMs })
          .catch((err: unknown) => [
            finish(
              resultBase(probe, probeKind(probe), probeTarget(probe)),
              'error',
              0,
              `probe failed: ${(err as Error)?.message ?? String(err)}`,
            ),
          ])
          .then((results) => {
            active--;
            if (done) return;
            slot.results = results;
            finished++;
            emit(results);
            if (finished === prepared.length) end();
            else startMore();
          });
      }
    };
    if (prepared.length === 0 || done) end();
    else startMore();
  });
}

async function runOne(probe: ProbeConfig, slot: Slot, ctx: ProbeContext): Promise<ProbeResult[]> {
  const kind = probeKind(probe);
  if (EXTERNAL.has(kind)) {
    const r = await guarded(probe, kind, ctx);
    return Array.isArray(r) ? r : [r];
  }
  const total = probe.samples ?? 1;
  for (let s = 0; s < total && !ctx.signal.aborted; s++) {
    const r = await guarded(probe, kind, ctx);
    slot.samples.push(...(Array.isArray(r) ? r : [r]));
  }
  if (slot.samples.length === 0)
    return [finish(resultBase(probe, kind, probeTarget(probe)), 'timeout', 0, 'not started: the run ended first')];
  if (probe.samples === undefined && slot.samples.length === 1) return slot.samples;
  return [combineSamples(slot.samples, total)];
}

/**
 * Run one sample of a kind: a thrown error or a probe that ignores its signal becomes a result, never a crash or a
 * hang.
 */
async function guarded(probe: ProbeConfig, kind: ProbeKind, ctx: ProbeContext): Promise<ProbeResult | ProbeResult[]> {
  const started = performance.now();
  const base = () => resultBase(probe, kind, probeTarget(probe));
  let backstop: NodeJS.Timeout | undefined;
  const hung = new Promise<ProbeResult>((resolve) => {
    backstop = setTimeout(
      () => resolve(finish(base(), 'timeout', performance.now() - started, `no result within ${ctx.timeoutMs} ms`)),
      ctx.timeoutMs + BACKSTOP_MS,
    );
  });
  try {
    return await Promise.race([
      KINDS[kind](probe, ctx).catch((err: unknown) =>
        finish(base(), 'error', performance.now() - started, `probe failed: ${(err as Error)?.message ?? String(err)}`),
      ),
      hung,
    ]);
  } finally {
    clearTimeout(backstop);
  }
}

function cutResult(probe: ProbeConfig, slot: Slot, interrupted: boolean, deadlineS: number, at: number): ProbeResult {
  const kind = probeKind(probe);
  const why = interrupted ? 'interrupted' : `the run's ${deadlineS} s deadline was reached`;
  if (slot.started === undefined)
    return finish(
      resultBase(probe, kind, probeTarget(probe)),
      'timeout',
      0,
      `not started: ${why} (raise --deadline or --concurrency)`,
    );
  const total = EXTERNAL.has(kind) ? 1 : (probe.samples ?? 1);
  const doneSamples = slot.samples.length;
  const r = finish(
    resultBase(probe, kind, probeTarget(probe)),
    'timeout',
    at - slot.started,
    `no answer: ${why}${
      total > 1
        ? ` during sample ${doneSamples + 1} of ${total}${doneSamples ? ` (${slot.samples.filter((s) => !s.ok).length} of the ${doneSamples} before failed)` : ''}`
        : ''
    }`,
  );
  if (probe.samples !== undefined && !EXTERNAL.has(kind))
    r.samples = { total: doneSamples + 1, failed: slot.samples.filter((s) => !s.ok).length + 1 };
  return r;
}
