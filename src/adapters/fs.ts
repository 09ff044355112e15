// File writes that never leave a half-written file or bundle: temp + rename, with clear errors.
import { mkdir, open, readFile, rename, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import { redact } from './secrets.js';

export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true }).catch((err) => {
    throw fsError(err, dir);
  });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(typeof data === 'string' ? redact(data) : data);
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
  await mkdir(parent, { recursive: true }).catch((err) => {
    throw fsError(err, parent);
  });
  let tmp: string;
  try {
    tmp = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
  } catch (err) {
    throw fsError(err, parent);
  }
  try {
    for (const [name, data] of Object.entries(files)) {
      const p = join(tmp, name);
      await mkdir(dirname(p), { recursive: true });
      await writeFile(p, typeof data === 'string' ? redact(data) : data);
    }
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw fsError(err, target);
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
