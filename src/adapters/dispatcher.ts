// The undici dispatcher every request goes through: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) honoured, as
// npm and gh do; TLS verified against Node's CAs (NODE_EXTRA_CA_CERTS adds a private one).
import { Agent, EnvHttpProxyAgent, type Dispatcher } from './undici.js';

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
  const common = { connections: opts.connections, keepAliveTimeout: opts.keepAliveTimeout, connect: { timeout: opts.connectTimeoutMs, ...tls } };
  const proxies = proxiesFrom(env);
  if (!proxies.http && !proxies.https) return new Agent(common);
  // Through a proxy, `requestTls` is what verifies the server at the end of the tunnel.
  return new EnvHttpProxyAgent({ ...common, httpProxy: proxies.http ?? '', httpsProxy: proxies.https ?? '', noProxy: proxies.noProxy ?? '', requestTls: tls });
}

/** Whether a config's insecureHosts lists this host, alone ("host") or with this port ("host:port"). */
export function listedInsecure(insecureHosts: readonly string[], host: string, port: string | number): boolean {
  return insecureHosts.includes(host) || insecureHosts.includes(`${host}:${port}`);
}

/** The agents of one run, chosen per URL: asked again at every redirect hop, so a listed host's redirect to an unlisted one is verified. */
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
        listed = listedInsecure(insecureHosts, u.hostname.replace(/^\[|\]$/g, ''), u.port || (u.protocol === 'https:' ? '443' : '80'));
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
