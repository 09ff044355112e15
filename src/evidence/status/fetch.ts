// Fetches every provider's status source concurrently, bounded and never fatal, with an optional last-good cache.
import { createHash } from 'node:crypto';
import { readFile } from '../../platform/files.js';
import { join } from 'node:path';
import type { Dispatcher } from 'undici';
import * as z from 'zod';
import {
  decodeBody,
  htmlTitle,
  httpRequest,
  NetError,
  parseJsonBody,
  redactedSnippet,
  type HttpResponse,
} from '../../platform/http.js';
import { ensureDir, writeFileAtomic } from '../../platform/fs.js';
import type { ProviderStatus } from '../../model/evidence.js';
import type { CatalogueEntry } from '../../model/providers.js';
import { unknownStatus } from './formats/common.js';
import { SOURCE_FORMATS, sourceUrl } from './formats/index.js';

export interface StatusFetchOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  now: () => Date;
  cacheDir?: string;
  dispatcher?: Dispatcher;
  maxBytes?: number;
  onResult?: (s: ProviderStatus) => void;
}

/**
 * How long past the deadline the fetch may take to honour its signal before what has not come back is recorded as cut.
 */
export const STATUS_BACKSTOP_MS = 1_000;

/**
 * fetchStatuses that ends with its signal, whatever a source does: once the signal aborts, each status that has not come
 * back within the backstop is `unknown` ("no answer before the deadline"). The one deadline status and probe share.
 */
export async function fetchStatusesWithin(
  entries: CatalogueEntry[],
  opts: StatusFetchOptions & { signal: AbortSignal },
  fetch: typeof fetchStatuses = fetchStatuses,
): Promise<ProviderStatus[]> {
  const seen = new Map<string, ProviderStatus>();
  const work = fetch(entries, {
    ...opts,
    onResult: (s) => {
      seen.set(s.id, s);
      opts.onResult?.(s);
    },
  });
  let timer: NodeJS.Timeout | undefined;
  let fire = () => {};
  const cut = new Promise<ProviderStatus[]>((resolve) => {
    fire = () => {
      timer = setTimeout(() => {
        const observedAt = opts.now().toISOString();
        resolve(entries.map((e) => seen.get(e.id) ?? unknownStatus(e, observedAt, 'no answer before the deadline')));
      }, STATUS_BACKSTOP_MS);
      timer.unref?.();
    };
    if (opts.signal.aborted) fire();
    else opts.signal.addEventListener('abort', fire, { once: true });
  });
  try {
    return await Promise.race([work, cut]);
  } finally {
    opts.signal.removeEventListener('abort', fire);
    clearTimeout(timer);
  }
}

/**
 * Every entry's status, in entry order; a source that fails is `unknown` with the reason (or its cached answer). Never
 * throws.
 */
export async function fetchStatuses(entries: CatalogueEntry[], opts: StatusFetchOptions): Promise<ProviderStatus[]> {
  // An unusable cache directory still lets the cache be read (if it exists) but never fails the fetch.
  const cacheWritable = opts.cacheDir
    ? await ensureDir(opts.cacheDir).then(
        () => true,
        () => false,
      )
    : false;
  return Promise.all(
    entries.map(async (entry) => {
      let result: ProviderStatus;
      try {
        result = await fetchOne(entry, opts, cacheWritable);
      } catch (err) {
        // fetchOne handles every expected failure; this is a bug, reported on the provider rather than crashing the
        // run.
        result = unknownStatus(
          entry,
          stamp(opts),
          `internal error reading the status: ${(err as Error)?.message ?? String(err)}`,
        );
      }
      try {
        opts.onResult?.(result);
      } catch {
        // A progress callback must not lose the result.
      }
      return result;
    }),
  );
}

const CacheRecordSchema = z.object({
  v: z.literal(1),
  url: z.string(),
  fetchedAt: z.string(),
  etag: z.string().optional(),
  body: z.string(),
});
type CacheRecord = z.infer<typeof CacheRecordSchema>;

