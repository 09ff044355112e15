// Finds, reads, parses and validates the config file; resolves it over the embedded defaults.
import { existsSync } from 'node:fs';
import { lstat, stat } from '../platform/files.js';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from '../platform/errors.js';
import { DEFAULT_LAYERS, mergeLayers, type Layer } from '../model/layers.js';
import { isUtcZone } from '../text/time.js';
import { unknownNames } from '../text/suggest.js';
import { fsError, readTextFile } from '../platform/fs.js';
import { registerCredentialHeaders } from '../platform/secrets.js';
import { CATALOGUE, mergeCatalogue, type CatalogueEntry } from '../model/providers.js';
import type { Config, ProbeConfig } from './schema.js';

/** A config file is a few KB; this is far above any real one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export const CONFIG_NAMES = ['layerpost.config.yaml', 'layerpost.config.yml', 'layerpost.config.json'];

export interface ResolvedConfig {
  /** The file it came from, or undefined for embedded defaults. */
  file?: string;
  /** Found by the search in a folder above the working directory (not named with --config). */
  foundAbove?: boolean;
  /** Relative paths in the config resolve against this. */
  baseDir: string;
  product: {
    name: string;
    feature: string;
    timeZone: string;
    statusUrl?: string;
    components?: Array<{ id: string; name: string }>;
  };
  templatesDir?: string;
  out: string;
  /** The whole merged catalogue. */
  catalogue: CatalogueEntry[];
  /** Providers the config names (or the whole catalogue when no config names any). */
  providers: CatalogueEntry[];
  /** Configured probes; undefined means "use the embedded default probes". */
  probes?: ProbeConfig[];
  layers: Layer[];
  channels: { enabled?: string[]; mastodonLimit: number; handles: Record<string, string> };
  lint: { rules: Record<string, 'off' | 'warning' | 'error'>; vaguePhrases?: string[] };
  /** Evidence older than this is said before drafting. */
  evidenceMaxAgeMinutes: number;
  timeoutMs: number;
  probeTimeoutMs: number;
  concurrency: number;
  deadlineSeconds: number;
  insecureHosts: string[];
  raw: Config;
}

/** The repository `dir` is in (the nearest parent with .git), where the search for a config stops. */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** Whether `dir` is `ancestor` or inside it. */
function within(dir: string, ancestor: string): boolean {
  const rel = relative(resolve(ancestor), resolve(dir));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Where a search from `cwd` stops: the repository root, else the home directory when the working directory is in it,
 * else the working directory itself (never a climb to / from a folder outside home, such as /tmp).
 */
export function searchStop(cwd: string, home = homedir()): string {
  // A HOME of "/" (some containers) bounds nothing: then the working directory is the bound.
  return (
    repositoryRoot(cwd) ??
    (home && dirname(resolve(home)) !== resolve(home) && within(cwd, home) ? resolve(home) : resolve(cwd))
  );
}

/**
 * Why a config found by the search must not be loaded: its folder is writable by every user, or it or its folder
 * belongs to another user (anyone could have put it there, as git's safe.directory reasons). undefined: safe.
 */
export async function unsafePlace(file: string, uid = process.getuid?.()): Promise<string | undefined> {
  const dir = dirname(file);
  const [d, f] = await Promise.all([stat(dir), lstat(file)]);
  if (d.mode & 0o002) return `its folder ${dir} is writable by every user`;
  if (uid !== undefined && d.uid !== uid) return `its folder ${dir} belongs to another user (uid ${d.uid})`;
  if (uid !== undefined && f.uid !== uid) return `it belongs to another user (uid ${f.uid})`;
  if (f.mode & 0o002) return 'it is writable by every user';
  return undefined;
}

/**
 * The nearest config file from `cwd` up to searchStop(cwd), with its text. An empty file counts (it is that file, not
 * one further up); a folder or a named pipe of that name is an error, as is a place another user could have written.
 */
export async function findConfig(cwd: string, home?: string): Promise<{ file: string; text: string } | undefined> {
  const stop = searchStop(cwd, home);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      const info = await lstat(file).catch((err: { code?: string }) => {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined;
        throw fsError(err, file, 'config file');
      });
      if (!info) continue;
      const why = await unsafePlace(file).catch((err: unknown) => {
        throw fsError(err, file, 'config file');
      });
      if (why)
        throw new ConfigError(
          `${file}: not loaded: ${why}, so anyone could have put it there; move it to a folder of your own, or name it with --config if you trust it`,
        );
      return { file, text: await readTextFile(file, 'config file', MAX_CONFIG_BYTES, { strictUtf8: true }) };
    }
    if (dir === stop || dirname(dir) === dir) return undefined;
  }
}

/** One line for a run that found no config: what was searched, and what serves instead. */
export function noConfigLine(cwd: string, home?: string): string {
  const stop = searchStop(cwd, home);
  const where = stop === resolve(cwd) ? cwd : `${cwd} or a parent up to ${stop}`;
  return `No layerpost.config.{yaml,yml,json} in ${where}: using the embedded defaults (\`layerpost init\` writes one, --config names one).`;
}

