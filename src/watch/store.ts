// Watch's files: each round's evidence in OUT/INCIDENT/watch/ (bounded), and the incident's last update read from its
// bundles.
import { readdir, rename, unlink, writeFile } from '../platform/files.js';
import { basename, dirname, join } from 'node:path';
import type { Evidence } from '../model/evidence.js';
import { ensureDir, fsError } from '../platform/fs.js';
import { redactFileText } from '../platform/secrets.js';
import { findPrevious, type PreviousBundle } from '../bundle/store.js';
import type { IncidentUpdate } from './state.js';

/**
 * Each round's evidence, kept while it matters: rounds where something changed (up to `keepChanged`) and the last
 * `keepLast`.
 */
export class RoundStore {
  private readonly files: Array<{ path: string; changed: boolean }> = [];
  private ready = false;

  constructor(
    readonly dir: string,
    private readonly keepLast: number,
    private readonly keepChanged = 500,
  ) {}

  /** Write this round's evidence (atomically); `settle` then says whether the round changed anything. */
  async save(evidence: Evidence, at: Date, round: number): Promise<string> {
    if (!this.ready) {
      await ensureDir(this.dir);
      this.ready = true;
    }
    const stamp = at
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const path = join(this.dir, `${stamp}-r${String(round).padStart(6, '0')}.json`);
    // Whole or not at all (temp + rename), without writeFileAtomic's fsync: a round is taken again every interval, and
    // a sync per round would make a tight interval wait on the disk.
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.round.tmp`);
    try {
      await writeFile(tmp, redactFileText(path, JSON.stringify(evidence, null, 2) + '\n'));
      await rename(tmp, path);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw fsError(err, path);
    }
    this.files.push({ path, changed: false });
    return path;
  }

  /** Mark the last saved round and delete what is no longer kept. Returns the paths deleted. */
  async settle(changed: boolean): Promise<string[]> {
    const last = this.files[this.files.length - 1];
    if (last) last.changed = changed;
    const recent = this.files.length - this.keepLast;
    const drop: number[] = [];
    for (let i = 0; i < recent; i++) if (!this.files[i]!.changed) drop.push(i);
    let changedOld = this.files.slice(0, Math.max(0, recent)).filter((f) => f.changed).length;
    for (let i = 0; i < recent && changedOld > this.keepChanged; i++)
      if (this.files[i]!.changed) {
        drop.push(i);
        changedOld--;
      }
    const gone = new Set(drop);
    const removed = this.files.filter((_, i) => gone.has(i)).map((f) => f.path);
    const kept = this.files.filter((_, i) => !gone.has(i));
    this.files.length = 0;
    this.files.push(...kept);
    await Promise.all(removed.map((p) => unlink(p).catch(() => undefined)));
    return removed;
  }

  /** The files kept now, oldest first. */
  kept(): string[] {
    return this.files.map((f) => f.path);
  }
}

/** The incident's last update as a watch shows it. */
export function incidentUpdate(b: PreviousBundle): IncidentUpdate {
  const m = b.manifest;
  const minutes = m.answers.nextUpdateMinutes;
  const next =
    minutes !== undefined && m.phase !== 'resolved'
      ? new Date(Date.parse(m.createdAt) + minutes * 60_000).toISOString()
      : undefined;
  return {
    update: m.update,
    phase: m.phase,
    layer: m.layer,
    ...(m.provider ? { provider: m.provider } : {}),
    createdAt: m.createdAt,
    ...(next ? { nextUpdateAt: next } : {}),
  };
}

/** Reads an incident's last update each round, parsing a bundle only when a newer one appears. */
export class IncidentReader {
  private name?: string;
  private last?: IncidentUpdate;

  constructor(
    private readonly out: string,
    private readonly incident: string,
  ) {}

  async read(): Promise<IncidentUpdate | undefined> {
    const names = await readdir(join(this.out, this.incident)).catch(() => [] as string[]);
    const newest = names
      .filter((n) => /^\d{3}-[a-z]+$/.test(n))
      .sort()
      .pop();
    if (newest === undefined) return undefined;
    if (newest === this.name && this.last) return this.last;
    const prev = await findPrevious(this.out, this.incident);
    this.name = newest;
    this.last = prev ? incidentUpdate(prev) : undefined;
    return this.last;
  }
}

/** The most recent incident in OUT whose last update is not resolved, for a watch started without --incident. */
export async function latestOpenIncident(out: string): Promise<string | undefined> {
  const names = await readdir(out, { withFileTypes: true }).catch(() => []);
  let best: { id: string; at: string } | undefined;
  for (const d of names) {
    if (!d.isDirectory() || d.name.startsWith('.')) continue;
    const prev = await findPrevious(out, d.name).catch(() => undefined);
    if (!prev || prev.manifest.phase === 'resolved') continue;
    if (!best || prev.manifest.createdAt > best.at) best = { id: d.name, at: prev.manifest.createdAt };
  }
  return best?.id;
}
