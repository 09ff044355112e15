// The undici dispatcher every request goes through: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) honoured, as
// npm and gh do; TLS verified against Node's CAs (NODE_EXTRA_CA_CERTS adds a private one).
import { isIP, type BlockList } from 'node:net';
import { parseNoProxy } from './no-proxy.js';
import { Agent, DispatcherBase, EnvHttpProxyAgent, type Dispatcher } from './undici.js';

export interface DispatcherOptions {
  connections?: number;
  keepAliveTimeout?: number;
  connectTimeoutMs?: number;
  /** Skip certificate checks (only for hosts a config lists in insecureHosts). */
  insecure?: boolean;
}

type Env = Record<string, string | undefined>;
/** undici's reading of the variables: the lower-case name wins, an empty value is unset. */
const read = (env: Env, name: string) => env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;

/** The proxies this environment names, as undici will use them (HTTPS falls back to HTTP_PROXY). */
export function proxiesFrom(env: Env): { http?: string; https?: string; noProxy?: string } {
  const http = read(env, 'http_proxy');
  return { http, https: read(env, 'https_proxy') ?? http, noProxy: read(env, 'no_proxy') };
}

/** The proxy HTTPS requests go through, for messages and evidence: without credentials. */
export function shownProxy(env: Env): string | undefined {
  const url = proxiesFrom(env).https;
  if (!url) return undefined;
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return 'an invalid proxy URL';
  }
}

export function createDispatcher(env: Env, opts: DispatcherOptions = {}): Dispatcher {
  const tls = opts.insecure ? { rejectUnauthorized: false } : {};
  const common = {
    connections: opts.connections,
    keepAliveTimeout: opts.keepAliveTimeout,
    connect: { timeout: opts.connectTimeoutMs, ...tls },
  };
  const proxies = proxiesFrom(env);
  if (!proxies.http && !proxies.https) return new Agent(common);
  const noProxy = parseNoProxy(proxies.noProxy ?? '');
  // Through a proxy, `requestTls` is what verifies the server at the end of the tunnel.
  const proxied = new EnvHttpProxyAgent({
    ...common,
    httpProxy: proxies.http ?? '',
    httpsProxy: proxies.https ?? '',
    noProxy: noProxy.names,
    requestTls: tls,
  });
  return noProxy.ranges ? new BypassRanges(new Agent(common), proxied, noProxy.ranges) : proxied;
}

/** The IP literal of a URL's host, with its family, if it is one. */
function ipOf(origin: string): { ip: string; type: 'ipv4' | 'ipv6' } | undefined {
  let host: string;
  try {
    host = new URL(origin).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
  const family = isIP(host);
  return family ? { ip: host, type: family === 4 ? 'ipv4' : 'ipv6' } : undefined;
}

/**
 * Requests to an address in a NO_PROXY range go direct; every other request goes to the proxy agent (which applies the
 * rest of NO_PROXY).
 */
class BypassRanges extends DispatcherBase {
  constructor(
    private readonly direct: Dispatcher,
    private readonly proxied: Dispatcher,
    private readonly ranges: BlockList,
  ) {
    super();
  }
  override dispatch(opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const ip = ipOf(String(opts.origin ?? ''));
    return (ip && this.ranges.check(ip.ip, ip.type) ? this.direct : this.proxied).dispatch(opts, handler);
  }
  override close(): Promise<void>;
  override close(callback: () => void): void;
  override close(callback?: () => void): Promise<void> | void {
    const done = Promise.all([this.direct.close(), this.proxied.close()]).then(() => undefined);
    if (!callback) return done;
    void done.then(callback);
  }
  override destroy(): Promise<void>;
  override destroy(err: Error | null): Promise<void>;
  override destroy(callback: () => void): void;
  override destroy(err: Error | null, callback: () => void): void;
  override destroy(a?: Error | null | (() => void), b?: () => void): Promise<void> | void {
    const err = typeof a === 'function' ? null : (a ?? null);
    const callback = typeof a === 'function' ? a : b;
    const done = Promise.all([this.direct.destroy(err), this.proxied.destroy(err)]).then(() => undefined);
    if (!callback) return done;
    void done.then(callback);
  }
}

/** Whether a config's insecureHosts lists this host, alone ("host") or with this port ("host:port"). */
export function listedInsecure(insecureHosts: readonly string[], host: string, port: string | number): boolean {
  return insecureHosts.includes(host) || insecureHosts.includes(`${host}:${port}`);
}

/**
 * The agents of one run, chosen per URL: asked again at every redirect hop, so a listed host's redirect to an unlisted
 * one is verified.
 */
export interface RunDispatchers {
  for(url: string): Dispatcher | undefined;
  /** Close every socket the run opened. */
  close(): Promise<void>;
}

/**
 * Run-scoped agents: the runner's own bound limits concurrency (a shared agent caps sockets per origin, which would
 * queue requests to one host behind each other), and closing them frees every socket at once. A `fixed` dispatcher
 * (tests) serves every URL and is left open.
 */
export function runDispatchers(env: Env, insecureHosts: readonly string[], fixed?: Dispatcher): RunDispatchers {
  let strict: Dispatcher | undefined;
  let lenient: Dispatcher | undefined;
  return {
    for(url) {
      if (fixed) return fixed;
      let listed = false;
      try {
        const u = new URL(url);
        listed = listedInsecure(
          insecureHosts,
          u.hostname.replace(/^\[|\]$/g, ''),
          u.port || (u.protocol === 'https:' ? '443' : '80'),
        );
      } catch {
        /* an invalid URL fails in the request itself */
      }
      if (!listed) return (strict ??= createDispatcher(env, { keepAliveTimeout: 4_000 }));
      return (lenient ??= createDispatcher(env, { keepAliveTimeout: 4_000, insecure: true }));
    },
    async close() {
      await Promise.all([strict, lenient].map((agent) => agent?.destroy().catch(() => undefined)));
    },
  };
}
