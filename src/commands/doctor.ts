// `layerpost doctor`: gathers what a draft depends on (the config found, the credentials the probes need, the proxy,
// whether each status source and probe target answers, the template set's lint, Node and its compile cache) and prints
// doctor/checks.ts's checks, one line each; exit 1 when one would stop a draft.
import { lookup } from 'node:dns/promises';
import { readFile, stat } from '../platform/files.js';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { proxiesFrom, runDispatchers, shownProxy } from '../platform/dispatcher.js';
import { classify, httpRequest } from '../platform/http.js';
import { makeChalk } from '../platform/color.js';
import { loadConfig, noConfigLine, resolveConfig, type ResolvedConfig } from '../config/load.js';
import { describeSends, untrustedSends } from '../config/trust.js';
import type { ProbeConfig } from '../config/schema.js';
import { doctorChecks, type Check, type DoctorFacts, type Reach } from '../doctor/checks.js';
import { UsageError } from '../platform/errors.js';
import { selectProbes } from '../evidence/gather.js';
import { canaryUrl } from '../evidence/probes/llm-canary.js';
import { envRefs, missingEnv, prepareProbes } from '../evidence/probes/prepare.js';
import { bound, opened } from '../evidence/probes/socket.js';
import { sourceUrl } from '../evidence/status/formats/index.js';
import { packageRoot } from '../templating/load.js';
import { Log, printJson, type Runtime } from '../platform/runtime.js';
import { lintConfigured } from './lint.js';
import { moduleApi } from '../platform/module-api.js';

const MARK = { ok: '✔', warn: '!', fail: '✖' } as const;

export async function run(rt: Runtime): Promise<number> {
  const log = new Log(rt);
  const c = await makeChalk(rt.color);
  const checks = doctorChecks(await gatherFacts(rt));
  if (rt.opts.json) printJson(rt, { ok: !checks.some((k) => k.status === 'fail'), checks });
  else {
    const width = Math.max(...checks.map((k) => k.id.length));
    const tone = (k: Check) => (k.status === 'ok' ? c.green : k.status === 'warn' ? c.yellow : c.red);
    const lines = checks.flatMap((k) => [
      `${tone(k)(MARK[k.status])} ${c.bold(k.id.padEnd(width))}  ${k.summary}`,
      ...(k.status !== 'ok' || rt.opts.verbose || k.id === 'credentials'
        ? k.details.map((d) => c.dim(`  ${' '.repeat(width)}  ${d}`))
        : []),
    ]);
    rt.stdout.write(lines.join('\n') + '\n');
    const failing = checks.filter((k) => k.status === 'fail');
    if (failing.length) log.warn(`layerpost: ${failing.map((k) => k.id).join(', ')} would stop a draft`);
  }
  return checks.some((k) => k.status === 'fail') ? 1 : 0;
}

async function gatherFacts(rt: Runtime): Promise<DoctorFacts> {
  let config: ResolvedConfig;
  let configError: string | undefined;
  try {
    config = await loadConfig({ cwd: rt.cwd, path: rt.opts.config });
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    configError = err.message;
    // the other checks still say what they can, over the embedded defaults
    config = resolveConfig({}, { baseDir: rt.cwd });
  }
  const probes = selectProbes(config);
  const byVar = new Map<string, string[]>();
  for (const p of probes) for (const name of envRefs(p)) byVar.set(name, [...(byVar.get(name) ?? []), p.id]);
  const credentials = [...byVar].map(([name, ids]) => ({ name, set: Boolean(rt.env[name]), probes: ids }));

  let runnable: ProbeConfig[] = [];
  try {
    runnable = prepareProbes(
      probes.filter((p) => !missingEnv(p, rt.env).length),
      rt.env,
    );
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    configError ??= err.message;
  }
  const timeoutMs = Math.min(config.probeTimeoutMs, 10_000);
  const dispatchers = runDispatchers(rt.env, config.insecureHosts);
  try {
    const [proxy, sources, targets, templates] = await Promise.all([
      proxyFact(rt, timeoutMs),
      sourceFacts(config, rt, timeoutMs, dispatchers.for('https://status.invalid/')),
      Promise.all(runnable.map((p) => reach(p, config, rt, timeoutMs, (u) => dispatchers.for(u)))),
      templateFacts(config),
    ]);
    return {
      config: {
        file: config.file,
        given: Boolean(rt.opts.config),
        foundAbove: config.foundAbove,
        error: configError,
        searchedFrom: rt.cwd,
        noneLine: noConfigLine(rt.cwd),
        untrustedSends: untrustedSends(config).map((s) => describeSends([s])),
        trusted: rt.opts.trustConfig === true,
      },
      credentials,
      probes: { total: probes.length, embeddedDefaults: !config.probes },
      proxy,
      sources,
      targets,
      templates,
      node: { version: process.versions.node, required: await requiredNode() },
      compileCache: compileCacheFact(rt.env),
    };
  } finally {
    await dispatchers.close();
  }
}

async function requiredNode(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(packageRoot(), 'package.json'), 'utf8')) as {
    engines?: { node?: string };
  };
  return pkg.engines?.node ?? '>=20.18';
}

