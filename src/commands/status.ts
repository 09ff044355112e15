// `layerpost status`: the providers' public status, normalized, bounded by a deadline and never fatal (table or
// --json).
import { unknownNames } from '../text/suggest.js';
import { resolve } from 'node:path';
import type { ProviderStatus } from '../model/evidence.js';
import { UsageError } from '../platform/errors.js';
import { fetchStatusesWithin } from '../evidence/status/fetch.js';
import { renderStatuses } from '../evidence/status/render.js';
import type { CatalogueEntry } from '../model/providers.js';
import { printJson, type Runtime } from '../platform/runtime.js';
import { commandEnv } from './env.js';
import { readFlags } from './flags.js';
import { shownProxy } from '../platform/dispatcher.js';
import { offlineLine, proxyRefusal, reachedNoServer } from '../evidence/offline.js';
import { makeChalk } from '../platform/color.js';
import { reportPending } from '../platform/pending.js';

export interface StatusOptions {
  provider?: string[];
  cache?: string;
  timeout?: number;
  deadline?: number;
}

/** commander's parsed flags as status's typed options. */
export function statusOptions(opts: Record<string, unknown>): StatusOptions {
  const f = readFlags(opts);
  return {
    provider: f.list('provider'),
    cache: f.text('cache'),
    timeout: f.number('timeout'),
    deadline: f.number('deadline'),
  };
}

export async function run(rt: Runtime, flags: Record<string, unknown>, _args: string[] = []): Promise<number> {
  const opts = statusOptions(flags);
  const { config, log } = await commandEnv(rt);
  const entries = select(config.catalogue, config.providers, opts.provider);
  const timeoutMs = opts.timeout ?? config.timeoutMs;
  const deadlineMs = (opts.deadline ?? config.deadlineSeconds) * 1000;
  const deadline = AbortSignal.timeout(deadlineMs);
  const signal = AbortSignal.any([rt.signal, deadline]);

  log.progress(
    `Checking ${entries.length} status source${entries.length === 1 ? '' : 's'}: ${entries.map((e) => e.id).join(', ')}…`,
  );
  const pending = await reportPending(
    rt,
    log,
    entries.map((e) => e.id),
  );
  const statuses = await fetchStatusesWithin(entries, {
    timeoutMs: Math.min(timeoutMs, deadlineMs),
    signal,
    now: () => rt.now(),
    cacheDir: opts.cache ? resolve(rt.cwd, opts.cache) : undefined,
    onResult: (s) => {
      pending.done(s.id, s.error ? (s.cachedAt ? 'failed (cached answer kept)' : 'failed') : 'answered');
      log.verbose(`${s.id}: ${s.indicator}${s.error ? ` (${s.error})` : ''}`);
    },
  }).finally(() => pending.stop());

  if (reachedNoServer([], statuses)) log.warn(offlineLine(shownProxy(rt.env), proxyRefusal([], statuses)));
  if (rt.opts.json) printJson(rt, { providers: statuses.map((s) => withCacheAge(s, rt.now())) });
  else
    rt.stdout.write(
      renderStatuses(statuses, {
        now: rt.now(),
        c: await makeChalk(rt.color && rt.stdout.isTTY),
        columns: rt.stdout.isTTY ? rt.stdout.columns : undefined,
      }),
    );
  return 0;
}

/**
 * The named providers (in the order given), or those the config refers to; an unknown id is a usage error naming the
 * known ones.
 */
function select(
  catalogue: CatalogueEntry[],
  configured: CatalogueEntry[],
  ids: string[] | undefined,
): CatalogueEntry[] {
  if (!ids?.length) return configured;
  const out: CatalogueEntry[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const e = catalogue.find((x) => x.id === id);
    if (!e) unknown.push(id);
    else if (!out.includes(e)) out.push(e);
  }
  if (unknown.length)
    throw new UsageError(
      `--provider: ${unknownNames(
        'provider',
        unknown,
        catalogue.map((e) => e.id),
      )}`,
    );
  return out;
}

/** For --json: whether the answer came from the cache, and how old it is then. */
function withCacheAge(s: ProviderStatus, now: Date): ProviderStatus & { cached: boolean; cacheAgeSeconds?: number } {
  if (!s.cachedAt) return { ...s, cached: false };
  const age = Math.floor((now.getTime() - Date.parse(s.cachedAt)) / 1000);
  return { ...s, cached: true, ...(Number.isFinite(age) && age >= 0 ? { cacheAgeSeconds: age } : {}) };
}