async function fetchOne(
  entry: CatalogueEntry,
  opts: StatusFetchOptions,
  cacheWritable: boolean,
): Promise<ProviderStatus> {
  const source = entry.status;
  if (!source) return unknownStatus(entry, stamp(opts), 'no status source configured for this provider');
  const format = SOURCE_FORMATS[source.kind];
  let url: string;
  try {
    url = sourceUrl(source);
  } catch {
    return unknownStatus(entry, stamp(opts), `invalid status URL ${JSON.stringify(source.url)}`);
  }
  const cacheFile = opts.cacheDir ? join(opts.cacheDir, cacheName(entry, url)) : undefined;
  const cached = cacheFile ? await readCache(cacheFile, url) : undefined;

  const headers: Record<string, string> = {
    accept:
      format.body === 'json'
        ? 'application/json'
        : 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
    'user-agent': 'layerpost (incident status check)',
  };
  if (cached?.etag) headers['if-none-match'] = cached.etag;

  let res: HttpResponse;
  try {
    res = await httpRequest(url, {
      timeoutMs: opts.timeoutMs,
      maxBytes: opts.maxBytes,
      signal: opts.signal,
      dispatcher: opts.dispatcher,
      headers,
    });
  } catch (err) {
    return failed(entry, url, netReason(err, opts), cached, opts);
  }
  const observedAt = stamp(opts);

  // 304: the source confirmed the cached body is current; it is a fresh answer, not a stale one.
  const revalidated = res.status === 304 && cached !== undefined;
  if (!revalidated && (res.status < 200 || res.status >= 300)) return failed(entry, url, httpReason(res), cached, opts);

  const text = revalidated ? cached.body : decodeBody(res.body);
  const { status, error } = adapt(entry, format, text, observedAt, url, revalidated ? undefined : res);
  if (error) return failed(entry, url, error, cached, opts);
  if (cacheFile && cacheWritable) {
    const etag = res.headers['etag'] ?? (revalidated ? cached.etag : undefined);
    const record: CacheRecord = { v: 1, url, fetchedAt: observedAt, body: text, ...(etag ? { etag } : {}) };
    // The cache is a convenience: a full disk or read-only directory must not turn a good answer into a failure.
    await writeFileAtomic(cacheFile, Buffer.from(JSON.stringify(record))).catch(() => undefined);
  }
  return status;
}

/** Run the kind's adapter over a body; `error` is set when the body could not be read as a status. */
function adapt(
  entry: CatalogueEntry,
  format: (typeof SOURCE_FORMATS)[keyof typeof SOURCE_FORMATS],
  text: string,
  observedAt: string,
  url: string,
  res?: HttpResponse,
): { status: ProviderStatus; error?: string } {
  let payload: unknown = text;
  if (format.body === 'json') {
    const parsed = parseJsonBody(
      res ?? { url, status: 200, headers: {}, body: Buffer.from(text), latencyMs: 0, redirects: 0 },
    );
    if (!parsed.ok) return { status: unknownStatus(entry, observedAt, parsed.reason), error: parsed.reason };
    payload = parsed.value;
  }
  const status = { ...format.adapt(payload, entry, observedAt), source: entry.status?.kind, url, observedAt };
  // An indicator the page itself reports as unknown is an answer; a payload the adapter could not read is a failure.
  return status.indicator === 'unknown' && status.error ? { status, error: status.error } : { status };
}

function failed(
  entry: CatalogueEntry,
  url: string,
  reason: string,
  cached: CacheRecord | undefined,
  opts: StatusFetchOptions,
): ProviderStatus {
  if (cached) {
    const format = SOURCE_FORMATS[entry.status!.kind];
    const { status, error } = adapt(entry, format, cached.body, cached.fetchedAt, url);
    // The last good answer is kept with its time, but a source that fails now is never "none": all was well then, not
    // now.
    if (!error)
      return {
        ...status,
        indicator: status.indicator === 'none' ? 'unknown' : status.indicator,
        cachedAt: cached.fetchedAt,
        error: reason,
      };
  }
  return { ...unknownStatus(entry, stamp(opts), reason), url };
}

function netReason(err: unknown, opts: StatusFetchOptions): string {
  if (opts.signal?.aborted) {
    const r = opts.signal.reason as { name?: string } | undefined;
    return r?.name === 'InterruptedError' ? 'interrupted before an answer' : 'no answer before the run deadline';
  }
  if (err instanceof NetError) return err.message;
  return `request failed: ${(err as Error)?.message ?? String(err)}`;
}

/** "HTTP 503 with an HTML body ("Service Unavailable")", "HTTP 404 ("not found")". */
export function httpReason(res: HttpResponse): string {
  const text = decodeBody(res.body).trim();
  const type = res.headers['content-type'] ?? '';
  if ((/^</.test(text) && /<html|<!doctype html/i.test(text.slice(0, 500))) || /text\/html/i.test(type)) {
    const title = htmlTitle(text);
    return `HTTP ${res.status} with an HTML body${title ? ` ("${redactedSnippet(title, 80)}")` : ''}`;
  }
  const snippet = redactedSnippet(text.slice(0, 64 * 1024), 80);
  return `HTTP ${res.status}${snippet ? ` ("${snippet}")` : ''}`;
}

function cacheName(entry: CatalogueEntry, url: string): string {
  const s = entry.status!;
  const key = createHash('sha256')
    .update(JSON.stringify([s.kind, url, s.products ?? [], s.region ?? '']))
    .digest('hex')
    .slice(0, 12);
  return `${entry.id.replace(/[^a-z0-9-]/gi, '_')}-${key}.json`;
}

async function readCache(file: string, url: string): Promise<CacheRecord | undefined> {
  try {
    const parsed = CacheRecordSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success && parsed.data.url === url ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function stamp(opts: StatusFetchOptions): string {
  return opts.now().toISOString();
}