/** The shim's code cache (bin/code-cache.js): the folder it keeps compiled code in, when it is safe to use. */
function compileCacheFact(env: NodeJS.ProcessEnv): DoctorFacts['compileCache'] {
  const cache = moduleApi().createRequire(import.meta.url)(join(packageRoot(), 'bin', 'code-cache.js')) as {
    cacheDir(): string | undefined;
    cacheRoot(): string;
  };
  const disabled = Boolean(env.NODE_DISABLE_COMPILE_CACHE);
  return { dir: disabled ? undefined : cache.cacheDir(), root: cache.cacheRoot(), disabled };
}

/** Opens a TCP connection to host:port: the question is only whether something answers there. */
async function connects(
  host: string,
  port: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<string | undefined> {
  const b = bound(timeoutMs, signal);
  try {
    (await opened(connect({ host, port }), 'connect', b.signal)).destroy();
    return undefined;
  } catch (err) {
    return classify(err, b.signal, b.timeout, timeoutMs).message;
  }
}

async function proxyFact(rt: Runtime, timeoutMs: number): Promise<DoctorFacts['proxy']> {
  const shown = shownProxy(rt.env);
  const url = proxiesFrom(rt.env).https;
  if (!shown || !url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { shown, answers: false, detail: 'not a URL' };
  }
  const problem = await connects(
    u.hostname.replace(/^\[|\]$/g, ''),
    Number(u.port || (u.protocol === 'https:' ? 443 : 80)),
    timeoutMs,
    rt.signal,
  );
  return { shown, answers: !problem, detail: problem ?? 'connected' };
}

async function sourceFacts(
  config: ResolvedConfig,
  rt: Runtime,
  timeoutMs: number,
  dispatcher: ReturnType<ReturnType<typeof runDispatchers>['for']>,
): Promise<Reach[]> {
  const entries = config.providers.filter((p) => p.status);
  if (!entries.length) return [];
  const { fetchStatuses } = await import('../evidence/status/fetch.js');
  const statuses = await fetchStatuses(entries, { timeoutMs, signal: rt.signal, now: rt.now, dispatcher });
  return statuses.map((s, i) => ({
    id: s.id,
    target: originOf(sourceUrl(entries[i]!.status!)),
    ok: !s.error,
    detail: s.error ?? 'answered',
  }));
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Whether a probe's target answers at all (any HTTP status will do): nothing is sent that costs anything (no canary
 * prompt).
 */
async function reach(
  p: ProbeConfig,
  config: ResolvedConfig,
  rt: Runtime,
  timeoutMs: number,
  dispatcherFor: (url: string) => ReturnType<ReturnType<typeof runDispatchers>['for']>,
): Promise<Reach> {
  const url =
    p.http?.url ??
    (p['llm-canary'] ? canaryUrl(p['llm-canary'].api, p['llm-canary'].baseUrl) : undefined) ??
    p.prometheus?.url ??
    p.evidence?.from;
  const hostPort = p.tcp ?? p.tls;
  if (p.dns) {
    const b = bound(timeoutMs, rt.signal);
    try {
      await lookup(p.dns.host);
      return { id: p.id, target: p.dns.host, ok: true, detail: 'resolves' };
    } catch (err) {
      return { id: p.id, target: p.dns.host, ok: false, detail: classify(err, b.signal, b.timeout, timeoutMs).message };
    }
  }
  if (hostPort) {
    const target = `${hostPort.host}:${hostPort.port ?? 443}`;
    const problem = await connects(hostPort.host, hostPort.port ?? 443, timeoutMs, rt.signal);
    return { id: p.id, target, ok: !problem, detail: problem ?? 'connects' };
  }
  if (url && /^https?:\/\//i.test(url)) {
    const origin = originOf(url);
    try {
      const res = await httpRequest(`${origin}/`, {
        method: 'HEAD',
        timeoutMs,
        retry: false,
        maxRedirects: 0,
        maxBytes: 64 * 1024,
        signal: rt.signal,
        dispatcherFor,
      });
      return { id: p.id, target: origin, ok: true, detail: `answers (HTTP ${res.status})` };
    } catch (err) {
      return { id: p.id, target: origin, ok: false, detail: classify(err).message };
    }
  }
  if (url) {
    const file = resolve(config.baseDir, url.replace(/^file:\/\//, ''));
    const ok = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    return { id: p.id, target: file, ok, detail: ok ? 'readable' : 'no such file' };
  }
  return { id: p.id, target: p.id, ok: true, detail: 'nothing to reach' };
}

async function templateFacts(config: ResolvedConfig): Promise<DoctorFacts['templates']> {
  const where = config.templatesDir ?? 'the embedded templates';
  try {
    const r = await lintConfigured(config);
    const first = r.findings.find((f) => f.severity === 'error');
    return {
      where,
      files: r.filesChecked,
      errors: r.findings.filter((f) => f.severity === 'error').length,
      warnings: r.findings.filter((f) => f.severity === 'warning').length,
      firstError: first ? `${first.file ?? ''}${first.line ? `:${first.line}` : ''}: ${first.message}` : undefined,
    };
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return { where, files: 0, errors: 1, warnings: 0, firstError: err.message };
  }
}
