// Bounded HTTP for every network read: timeout, body cap, bounded redirects, one retry, classified failures.
import { request, type Dispatcher } from './undici.js';
import { createDispatcher } from './dispatcher.js';
import { holdsSecret, isCredentialHeader, redact, registerSecret } from './secrets.js';

export type NetOutcome = 'timeout' | 'dns' | 'refused' | 'reset' | 'tls' | 'error';

/** A request that did not produce an HTTP answer (or whose answer broke a bound). */
export class NetError extends Error {
  constructor(
    readonly outcome: NetOutcome,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'NetError';
  }
}

export interface HttpRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Redirects followed for GET/HEAD (default 5; 0 returns the 3xx). */
  maxRedirects?: number;
  /** Retry once on a network failure or 502/503/504 for idempotent methods (default true). */
  retry?: boolean;
  /** An outer signal (the run's deadline, Ctrl-C). */
  signal?: AbortSignal;
  dispatcher?: Dispatcher;
  /**
   * The dispatcher for each hop's URL (a redirect may lead to a host whose certificate is verified differently); wins
   * over `dispatcher`.
   */
  dispatcherFor?: (url: string) => Dispatcher | undefined;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  latencyMs: number;
  redirects: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

let sharedAgent: Dispatcher | undefined;
/** One keep-alive dispatcher per process, through the environment's proxy; TLS is always verified. */
export function defaultDispatcher(): Dispatcher {
  sharedAgent ??= createDispatcher(process.env, { connections: 64, keepAliveTimeout: 4_000, connectTimeoutMs: 10_000 });
  return sharedAgent;
}

export async function closeDefaultDispatcher(): Promise<void> {
  const a = sharedAgent;
  sharedAgent = undefined;
  if (a) await a.close().catch(() => undefined);
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRY_STATUS = new Set([502, 503, 504]);

export async function httpRequest(url: string, req: HttpRequest = {}): Promise<HttpResponse> {
  const method = (req.method ?? 'GET').toUpperCase();
  const canRetry = (req.retry ?? true) && IDEMPOTENT.has(method);
  try {
    const res = await once(url, method, req);
    if (canRetry && RETRY_STATUS.has(res.status) && !req.signal?.aborted) return await once(url, method, req);
    return res;
  } catch (err) {
    // Retry what a second try can fix (a reset, a refused connection during a restart); not a timeout,
    // which would double the wait of an incident tool, nor DNS/TLS/size/redirect faults, which repeat.
    if (
      canRetry &&
      err instanceof NetError &&
      (err.outcome === 'reset' ||
        err.outcome === 'refused' ||
        (err.outcome === 'error' && !/too large|redirect/i.test(err.message))) &&
      !req.signal?.aborted
    )
      return once(url, method, req);
    throw err;
  }
}

async function once(startUrl: string, method: string, req: HttpRequest): Promise<HttpResponse> {
  const timeoutMs = req.timeoutMs ?? 10_000;
  const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = req.maxRedirects ?? 5;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = req.signal ? AbortSignal.any([timeout, req.signal]) : timeout;
  const started = performance.now();
  let { url, headers: sent } = withBasicAuth(startUrl, req.headers ?? {});
  const seen = new Set<string>();
  for (let redirects = 0; ; redirects++) {
    let res: Dispatcher.ResponseData;
    try {
      res = await request(url, {
        method: method as Dispatcher.HttpMethod,
        headers: sent,
        body: req.body,
        signal,
        dispatcher: req.dispatcherFor?.(url) ?? req.dispatcher ?? defaultDispatcher(),
      });
    } catch (err) {
      throw classify(err, signal, timeout, timeoutMs);
    }
    const headers = flattenHeaders(res.headers);
    const location = headers['location'];
    if (
      res.statusCode >= 300 &&
      res.statusCode < 400 &&
      location &&
      maxRedirects > 0 &&
      (method === 'GET' || method === 'HEAD')
    ) {
      res.body.resume();
      const next = new URL(location, url).toString();
      if (seen.has(next) || redirects + 1 > maxRedirects)
        throw new NetError(
          'error',
          `too many redirects (more than ${maxRedirects}${seen.has(next) ? ', in a loop' : ''})`,
        );
      seen.add(url);
      // Credentials go only where they were meant to: not to another origin, never from https down to http.
      sent = forHop(sent, new URL(url), new URL(next));
      url = withBasicAuth(next, {}).url;
      continue;
    }
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.body.destroy();
      throw new NetError('error', `response too large (${formatBytes(declared)}, limit ${formatBytes(maxBytes)})`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > maxBytes) {
          res.body.destroy();
          throw new NetError('error', `response too large (over ${formatBytes(maxBytes)})`);
        }
        chunks.push(chunk as Buffer);
      }
    } catch (err) {
      if (err instanceof NetError) throw err;
      throw classify(err, signal, timeout, timeoutMs);
    }
    return {
      url,
      status: res.statusCode,
      headers,
      body: Buffer.concat(chunks, size),
      latencyMs: Math.round(performance.now() - started),
      redirects,
    };
  }
}

/** A header that carries a credential: by its name, or because its value holds a secret (a ${VAR} used as one). */
export function isSensitiveHeader(name: string, value: string): boolean {
  return isCredentialHeader(name) || holdsSecret(value);
}

/**
 * The headers to send on a redirect hop from `from` to `to`: all of them within one origin, none that carry a
 * credential elsewhere or over plain http.
 */
export function forHop(headers: Record<string, string>, from: URL, to: URL): Record<string, string> {
  const sameOrigin = from.origin === to.origin;
  const downgrade = from.protocol === 'https:' && to.protocol !== 'https:';
  if (sameOrigin && !downgrade) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([k, v]) => !isSensitiveHeader(k, v)));
}

