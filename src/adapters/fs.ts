// File writes that never leave a half-written file or bundle: temp + rename, with clear errors.
import { mkdir, open, readFile, rename, rm, stat, writeFile, mkdtemp } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import { redactFileText } from './secrets.js';

export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  const dir = dirname(path);
  await ensureDir(dir);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(typeof data === 'string' ? redactFileText(path, data) : data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw fsError(err, path);
  }
}

/**
 * Write a set of files as one directory that appears whole or not at all: a temp dir beside
 * the target, then one rename. If the target exists, the rename fails and nothing is lost.
 */
export async function writeDirAtomic(target: string, files: Record<string, string | Buffer>): Promise<void> {
  const parent = dirname(target);
  await ensureDir(parent);
  let tmp: string;
  try {
    tmp = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
  } catch (err) {
    throw fsError(err, parent);
  }
  try {
    // The temporary directory is private until the rename: its files are written side by side.
    const entries = Object.entries(files).map(([name, data]) => [join(tmp, name), data] as const);
    for (const dir of new Set(entries.map(([p]) => dirname(p)))) if (dir !== tmp) await ensureDir(dir);
    await Promise.all(entries.map(([p, data]) => writeFile(p, typeof data === 'string' ? redactFileText(p, data) : data)));
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw fsError(err, target);
  }
}

/**
 * mkdir -p, one level at a time, with a plain error. One level at a time because a recursive mkdir of a path under
 * /proc never returned on Node 20, and because the level that fails then gives the real cause (a read-only file
 * system, no permission, a file in the way) where a recursive mkdir says only ENOENT.
 */
export async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdirLevels(dir, 0);
  } catch (err) {
    throw fsError(err, dir, 'directory');
  }
}

async function mkdirLevels(dir: string, depth: number): Promise<void> {
  try {
    await mkdir(dir);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EEXIST') {
      if ((await stat(dir)).isDirectory()) return;
      throw Object.assign(new Error(`${dir} is not a directory`), { code: 'ENOTDIR' });
    }
    if (code !== 'ENOENT' || depth > 64 || dirname(dir) === dir) throw err;
    await mkdirLevels(dirname(dir), depth + 1);
    await mkdirLevels(dir, depth + 1);
  }
}

export async function readTextFile(path: string, what = 'file'): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw fsError(err, path, what);
  }
}

export function fsError(err: unknown, path: string, what = 'file'): Error {
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return new UsageError(`${path}: no such ${what}`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UsageError(`${path}: permission denied (${code === 'EROFS' ? 'read-only file system' : 'not writable'})`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new UsageError(`${path}: no space left on device`);
    case 'EISDIR':
      return new UsageError(`${path}: is a directory, expected a ${what}`);
    case 'ENOTDIR':
      return new UsageError(`${path}: a parent of this path is not a directory`);
    case 'EEXIST':
    case 'ENOTEMPTY':
      return new UsageError(`${path}: already exists`);
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}
