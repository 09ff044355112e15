// Bundle storage: OUT/INCIDENT/NNN-PHASE/ written whole or not at all, and the previous update.
import { lstat, open, readdir, rm, stat } from '../platform/files.js';
import { join } from 'node:path';
import { BUNDLE_DOCUMENT, EvidenceSchema, type PreviousBundle } from '../model/bundle.js';
import type { Evidence } from '../model/evidence.js';
import { readDocument } from '../model/document.js';
import { UsageError } from '../platform/errors.js';
import { ensureDir, fsError, isRunning, readTextFileIfAny, sweepStaleTemps, writeDirAtomic } from '../platform/fs.js';

/** NNN-PHASE, the number three digits or more (update 1000 is 1000-monitoring). */
const BUNDLE_DIR = /^(\d{3,})-([a-z]+)$/;
/** The bundles an incident folder holds, by number. */
function numbered(names: readonly string[]): Array<{ name: string; n: number }> {
  return names
    .map((name) => {
      const m = BUNDLE_DIR.exec(name);
      return m ? { name, n: Number(m[1]) } : undefined;
    })
    .filter((x): x is { name: string; n: number } => x !== undefined)
    .sort((a, b) => a.n - b.n);
}

export type { PreviousBundle } from '../model/bundle.js';

/**
 * OUT/INCIDENT must be a real directory (or not exist yet): a symlink there would put the bundle wherever it
 * points, as the NNN folders' atomic rename already refuses to do.
 */
export async function checkIncidentDir(out: string, incident: string): Promise<void> {
  const dir = join(out, incident);
  const info = await lstat(dir).catch(() => undefined);
  if (info?.isSymbolicLink())
    throw new UsageError(
      `${dir}: is a symbolic link; an incident folder must be a real directory (remove the link, or choose another --out)`,
    );
  if (info && !info.isDirectory()) throw new UsageError(`${dir}: is not a directory`);
}

/** The latest bundle of an incident, or undefined for a first update. */
export async function findPrevious(out: string, incident: string): Promise<PreviousBundle | undefined> {
  await checkIncidentDir(out, incident);
  const dir = join(out, incident);
  const names = await readdir(dir).catch(() => [] as string[]);
  // By number, not by name: "1000-identified" sorts before "999-identified" as text.
  for (const { name } of numbered(names).reverse()) {
    const path = join(dir, name, 'draft.json');
    const text = await readTextFileIfAny(path, 'bundle manifest');
    if (text === undefined) continue;
    return { dir: join(dir, name), manifest: readDocument(text, path, BUNDLE_DOCUMENT) };
  }
  return undefined;
}

/** The next update number: one more than the highest bundle present, whatever its phase. */
export async function nextUpdateNumber(out: string, incident: string): Promise<number> {
  const names = await readdir(join(out, incident)).catch(() => [] as string[]);
  return Math.max(0, ...numbered(names).map((b) => b.n)) + 1;
}

/** How long a run waits for another run writing an update of the same incident. */
const LOCK_WAIT_MS = 30_000;

/**
 * Hold the incident's write lock (.update.lock, created exclusively, with our pid) while choosing the number and
 * writing: two runs in different phases would otherwise both take 002 (002-identified and 002-monitoring have
 * different names, so both renames succeed), and a run that waits sees the other's bundle as its previous update.
 * A lock whose run is gone (SIGKILL) is taken over.
 */
async function withIncidentLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(dir, '.update.lock');
  for (let waited = 0; ;) {
    try {
      const fh = await open(lock, 'wx');
      await fh.writeFile(String(process.pid));
      await fh.close();
      break;
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw fsError(err, lock);
    }
    const holder = Number((await readTextFileIfAny(lock, 'lock file', 64).catch(() => undefined))?.trim());
    const age = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now());
    // Its run is gone, or it never got its pid written (killed between the create and the write) a while ago.
    if ((Number.isInteger(holder) && holder > 0 && !isRunning(holder)) || (!(holder > 0) && age > 5_000)) {
      await rm(lock, { force: true });
      continue;
    }
    if (waited >= LOCK_WAIT_MS)
      throw new UsageError(
        `${lock}: another run has been writing an update of this incident for ${LOCK_WAIT_MS / 1000} s; if none is running, remove this file`,
      );
    await new Promise((r) => setTimeout(r, 25));
    waited += 25;
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { force: true }).catch(() => undefined);
  }
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
  const incidentDir = join(out, incident);
  await ensureDir(incidentDir);
  return withIncidentLock(incidentDir, async () => {
    // Past every number taken in any phase (a run of an older version may have written one meanwhile).
    for (let n = Math.max(update, await nextUpdateNumber(out, incident)), tries = 0; tries < 50; n++, tries++) {
      const dir = join(incidentDir, `${String(n).padStart(3, '0')}-${phase}`);
      try {
        // Redaction is for evidence and logs: the posts, and the manifest that holds them, are written as drafted (a
        // short secret such as "Notes" would otherwise rewrite "Acme Notes" everywhere); a secret in a draft is a
        // warning.
        await writeDirAtomic(dir, await files(n), { redact: (name) => name === 'evidence.json' });
        return { dir, update: n };
      } catch (err) {
        if (err instanceof UsageError && /already exists/.test(err.message)) continue;
        throw err;
      }
    }
    throw new UsageError(`${incidentDir}: could not find a free update number`);
  });
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

/**
 * The previous update's evidence.json, or undefined when it is missing or unreadable (never an error: it only narrows a
 * check).
 */
export async function readPreviousEvidence(previous: PreviousBundle): Promise<Evidence | undefined> {
  const text = await readTextFileIfAny(join(previous.dir, 'evidence.json'), 'evidence').catch(() => undefined);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const doc = EvidenceSchema.safeParse(parsed);
  return doc.success ? (doc.data as Evidence) : undefined;
}
