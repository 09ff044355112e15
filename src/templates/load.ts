// Reads the embedded template set and merges a team's override directory over it, file by file.
import { readdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import type { TemplateFile, TemplateSet } from './engine.js';

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

export function embeddedTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}

async function walk(dir: string): Promise<string[]> {
  // One recursive listing (not one call per subdirectory): drafting reads the embedded set on every run.
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/** Read one directory of templates: CHANNEL/VARIANT.hbs and partials/NAME.hbs. */
export async function readTemplateDir(dir: string, origin: TemplateFile['origin']): Promise<TemplateFile[]> {
  const st = await stat(dir).catch(() => undefined);
  if (!st?.isDirectory()) throw new UsageError(`${dir}: not a template directory`);
  const files = await walk(dir);
  return Promise.all(
    files.map(async (p) => {
      const rel = relative(dir, p).split(sep).join('/');
      return {
        name: rel.replace(/\.hbs$/, ''),
        path: origin === 'embedded' ? `embedded:${rel}` : p,
        source: await readFile(p, 'utf8'),
        origin,
      };
    }),
  );
}

export function toTemplateSet(files: TemplateFile[]): TemplateSet {
  const set: TemplateSet = { templates: new Map(), partials: new Map() };
  for (const f of files) {
    if (f.name.startsWith('partials/')) set.partials.set(f.name.slice('partials/'.length), f);
    else set.templates.set(f.name, f);
  }
  return set;
}

/** The embedded set with each override directory merged over it (later wins, by relative path). */
export async function loadTemplateSet(overrideDirs: string[] = []): Promise<TemplateSet> {
  const byName = new Map<string, TemplateFile>();
  for (const f of await readTemplateDir(embeddedTemplatesDir(), 'embedded')) byName.set(f.name, f);
  for (const dir of overrideDirs) for (const f of await readTemplateDir(dir, 'override')) byName.set(f.name, f);
  return toTemplateSet([...byName.values()]);
}