export async function loadConfig(opts: { cwd: string; path?: string; home?: string }): Promise<ResolvedConfig> {
  let file: string;
  let text: string;
  if (opts.path) {
    file = resolve(opts.cwd, opts.path);
    // Bounded: `--config /dev/zero` (or any huge file) is a clear error, not a read until memory runs out.
    text = await readTextFile(file, 'config file', MAX_CONFIG_BYTES, { strictUtf8: true });
  } else {
    const found = await findConfig(opts.cwd, opts.home);
    if (!found) return resolveConfig({}, { baseDir: opts.cwd });
    ({ file, text } = found);
  }
  // The parser (zod schema, YAML) loads only when there is a file to parse.
  const { parseConfigText } = await import('./parse.js');
  const parsed = parseConfigText(text, file);
  registerCredentialHeaders(parsed.credentialHeaders ?? []);
  const config = resolveConfig(parsed, { file, baseDir: dirname(file) });
  if (!opts.path && resolve(dirname(file)) !== resolve(opts.cwd)) config.foundAbove = true;
  return config;
}

export function resolveConfig(config: Config, where: { file?: string; baseDir: string }): ResolvedConfig {
  const source = where.file ?? 'embedded config';
  const layers = mergeLayers(config.layers ?? []);
  const catalogue = mergeCatalogue(config.providers ?? [], CATALOGUE);
  const layerIds = new Set(layers.map((l) => l.id));
  const providerIds = new Set(catalogue.map((p) => p.id));
  const problems: string[] = [];
  (config.layers ?? []).forEach((l, i) => {
    // A layer of the team's own must say, like the default ones, what its drafts call it and what it leaves unaffected.
    if (!DEFAULT_LAYERS.some((d) => d.id === l.id))
      for (const key of ['name', 'notAffected'] as const)
        if (!l[key]?.trim())
          problems.push(
            `layers[${i}].${key}: a new layer ("${l.id}") needs a ${key === 'name' ? 'plain name' : '"not affected" sentence'}`,
          );
    for (const key of ['short', 'notAffectedShort', 'notAffectedResolved'] as const)
      if (l[key] !== undefined)
        problems.push(
          `layers[${i}].${key}: a layer's words are template phrases now; write templates/phrases/${key === 'short' ? 'layer-name' : 'not-affected-short'}/${l.id}.hbs in your template directory`,
        );
  });
  const seen = new Set<string>();
  (config.probes ?? []).forEach((p, i) => {
    if (!layerIds.has(p.layer)) problems.push(`probes[${i}].layer: ${unknownNames('layer', [p.layer], [...layerIds])}`);
    if (p.provider && !providerIds.has(p.provider))
      problems.push(`probes[${i}].provider: ${unknownNames('provider', [p.provider], [...providerIds])}`);
    if (seen.has(p.id)) problems.push(`probes[${i}].id: duplicate probe id "${p.id}"`);
    p.prometheus?.layers.forEach((rule, j) => {
      if (!layerIds.has(rule.layer))
        problems.push(
          `probes[${i}].prometheus.layers[${j}].layer: ${unknownNames('layer', [rule.layer], [...layerIds])}`,
        );
    });
    seen.add(p.id);
  });
  (config.providers ?? []).forEach((p, i) => {
    const entry = catalogue.find((c) => c.id === p.id);
    if (!entry?.status && !CATALOGUE.some((c) => c.id === p.id))
      problems.push(`providers[${i}].status: a new provider needs a status source ({ kind, url })`);
    for (const [cid, map] of Object.entries(p.components ?? {}))
      if (map.layer && !layerIds.has(map.layer))
        problems.push(`providers[${i}].components.${cid}.layer: ${unknownNames('layer', [map.layer], [...layerIds])}`);
  });
  const tz = config.product?.timeZone ?? 'UTC';
  try {
    if (!isUtcZone(tz)) new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    problems.push(`product.timeZone: unknown time zone "${tz}"`);
  }
  if (problems.length)
    throw new ConfigError(
      `${source}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    );
  const named = new Set((config.providers ?? []).map((p) => p.id));
  for (const p of config.probes ?? []) if (p.provider) named.add(p.provider);
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(where.baseDir, p));
  return {
    file: where.file,
    baseDir: where.baseDir,
    product: {
      // No invented name: a real draft asks for it (or takes the incident's), and a feature defaults to the product.
      name: config.product?.name ?? '',
      feature: config.product?.feature ?? config.product?.name ?? '',
      timeZone: tz,
      statusUrl: config.product?.statusUrl,
      components: config.product?.components ?? [],
    },
    templatesDir: config.templates ? abs(config.templates) : undefined,
    out: abs(config.out ?? 'incident-drafts'),
    catalogue,
    providers: named.size ? catalogue.filter((c) => named.has(c.id)) : catalogue,
    probes: config.probes,
    layers,
    channels: {
      enabled: config.channels?.enabled,
      mastodonLimit: config.channels?.mastodon?.limit ?? 500,
      handles: channelHandles(config.channels),
    },
    lint: { rules: config.lint?.rules ?? {}, vaguePhrases: config.lint?.vaguePhrases },
    evidenceMaxAgeMinutes: config.evidenceMaxAgeMinutes ?? 15,
    timeoutMs: config.timeoutMs ?? 10_000,
    probeTimeoutMs: config.probeTimeoutMs ?? 5_000,
    concurrency: config.concurrency ?? 128,
    deadlineSeconds: config.deadlineSeconds ?? 20,
    insecureHosts: config.insecureHosts ?? [],
    raw: config,
  };
}

/** channels.x.handle, channels.mastodon.handle … as { x: "@acme", … }. */
function channelHandles(channels: Config['channels']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, v] of Object.entries(channels ?? {})) {
    const handle = v && typeof v === 'object' && !Array.isArray(v) ? (v as { handle?: unknown }).handle : undefined;
    if (typeof handle === 'string') out[id] = handle;
  }
  return out;
}
