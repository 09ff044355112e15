// Bundle storage: OUT/INCIDENT/NNN-PHASE/ written whole or not at all, and the previous update.
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_DOCUMENT, type BundleManifest } from '../core/bundle.js';
import { readDocument } from '../core/document.js';
import { UsageError } from '../errors.js';
import { readTextFileIfAny, sweepStaleTemps, writeDirAtomic } from '../adapters/fs.js';

const BUNDLE_DIR = /^(\d{3})-([a-z]+)$/;

export interface PreviousBundle {
  dir: string;
  manifest: BundleManifest;
}

/**
 * OUT/INCIDENT must be a real directory (or not exist yet): a symlink there would put the bundle wherever it
 * points, as the NNN folders' atomic rename already refuses to do.
 */
export async function checkIncidentDir(out: string, incident: string): Promise<void> {
  const dir = join(out, incident);
  const info = await lstat(dir).catch(() => undefined);
  if (info?.isSymbolicLink()) throw new UsageError(`${dir}: is a symbolic link; an incident folder must be a real directory (remove the link, or choose another --out)`);
  if (info && !info.isDirectory()) throw new UsageError(`${dir}: is not a directory`);
}

/** The latest bundle of an incident, or undefined for a first update. */
export async function findPrevious(out: string, incident: string): Promise<PreviousBundle | undefined> {
  await checkIncidentDir(out, incident);
  const dir = join(out, incident);
  const names = await readdir(dir).catch(() => [] as string[]);
  const numbered = names.filter((n) => BUNDLE_DIR.test(n)).sort();
  for (const name of numbered.reverse()) {
    const path = join(dir, name, 'draft.json');
    const text = await readTextFileIfAny(path, 'bundle manifest');
    if (text === undefined) continue;
    return { dir: join(dir, name), manifest: readDocument(text, path, BUNDLE_DOCUMENT) };
  }
  return undefined;
}

/** The next update number: one more than the highest bundle present. */
export async function nextUpdateNumber(out: string, incident: string): Promise<number> {
  const names = await readdir(join(out, incident)).catch(() => [] as string[]);
  let max = 0;
  for (const n of names) {
    const m = BUNDLE_DIR.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/**
 * Write the bundle as OUT/INCIDENT/NNN-PHASE. Another run may take the same number at the same moment:
 * the atomic rename then fails for one of them, which takes the next number instead. Never overwrites.
 */
export async function writeBundle(
  out: string,
  incident: string,
  phase: string,
  update: number,
  files: (update: number) => Record<string, string> | Promise<Record<string, string>>,
): Promise<{ dir: string; update: number }> {
  await checkIncidentDir(out, incident);
  // Temp dirs of runs killed mid-write (SIGKILL, a second Ctrl-C) are removed here; a run still writing keeps its own.
  await sweepStaleTemps(join(out, incident));
  await sweepStaleTemps(out);
  for (let n = update, tries = 0; tries < 50; n++, tries++) {
    const dir = join(out, incident, `${String(n).padStart(3, '0')}-${phase}`);
    try {
      await writeDirAtomic(dir, await files(n));
      return { dir, update: n };
    } catch (err) {
      if (err instanceof UsageError && /already exists/.test(err.message)) continue;
      throw err;
    }
  }
  throw new UsageError(`${join(out, incident)}: could not find a free update number`);
}

export interface OpenIncident {
  id: string;
  product: string;
  update: number;
  phase: string;
  createdAt: string;
}

/** Incidents in OUT whose last update is not resolved, newest first. Folders that are not incidents are skipped. */
export async function openIncidents(out: string): Promise<OpenIncident[]> {
  const names = await readdir(out, { withFileTypes: true }).catch(() => []);
  const found: OpenIncident[] = [];
  for (const e of names) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    const last = await findPrevious(out, e.name).catch(() => undefined);
    if (!last || last.manifest.phase === 'resolved') continue;
    const m = last.manifest;
    found.push({ id: e.name, product: m.product.name, update: m.update, phase: m.phase, createdAt: m.createdAt });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
