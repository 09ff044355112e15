// `layerpost doctor`'s checks, pure: each a function of the facts the command gathered (config, environment, network,
// templates, Node), one line each, and whether it would stop a draft.

export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface Check {
  id: 'config' | 'credentials' | 'proxy' | 'status-sources' | 'probe-targets' | 'templates' | 'node' | 'startup-cache';
  status: CheckStatus;
  /** One line, no value of any credential. */
  summary: string;
  /** Further lines (each unreachable target, each unset variable). */
  details: string[];
}

export interface Reach {
  /** A provider or probe id. */
  id: string;
  /** What was tried: a host, host:port or URL origin (never a path, query or credential). */
  target: string;
  ok: boolean;
  /** The failure's reason, or the answer seen. */
  detail: string;
}

export interface DoctorFacts {
  config: {
    file?: string;
    given: boolean;
    /** Found by the search in a folder above the working directory. */
    foundAbove?: boolean;
    error?: string;
    searchedFrom: string;
    /** The loader's line for a search that found none. */
    noneLine: string;
    /** What a config found above would send where the embedded catalogue does not ("probe "x" sends ${K} to h"). */
    untrustedSends: string[];
    trusted: boolean;
  };
  /** Each ${VAR} the configured probes reference: set or not (never its value), and the probes needing it. */
  credentials: Array<{ name: string; set: boolean; probes: string[] }>;
  probes: { total: number; embeddedDefaults: boolean };
  proxy?: { shown: string; answers: boolean; detail: string };
  sources: Reach[];
  targets: Reach[];
  templates: { where: string; files: number; errors: number; warnings: number; firstError?: string };
  node: { version: string; required: string };
  /** The start-up code cache (bin/code-cache.js): its folder when one is in use, the folder it would be under. */
  compileCache: { dir?: string; root: string; disabled: boolean };
}

/** "20.18" ≤ "20.20.2"? Plain numeric comparison of dotted versions. */
export function atLeast(version: string, required: string): boolean {
  const a = version.replace(/^v/, '').split('.').map(Number);
  const b = required
    .replace(/^[^\d]*/, '')
    .split('.')
    .map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function reachCheck(id: 'status-sources' | 'probe-targets', noun: string, all: readonly Reach[]): Check {
  const down = all.filter((r) => !r.ok);
  if (!all.length) return { id, status: 'ok', summary: `no ${noun}s to reach`, details: [] };
  // An unreachable source or target is what an incident may look like; a draft still runs and records it.
  return {
    id,
    status: down.length ? 'warn' : 'ok',
    summary: down.length
      ? `${down.length} of ${plural(all.length, noun)} not reachable`
      : `all ${plural(all.length, noun)} reachable`,
    details: down.map((r) => `${r.id} (${r.target}): ${r.detail}`),
  };
}

export function doctorChecks(f: DoctorFacts): Check[] {
  const checks: Check[] = [];
  const c = f.config;
  const asks = c.untrustedSends.length > 0 && !c.trusted;
  checks.push(
    c.error
      ? { id: 'config', status: 'fail', summary: c.error, details: [] }
      : c.file
        ? {
            id: 'config',
            // draft asks once in a terminal before such a config sends a key, and stops without one
            status: asks ? 'warn' : 'ok',
            summary: `${c.file} (${c.given ? 'named by --config' : c.foundAbove ? `the nearest, in a folder above ${c.searchedFrom}` : 'in the working directory'})${asks ? ': draft asks before it sends credentials to hosts no known provider uses (--trust-config to allow)' : ''}`,
            details: asks ? c.untrustedSends : [],
          }
        : { id: 'config', status: 'warn', summary: c.noneLine, details: [] },
  );

  const unset = f.credentials.filter((v) => !v.set);
  const blocked = new Set(unset.flatMap((v) => v.probes));
  const noneRuns = f.probes.total > 0 && blocked.size >= f.probes.total;
  checks.push({
    id: 'credentials',
    status: noneRuns ? 'fail' : unset.length ? 'warn' : 'ok',
    summary: !f.credentials.length
      ? `none needed${f.probes.embeddedDefaults ? ' (the embedded probes use no secret)' : ''}`
      : unset.length
        ? `${plural(unset.length, 'variable')} not set: ${unset.map((v) => v.name).join(', ')}; ${noneRuns ? 'no probe can run' : `${plural(blocked.size, 'probe')} will not run`}`
        : `${plural(f.credentials.length, 'variable')} set: ${f.credentials.map((v) => v.name).join(', ')}`,
    details: f.credentials.map((v) => `${v.name}: ${v.set ? 'set' : 'not set'} (needed by ${v.probes.join(', ')})`),
  });

  checks.push(
    !f.proxy
      ? {
          id: 'proxy',
          status: 'ok',
          summary: 'none (HTTPS_PROXY and HTTP_PROXY are not set): requests go direct',
          details: [],
        }
      : {
          id: 'proxy',
          status: f.proxy.answers ? 'ok' : 'warn',
          summary: `${f.proxy.shown}: ${f.proxy.answers ? 'answers' : `does not answer (${f.proxy.detail})`}`,
          details: [],
        },
  );
  checks.push(reachCheck('status-sources', 'status source', f.sources));
  checks.push(reachCheck('probe-targets', 'probe target', f.targets));

  const t = f.templates;
  checks.push({
    id: 'templates',
    status: t.errors ? 'fail' : t.warnings ? 'warn' : 'ok',
    summary: `${t.where}: ${plural(t.files, 'file')}, ${t.errors || t.warnings ? `${plural(t.errors, 'error')} and ${plural(t.warnings, 'warning')} (\`layerpost lint\` shows them)` : 'lint clean'}`,
    details: t.firstError ? [t.firstError] : [],
  });

  const nodeOk = atLeast(f.node.version, f.node.required);
  checks.push({
    id: 'node',
    status: nodeOk ? 'ok' : 'fail',
    summary: `Node ${f.node.version}${nodeOk ? '' : `: layerpost needs ${f.node.required}`}`,
    details: [],
  });
  const cc = f.compileCache;
  checks.push(
    cc.dir
      ? { id: 'startup-cache', status: 'ok', summary: `compiled code is cached in ${cc.dir}`, details: [] }
      : {
          id: 'startup-cache',
          status: 'warn',
          summary: cc.disabled
            ? 'off (NODE_DISABLE_COMPILE_CACHE is set): each run compiles the CLI again'
            : `not in use: ${cc.root}/layerpost/v8 is not a folder of yours that only you can write (or cannot be made): each run compiles the CLI again`,
          details: [],
        },
  );
  return checks;
}
