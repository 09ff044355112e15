// Reads the embedded template set and merges a team's override directory over it, file by file.
import { readdir, readFile, realpath, stat } from '../platform/files.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fsError, readTextFile } from '../platform/fs.js';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../platform/errors.js';
import { BUILT } from '../platform/version.js';
import { partialName, PHRASES_BY_KIND, type TemplateFile, type TemplateSet } from './set.js';
import { moduleApi } from '../platform/module-api.js';
import type { OwnMain, OwnRuntime } from './own-runtime.js';

let root: string | undefined;
/** The package root (where package.json and templates/ are), from src/ or from dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('layerpost: cannot find the embedded templates directory');
}

/** The build's embedded templates (dist/templates.cjs): each file's source beside its JavaScript (compile-js.ts). */
export interface Precompiled {
  /** COMPILE_OPTIONS the build used; must equal today's. */
  options: unknown;
  /**
   * By template name ("channels/x/default", "phrases/cause/network"), in name order; `js(runtime)` makes the
   * template's main program, so a run compiles only the templates it uses.
   */
  templates: Record<string, { source: string; js: (r: OwnRuntime) => OwnMain }>;
}

/**
 * The templates as part of the CLI script (its first statement: cliScriptOptions in scripts/bundle-options.mjs);
 * undefined in the other builds and from src/.
 */
declare const __LAYERPOST_TEMPLATES__: Precompiled | undefined;

let loaded: Precompiled | null | undefined;
/** dist/templates.cjs, read once per run; undefined before a build (tests running from src/). */
export function loadPrecompiled(): Precompiled | undefined {
  if (loaded === undefined) {
    try {
      // A CommonJS file the build writes beside the bundle.
      loaded =
        typeof __LAYERPOST_TEMPLATES__ === 'object'
          ? __LAYERPOST_TEMPLATES__
          : (moduleApi().createRequire(import.meta.url)(join(packageRoot(), 'dist', 'templates.cjs')) as Precompiled);
    } catch {
      loaded = null; // not built, or an old build: compile instead
    }
  }
  return loaded ?? undefined;
}

/**
 * lint's scans of exactly the build's templates, by name (src/lint/scans.ts ScanData), as JSON (dist/scans.json, written
 * with dist/templates.cjs); undefined before a build or when unreadable (lint then parses the templates).
 */
export function loadScansJson(): string | undefined {
  try {
    return readFileSync(join(packageRoot(), 'dist', 'scans.json'), 'utf8');
  } catch {
    return undefined;
  }
}

export function embeddedTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}

/** A template file is a few KB; a bound on a huge file (or a device) named like one (what renders is bounded apart). */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

async function walk(dir: string): Promise<string[]> {
  // One recursive listing (not one call per subdirectory): drafting reads the embedded set on every run.
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch((err: unknown) => {
    throw fsError(err, (err as { path?: string }).path ?? dir, 'template directory');
  });
  const files: string[] = [];
  for (const e of entries) {
    if (!e.name.endsWith('.hbs')) continue;
    const path = join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    if (e.isFile()) files.push(path);
    // A symbolic link is followed when it leads to a file inside the template folder (a shared phrase linked in
    // place); one that leads out of it is refused, not skipped without a word (drafts would use the embedded text).
    else if (e.isSymbolicLink()) files.push(await linkedTemplate(dir, path));
    // A named pipe, socket or device named like a template is said, not skipped.
    else if (!e.isDirectory())
      throw new UsageError(`${path}: not a regular file (a named pipe, socket or device); a template is a file`);
  }
  return files.sort();
}

async function linkedTemplate(dir: string, path: string): Promise<string> {
  const [root, target] = await Promise.all([realpath(dir), realpath(path)]).catch((err: unknown) => {
    throw fsError(err, path, 'template');
  });
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new UsageError(
      `${path}: a symbolic link to ${target}, outside the template folder ${dir}; copy the file in instead`,
    );
  const st = await stat(target);
  if (!st.isFile()) throw new UsageError(`${path}: a symbolic link to something that is not a file (${target})`);
  return path;
}

