// Bundle storage: OUT/INCIDENT/NNN-PHASE/ written whole or not at all, the previous update, and the resume file.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AnswersSchema, BundleManifestSchema, type Answers, type BundleManifest } from '../core/bundle.js';
import { formatZodError } from '../core/zod-format.js';
import { ConfigError, UsageError } from '../errors.js';
import { writeDirAtomic, writeFileAtomic } from '../adapters/fs.js';

const BUNDLE_DIR = /^(\d{3})-([a-z]+)$/;

export interface PreviousBundle {
  dir: string;
  manifest: BundleManifest;
}

/** The latest bundle of an incident, or undefined for a first update. */
export async function findPrevious(out: string, incident: string): Promise<PreviousBundle | undefined> {
  const dir = join(out, incident);
  const names = await readdir(dir).catch(() => [] as string[]);
  const numbered = names.filter((n) => BUNDLE_DIR.test(n)).sort();
  for (const name of numbered.reverse()) {
    const path = join(dir, name, 'draft.json');
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ConfigError(`${path}: invalid JSON`);
    }
    const parsed = BundleManifestSchema.safeParse(data);
    if (!parsed.success) throw new ConfigError(formatZodError(path, parsed.error));
    return { dir: join(dir, name), manifest: parsed.data };
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
  files: (update: number) => Record<string, string>,
): Promise<{ dir: string; update: number }> {
  for (let n = update, tries = 0; tries < 50; n++, tries++) {
    const dir = join(out, incident, `${String(n).padStart(3, '0')}-${phase}`);
    try {
      await writeDirAtomic(dir, files(n));
      return { dir, update: n };
    } catch (err) {
      if (err instanceof UsageError && /already exists/.test(err.message)) continue;
      throw err;
    }
  }
  throw new UsageError(`${join(out, incident)}: could not find a free update number`);
}

// ---- answers files and the resume file ----

export function resumePath(out: string): string {
  return join(out, '.layerpost-resume.json');
}

export interface ResumeState {
  answers: Answers;
  from?: string;
  incident?: string;
}

export async function saveResume(out: string, state: ResumeState): Promise<void> {
  await writeFileAtomic(resumePath(out), JSON.stringify({ schema: 'layerpost.resume/v1', ...state }, null, 2) + '\n');
}

export async function clearResume(out: string): Promise<void> {
  await rm(resumePath(out), { force: true });
}

export async function loadResume(out: string): Promise<ResumeState> {
  const path = resumePath(out);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) throw new UsageError(`nothing to resume: ${path} does not exist (it is written as answers are given and removed when a bundle is written)`);
  let data: { answers?: unknown; from?: unknown; incident?: unknown; schema?: unknown };
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError(`${path}: invalid JSON`);
  }
  if (data.schema !== 'layerpost.resume/v1') throw new ConfigError(`${path}: schema: expected "layerpost.resume/v1"`);
  const answers = AnswersSchema.safeParse(data.answers ?? {});
  if (!answers.success) throw new ConfigError(formatZodError(`${path} answers`, answers.error));
  return { answers: answers.data, from: typeof data.from === 'string' ? data.from : undefined, incident: typeof data.incident === 'string' ? data.incident : undefined };
}

