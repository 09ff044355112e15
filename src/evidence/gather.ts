// Gathers one evidence document: the selected probes and the providers' status pages, concurrently, within one
// deadline.
import { unknownNames } from '../text/suggest.js';
import { hostname } from 'node:os';
import type { Dispatcher } from 'undici';
import type { ResolvedConfig } from '../config/load.js';
import type { ProbeConfig } from '../config/schema.js';
import { EVIDENCE_SCHEMA, type Evidence, type ProbeResult, type ProviderStatus } from '../model/evidence.js';
import { UsageError } from '../platform/errors.js';
import { redactDeep } from '../platform/secrets.js';
import { runDispatchers, shownProxy } from '../platform/dispatcher.js';
import type { CatalogueEntry } from '../model/providers.js';
import type { fetchStatuses as FetchStatuses } from './status/fetch.js';
import { defaultProbes } from './probes/defaults.js';
import { offlineLine, proxyRefusal, reachedNoServer } from './offline.js';
import { planProbes, type NotRun } from './probes/prepare.js';
import { runProbes } from './probes/runner.js';

export interface GatherOptions {
  /** Only these probe ids (an unknown id is a UsageError listing the known ones). */
  only?: string[];
  deadlineMs: number;
  concurrency?: number;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  now: () => Date;
  /** Fetch the providers' status pages too. */
  statuses: boolean;
  onProbe?: (r: ProbeResult) => void;
  onProvider?: (s: ProviderStatus) => void;
  /**
   * Probes that cannot run because environment variables they reference are not set. Given, the other probes run
   * (and gathering fails only when none can); not given, any missing variable is an error naming every one.
   */
  onNotRun?: (notRun: NotRun[]) => void;
  cacheDir?: string;
  dispatcher?: Dispatcher;
  /** Seam for tests; default: evidence/status/fetch.ts. */
  fetchStatuses?: typeof FetchStatuses;
  /** Told when no request reached any server (this machine looks offline or needs a proxy). */
  warn?: (line: string) => void;
}

/** The configured probes (or the embedded defaults), narrowed by --only. */
export function selectProbes(
  config: Pick<ResolvedConfig, 'probes' | 'providers'>,
  only?: readonly string[],
): ProbeConfig[] {
  const all = config.probes ?? defaultProbes(config.providers);
  if (!only?.length) return all;
  const known = new Set(all.map((p) => p.id));
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length) throw new UsageError(`--only: ${unknownNames('probe id', unknown, [...known])}`);
  const wanted = new Set(only);
  return all.filter((p) => wanted.has(p.id));
}

/** Providers whose status belongs with these probes: those the probes name, else every provider the config names. */
export function providersFor(
  config: Pick<ResolvedConfig, 'providers' | 'catalogue'>,
  probes: readonly ProbeConfig[],
  narrowed: boolean,
): CatalogueEntry[] {
  const named = new Set(probes.map((p) => p.provider).filter((p): p is string => !!p));
  if (narrowed && named.size) return config.catalogue.filter((c) => named.has(c.id));
  return config.providers;
}

export async function gatherEvidence(config: ResolvedConfig, opts: GatherOptions): Promise<Evidence> {
  const takenAt = opts.now().toISOString();
  const selected = selectProbes(config, opts.only);
  const providers = opts.statuses
    ? providersFor(config, selected, Boolean(opts.only?.length)).filter((p) => p.status)
    : [];
  const deadline = AbortSignal.timeout(opts.deadlineMs);
  const statusSignal = opts.signal ? AbortSignal.any([deadline, opts.signal]) : deadline;
  // A missing key or a bad pattern is a config error before anything goes on the network.
  // A probe whose key is not set does not run; the others do (only when none can run is it an error), and the
  // evidence records which were left out and why.
  const { runnable, notRun } = planProbes(selected, opts.env, true);
  if (notRun.length) opts.onNotRun?.(notRun);
  const proxy = shownProxy(opts.env);
  const dispatchers = runDispatchers(opts.env, config.insecureHosts ?? [], opts.dispatcher);
  const probing = runProbes(runnable, {
    concurrency: opts.concurrency ?? config.concurrency,
    deadlineMs: opts.deadlineMs,
    defaultTimeoutMs: config.probeTimeoutMs,
    env: opts.env,
    signal: opts.signal,
    now: opts.now,
    baseDir: config.baseDir,
    onResult: opts.onProbe,
    insecureHosts: config.insecureHosts,
    dispatchers,
  });
  const fetching = (async (): Promise<ProviderStatus[]> => {
    if (!providers.length) return [];
    const { fetchStatuses, fetchStatusesWithin } = await import('./status/fetch.js');
    const options = {
      timeoutMs: Math.min(config.timeoutMs, opts.deadlineMs),
      signal: statusSignal,
      now: opts.now,
      cacheDir: opts.cacheDir,
      dispatcher: opts.dispatcher,
      onResult: opts.onProvider,
    };
    return fetchStatusesWithin(providers, options, opts.fetchStatuses ?? fetchStatuses);
  })();
  const [results, fetched] = await Promise.all([probing, fetching]);
  const takenOn: Evidence['takenOn'] = {
    host: hostname(),
    ...(proxy ? { proxy } : {}),
    ...(config.file ? { config: config.file } : {}),
  };
  if (reachedNoServer(results, fetched)) {
    takenOn.reachedNoServer = true;
    opts.warn?.(offlineLine(takenOn.proxy, proxyRefusal(results, fetched)));
  }
  return redactDeep({
    schema: EVIDENCE_SCHEMA,
    takenAt,
    takenOn,
    probes: results,
    providers: fetched,
    ...(notRun.length ? { notRun } : {}),
  });
}