/**
 * userinfo in a URL (https://user:pass@host) is not sent by the HTTP client: it becomes a Basic authorization
 * header (unless one is set), and the URL goes without it.
 */
export function withBasicAuth(
  url: string,
  headers: Record<string, string>,
): { url: string; headers: Record<string, string> } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { url, headers };
  }
  if (!u.username && !u.password) return { url, headers };
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const value = `Basic ${Buffer.from(`${decode(u.username)}:${decode(u.password)}`).toString('base64')}`;
  registerSecret(value.slice(6));
  u.username = '';
  u.password = '';
  const has = Object.keys(headers).some((k) => k.toLowerCase() === 'authorization');
  return { url: u.toString(), headers: has ? headers : { ...headers, authorization: value } };
}

function flattenHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** What a proxy's refusal of a tunnel means, in the words an operator acts on. */
const PROXY_STATUS: Record<string, string> = {
  '403': 'forbidden by the proxy',
  '407': 'the proxy wants credentials',
  '500': 'the proxy failed',
  '502': 'the proxy could not reach the server',
  '503': 'the proxy is unavailable',
  '504': 'the proxy timed out reaching the server',
};

/** Map a thrown network error to an outcome; timeouts first, by the signal that fired. */
export function classify(err: unknown, signal?: AbortSignal, timeout?: AbortSignal, timeoutMs?: number): NetError {
  if (err instanceof NetError) return err;
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  if (timeout?.aborted || e?.name === 'TimeoutError')
    return new NetError('timeout', `timed out after ${timeoutMs ?? '?'} ms`);
  // undici's proxy tunnel: the proxy answered, but not with a connection to the server. undici throws it as an
  // AbortError (UND_ERR_ABORTED), so it is told apart here, before an abort is taken for a timeout: a proxy that
  // refuses us is our network, never a provider that did not answer.
  const proxy =
    /^Proxy response \((\d+)\)/.exec(e?.message ?? '') ?? /^Proxy response \((\d+)\)/.exec(e?.cause?.message ?? '');
  if (proxy && !signal?.aborted)
    return new NetError(
      'refused',
      `the proxy answered ${proxy[1]}${PROXY_STATUS[proxy[1]!] ? ` (${PROXY_STATUS[proxy[1]!]})` : ''} instead of connecting`,
      'PROXY',
    );
  if (signal?.aborted || e?.name === 'AbortError') {
    const reason = (signal?.reason as { name?: string } | undefined)?.name;
    if (reason === 'TimeoutError') return new NetError('timeout', 'deadline reached');
    return new NetError('timeout', 'cancelled before an answer');
  }
  const code = e?.code ?? e?.cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return new NetError('dns', `DNS lookup failed (${code})`, code);
  if (code === 'ECONNREFUSED') return new NetError('refused', 'connection refused', code);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return new NetError('reset', 'connection reset by peer', code);
  if (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'ETIMEDOUT'
  )
    return new NetError('timeout', 'timed out', code);
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code))
    return new NetError(
      'tls',
      `TLS failed (${code})${/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code) ? '; a private CA is trusted with NODE_EXTRA_CA_CERTS=ca.pem' : ''}`,
      code,
    );
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return new NetError('refused', `host unreachable (${code})`, code);
  // Redacted before it is shortened: a message quoting a URL with a key must not keep half of it.
  return new NetError('error', redactedSnippet(e?.message ?? String(err), 200), code || undefined);
}

/** Decode a body as text: UTF-16 with a BOM (AWS Health), else UTF-8 with invalid bytes replaced. */
export function decodeBody(body: Buffer): string {
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(body.subarray(2));
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff)
    return new TextDecoder('utf-16be').decode(body.subarray(2));
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)
    return body.subarray(3).toString('utf8');
  return new TextDecoder('utf-8').decode(body);
}

/**
 * The whole <title> of an HTML page (whitespace folded, at most 4 KB of it), for a caller to redact and only then
 * shorten: a title cut first could cut a secret in two, and its first half would no longer be recognised.
 */
export function htmlTitle(text: string): string | undefined {
  const open = /<title[^>]*>/i.exec(text.slice(0, 64 * 1024));
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const close = text.indexOf('<', start);
  const title = text
    .slice(start, Math.min(close < 0 ? text.length : close, start + 4096))
    .replace(/\s+/g, ' ')
    .trim();
  return title || undefined;
}

/** Redact, then shorten to `max` characters (whitespace folded): never the other way round. */
export function redactedSnippet(text: string, max: number): string {
  const flat = redact(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Parse a JSON body or explain what came instead (HTML page, invalid JSON). */
export function parseJsonBody(res: HttpResponse): { ok: true; value: unknown } | { ok: false; reason: string } {
  const text = decodeBody(res.body);
  const type = res.headers['content-type'] ?? '';
  const trimmed = text.trimStart();
  if (/^</.test(trimmed)) {
    const title = htmlTitle(text);
    return {
      ok: false,
      reason: `HTTP ${res.status} answered HTML, not JSON${title ? ` ("${redactedSnippet(title, 80)}")` : ''}`,
    };
  }
  // Refused even when the body would parse: the label is what says the source is a JSON API (a portal or CDN page is
  // not one).
  if (/text\/html/i.test(type))
    return { ok: false, reason: `HTTP ${res.status} answered content type ${type.split(';')[0]!.trim()}, not JSON` };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch (err) {
    return { ok: false, reason: `HTTP ${res.status} answered invalid JSON (${(err as Error).message.slice(0, 80)})` };
  }
}