/** The channel folders of the layout before templates/channels/ (a fixed list: that layout will not grow). */
const OLD_CHANNEL_FOLDERS = ['statuspage', 'x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'sms', 'slack'];

/**
 * Where a file of the older layout goes now, in words, or undefined when `name` is not one: a team's directory written
 * for it is refused with that line rather than read and never rendered (an edit that silently reaches no draft).
 */
export function movedTo(name: string): { path: string; note?: string } | undefined {
  const phrase = /^(?:phrases|partials)\/([^/]+)$/.exec(name)?.[1];
  if (phrase && Object.hasOwn(PHRASES_BY_KIND, phrase)) {
    return {
      path: `phrases/${phrase}/KIND.hbs`,
      note: `one file per value of ${PHRASES_BY_KIND[phrase]!.replace(/^\.\//, '')}, listed in templates/README.md`,
    };
  }
  const m = /^([^/]+)\/([^/]+)$/.exec(name);
  if (!m) return undefined;
  const [, folder, file] = m as unknown as [string, string, string];
  if (folder === 'social' && (file === 'default' || file === 'short')) {
    const phrase = file === 'default' ? 'social-post' : 'social-post-short';
    const who = file === 'short' ? 'every social channel and SMS share' : 'every social channel shares';
    return { path: `phrases/${phrase}.hbs`, note: `the text ${who}; channels/x/${file}.hbs changes X alone` };
  }
  if (OLD_CHANNEL_FOLDERS.includes(folder)) return { path: `channels/${folder}/${file}.hbs` };
  return undefined;
}

/** A path under templates/ that belongs to the review page (templates/review/), not to the drafts' set. */
export function isReviewTemplate(rel: string): boolean {
  return /^review(\/|$)/.test(rel.split(sep).join('/'));
}

/**
 * Read one directory of templates: channels/CHANNEL/VARIANT.hbs and phrases/NAME.hbs (or the older partials/NAME.hbs).
 */
export async function readTemplateDir(dir: string, origin: TemplateFile['origin']): Promise<TemplateFile[]> {
  const st = await stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) throw new UsageError(`${dir}: not a template directory`);
  // review/ is the review page's own set (templates/review/, src/review/templates.ts), never a draft's template; a
  // team's copy of the shipped folder (init --templates did copy it) lints clean.
  const files = (await walk(dir)).filter((p) => !isReviewTemplate(relative(dir, p)));
  return Promise.all(
    files.map(async (p) => {
      const rel = relative(dir, p).split(sep).join('/');
      const moved = origin === 'override' ? movedTo(rel.replace(/\.hbs$/, '')) : undefined;
      if (moved)
        throw new UsageError(
          `${p}: this template now goes in ${join(dir, moved.path)}${moved.note ? ` (${moved.note})` : ''}; move it there`,
        );
      return {
        name: rel.replace(/\.hbs$/, ''),
        path: origin === 'embedded' ? `embedded:${rel}` : p,
        // A team's files are bounded and must be UTF-8; every failure names the file (exit 2), never "internal error".
        source:
          origin === 'embedded'
            ? await readFile(p, 'utf8')
            : await readTextFile(p, 'template', MAX_TEMPLATE_BYTES, { strictUtf8: true }),
        origin,
      };
    }),
  );
}

export function toTemplateSet(files: TemplateFile[]): TemplateSet {
  const set: TemplateSet = { templates: new Map(), partials: new Map(), layered: new Map() };
  for (const f of files) {
    const name = partialName(f.name);
    if (name === undefined) {
      set.templates.set(f.name, f);
      continue;
    }
    set.partials.set(name, f);
    const slash = name.indexOf('/');
    // A folder of phrases is by layer, unless it is a phrase by kind (PHRASES_BY_KIND).
    if (slash > 0 && name.indexOf('/', slash + 1) < 0 && !Object.hasOwn(PHRASES_BY_KIND, name.slice(0, slash))) {
      const phrase = name.slice(0, slash);
      const byKey = set.layered.get(phrase) ?? new Map<string, TemplateFile>();
      set.layered.set(phrase, byKey.set(name.slice(slash + 1), f));
    }
  }
  return set;
}

/** A team's words from config (a layer's name or "not affected" sentence) as phrase files over the template set. */
export interface ConfigPhrase {
  /** phrases/layer-name/network */
  name: string;
  /** "layerpost.config.yaml: layers[1].name", for messages. */
  path: string;
  source: string;
}

/**
 * The embedded set. A built CLI takes it from the build (every source beside its JavaScript, in the CLI script and
 * dist/templates.cjs), reading no .hbs file; from src/ (tests, no build) it reads templates/.
 */
async function embeddedFiles(): Promise<TemplateFile[]> {
  const pre = BUILT ? loadPrecompiled() : undefined;
  if (!pre) return readTemplateDir(embeddedTemplatesDir(), 'embedded');
  return Object.entries(pre.templates)
    .map(([name, t]): TemplateFile => ({ name, path: `embedded:${name}.hbs`, source: t.source, origin: 'embedded' }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The embedded set with each override directory merged over it (later wins, by relative path). */
export async function loadTemplateSet(
  overrideDirs: string[] = [],
  configPhrases: readonly ConfigPhrase[] = [],
): Promise<TemplateSet> {
  const byName = new Map<string, TemplateFile>();
  // partials/NAME and phrases/NAME are one partial: a team's older partials/ override still replaces the phrase.
  const key = (name: string) => (partialName(name) !== undefined ? `phrases/${partialName(name)}` : name);
  for (const f of await embeddedFiles()) byName.set(key(f.name), f);
  for (const dir of overrideDirs) for (const f of await readTemplateDir(dir, 'override')) byName.set(key(f.name), f);
  for (const p of configPhrases)
    byName.set(key(p.name), { name: p.name, path: p.path, source: p.source, origin: 'override' });
  return toTemplateSet([...byName.values()]);
}

/** The phrases a config's layers give in their own words. */
export function layerPhrases(
  layers: ReadonlyArray<{ id: string; nameTemplate?: string; notAffectedTemplate?: string }>,
  configFile = 'config',
): ConfigPhrase[] {
  const out: ConfigPhrase[] = [];
  layers.forEach((l) => {
    if (l.nameTemplate !== undefined)
      out.push({
        name: `phrases/layer-name/${l.id}`,
        path: `${configFile}#layers.${l.id}.name`,
        source: l.nameTemplate,
      });
    if (l.notAffectedTemplate !== undefined)
      out.push({
        name: `phrases/not-affected/${l.id}`,
        path: `${configFile}#layers.${l.id}.notAffected`,
        source: l.notAffectedTemplate,
      });
  });
  return out;
}
