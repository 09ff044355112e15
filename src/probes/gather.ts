// Gathers one evidence document: the selected probes and the providers' status pages, concurrently, within one deadline.
import { hostname } from 'node:os';
import type { Dispatcher } from 'undici';
import type { ResolvedConfig } from '../config/load.js';
import type { ProbeConfig } from '../config/schema.js';
import { EVIDENCE_SCHEMA, type Evidence, type ProbeResult, type ProviderStatus } from '../core/evidence.js';
import { ConfigError, UsageError } from '../errors.js';
import { redactDeep } from '../adapters/secrets.js';
import { shownProxy } from '../adapters/dispatcher.js';
import type { CatalogueEntry } from '../providers/catalogue.js';
import type { fetchStatuses as FetchStatuses } from '../providers/fetch.js';
import { defaultProbes } from './defaults.js';
import { offlineLine, reachedNoServer } from './offline.js';
import { missingEnv, prepareProbes, runProbes } from './runner.js';

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
  /** Seam for tests; default: providers/fetch.ts. */
  fetchStatuses?: typeof FetchStatuses;
  /** Told when no request reached any server (this machine looks offline or needs a proxy). */
  warn?: (line: string) => void;
}


/** The configured probes (or the embedded defaults), narrowed by --only. */
export function selectProbes(config: Pick<ResolvedConfig, 'probes' | 'providers'>, only?: readonly string[]): ProbeConfig[] {
  const all = config.probes ?? defaultProbes(config.providers);
  if (!only?.length) return all;
  const known = new Set(all.map((p) => p.id));
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length)
    throw new UsageError(
      `unknown probe id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${[...known].join(', ') || 'none'})`,
    );
  const wanted = new Set(only);
  return all.filter((p) => wanted.has(p.id));
}

/** Providers whose status belongs with these probes: those the probes name, else every provider the config names. */
export function providersFor(config: Pick<ResolvedConfig, 'providers' | 'catalogue'>, probes: readonly ProbeConfig[], narrowed: boolean): CatalogueEntry[] {
  const named = new Set(probes.map((p) => p.provider).filter((p): p is string => !!p));
  if (narrowed && named.size) return config.catalogue.filter((c) => named.has(c.id));
  return config.providers;
}

export interface NotRun {
  id: string;
  /** The unset environment variables it references. */
  missing: string[];
}

/** "environment variables A, B are not set (needed by probes x, y)". */
export function describeNotRun(notRun: readonly NotRun[]): string {
  const vars = [...new Set(notRun.flatMap((n) => n.missing))];
  const ids = notRun.map((n) => `"${n.id}"`);
  return `environment variable${vars.length > 1 ? 's' : ''} ${vars.join(', ')} ${vars.length > 1 ? 'are' : 'is'} not set (needed by probe${ids.length > 1 ? 's' : ''} ${ids.join(', ')})`;
}

export async function gatherEvidence(config: ResolvedConfig, opts: GatherOptions): Promise<Evidence> {
  const takenAt = opts.now().toISOString();
  const selected = selectProbes(config, opts.only);
  const notRun = selected.map((p) => ({ id: p.id, missing: missingEnv(p, opts.env) })).filter((n) => n.missing.length);
  if (notRun.length && (!opts.onNotRun || notRun.length === selected.length)) throw new ConfigError(describeNotRun(notRun));
  if (notRun.length) opts.onNotRun!(notRun);
  const probes = selected.filter((p) => !notRun.some((n) => n.id === p.id));
  // A bad pattern is a config error before anything goes on the network.
  prepareProbes(probes, opts.env);
  const providers = opts.statuses ? providersFor(config, probes, Boolean(opts.only?.length)).filter((p) => p.status) : [];
  const deadline = AbortSignal.timeout(opts.deadlineMs);
  const statusSignal = opts.signal ? AbortSignal.any([deadline, opts.signal]) : deadline;
  const [results, statuses] = await Promise.all([
    runProbes(probes, {
      concurrency: opts.concurrency ?? config.concurrency,
      deadlineMs: opts.deadlineMs,
      defaultTimeoutMs: config.probeTimeoutMs,
      env: opts.env,
      signal: opts.signal,
      now: opts.now,
      baseDir: config.baseDir,
      onResult: opts.onProbe,
      insecureHosts: config.insecureHosts,
      dispatcher: opts.dispatcher,
    }),
    providers.length ? boundedStatuses(providers, config, opts, statusSignal) : Promise.resolve([]),
  ]);
  const proxy = shownProxy(opts.env);
  const takenOn: Evidence['takenOn'] = { host: hostname(), ...(proxy ? { proxy } : {}), ...(config.file ? { config: config.file } : {}) };
  if (reachedNoServer(results, statuses)) {
    takenOn.reachedNoServer = true;
    opts.warn?.(offlineLine(takenOn.proxy));
  }
  return redactDeep({ schema: EVIDENCE_SCHEMA, takenAt, takenOn, probes: results, providers: statuses });
}

async function boundedStatuses(providers: CatalogueEntry[], config: ResolvedConfig, opts: GatherOptions, signal: AbortSignal): Promise<ProviderStatus[]> {
  const { fetchStatuses, fetchStatusesWithin } = await import('../providers/fetch.js');
  const options = { timeoutMs: Math.min(config.timeoutMs, opts.deadlineMs), signal, now: opts.now, cacheDir: opts.cacheDir, dispatcher: opts.dispatcher, onResult: opts.onProvider };
  return fetchStatusesWithin(providers, options, opts.fetchStatuses ?? fetchStatuses);
}
