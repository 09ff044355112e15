// File writes that never leave a half-written file or bundle: temp + rename, with clear errors.
import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from './files.js';
import { dirname, basename, join } from 'node:path';
import { UsageError } from './errors.js';
import { redactFileText } from './secrets.js';

/** `redact: false` writes the text as given (the operator's own answers, which become draft text). */
export async function writeFileAtomic(
  path: string,
  data: string | Buffer,
  opts: { redact?: boolean } = {},
): Promise<void> {
  const dir = dirname(path);
  await ensureDir(dir);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(typeof data === 'string' && opts.redact !== false ? redactFileText(path, data) : data);
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
 * the target, then one rename. If the target exists, the rename fails and nothing is lost. Secrets are redacted
 * from the files `redact` names (default: all of them).
 */
export async function writeDirAtomic(
  target: string,
  files: Record<string, string | Buffer>,
  opts: { redact?: (name: string) => boolean } = {},
): Promise<void> {
  const redacts = opts.redact ?? (() => true);
  const parent = dirname(target);
  await ensureDir(parent);
  let tmp: string;
  try {
    tmp = await makeTempDir(parent, basename(target));
  } catch (err) {
    throw fsError(err, parent);
  }
  try {
    // The temporary directory is private until the rename; its files are written one after another (the calls are
    // synchronous, src/platform/files.ts), and the first that fails stops the rest.
    const entries = Object.entries(files).map(
      ([name, data]) =>
        [join(tmp, name), typeof data === 'string' && redacts(name) ? redactFileText(name, data) : data] as const,
    );
    for (const dir of new Set(entries.map(([p]) => dirname(p)))) if (dir !== tmp) await ensureDir(dir);
    for (const [p, data] of entries) await writeFile(p, data);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw fsError(err, target);
  }
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh temp dir beside the target, named as mkdtemp names them. Not mkdtemp itself: its folders are always 0700,
 * and after the rename the bundle would keep that mode, so in a group-shared incident folder the next on-call could
 * not read or continue it. mkdir honours the umask, as git does for the files it writes. The pid in the name lets a
 * later run tell a temp dir whose writer died (SIGKILL, a second Ctrl-C) from one in progress.
 */
async function makeTempDir(parent: string, name: string): Promise<string> {
  for (let tries = 0; ; tries++) {
    // Math.random, not node:crypto: a draft loads no crypto module (the name needs to be unique, not secret).
    const suffix = Array.from({ length: 6 }, () => ALNUM[Math.floor(Math.random() * ALNUM.length)]).join('');
    const dir = join(parent, `.${name}.tmp-${process.pid}-${suffix}`);
    try {
      await mkdir(dir, { mode: 0o777 });
      return dir;
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST' || tries > 20) throw err;
    }
  }
}

/** Temp files (writeFileAtomic) and temp dirs (writeDirAtomic), with the pid of the run that made them. */
const TEMP_FILE = /^\..+\.(\d+)\.[a-z0-9]+\.tmp$/;
const TEMP_DIR = /^\..+\.tmp-(?:(\d+)-)?[A-Za-z0-9]{6}$/;
/** A temp whose writer cannot be asked (no pid, or a pid reused by another process) is stale after this long. */
export const STALE_TEMP_MS = 60 * 60_000;

/**
 * Remove the temp files and dirs in `dir` left by runs that died while writing (SIGKILL, a second Ctrl-C): those
 * whose pid is no longer running, or that are older than STALE_TEMP_MS. A run still writing keeps its own.
 */
export async function sweepStaleTemps(dir: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const swept: string[] = [];
  for (const name of names) {
    const m = TEMP_FILE.exec(name) ?? TEMP_DIR.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    const pid = m[1] ? Number(m[1]) : undefined;
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    const old = now - info.mtimeMs > STALE_TEMP_MS;
    if (!old && (pid === undefined || pid === process.pid || isRunning(pid))) continue;
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
    swept.push(path);
  }
  return swept;
}

/** Whether a process with this pid is running (as any user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: running, as another user.
    return (err as { code?: string }).code === 'EPERM';
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

/** The largest input file read (evidence, answers, bundles): far above any real one, and a bound on /dev/zero. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * A text file, read to at most `maxBytes` (a device such as /dev/zero, or a huge file, is refused, not read until
 * memory runs out).
 */
export async function readTextFile(
  path: string,
  what = 'file',
  maxBytes = MAX_INPUT_BYTES,
  opts: ReadOptions = {},
): Promise<string> {
  const text = await readTextFileIfAny(path, what, maxBytes, opts);
  if (text === undefined) throw fsError({ code: 'ENOENT' }, path, what);
  return text;
}

export interface ReadOptions {
  /** Refuse text that is not valid UTF-8 (naming the line), where it would otherwise become U+FFFD in a draft. */
  strictUtf8?: boolean;
}

/** readTextFile, or undefined when there is no such file (any other failure is still an error). */
export async function readTextFileIfAny(
  path: string,
  what = 'file',
  maxBytes = MAX_INPUT_BYTES,
  opts: ReadOptions = {},
): Promise<string | undefined> {
  let fh;
  try {
    // Non-blocking, so that opening a named pipe (FIFO) returns at once instead of waiting for a writer past Ctrl-C;
    // it is then refused: only files are read here (a device such as /dev/zero is bounded below).
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await fh.stat();
    if (info.isFIFO() || info.isSocket())
      throw new UsageError(
        `${path}: is a ${info.isFIFO() ? 'named pipe (FIFO)' : 'socket'}, not a file; give the ${what} as a regular file`,
      );
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - size));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      size += bytesRead;
      if (size > maxBytes)
        throw new UsageError(
          `${path}: larger than ${maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${Math.round(maxBytes / 1024)} KB`}; is this the right ${what}?`,
        );
    }
    const data = Buffer.concat(chunks, size);
    if (opts.strictUtf8 && !isUtf8(data))
      throw new UsageError(
        `${path}:${firstBadLine(data)}: not UTF-8 text (Latin-1 or another encoding?); save the ${what} as UTF-8`,
      );
    return data.toString('utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if ((err as { code?: string }).code === 'ENOENT') return undefined;
    throw fsError(err, path, what);
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstBadLine(data: Buffer): number {
  let line = 1;
  for (let start = 0; start < data.length; line++) {
    const nl = data.indexOf(0x0a, start);
    const end = nl < 0 ? data.length : nl;
    if (!isUtf8(data.subarray(start, end))) return line;
    start = end + 1;
  }
  return line;
}

export function fsError(err: unknown, path: string, what = 'file'): Error {
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return new UsageError(`${path}: no such ${what}`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UsageError(
        `${path}: permission denied (${code === 'EROFS' ? 'read-only file system' : 'not writable'})`,
      );
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
    case 'ENAMETOOLONG':
      return new UsageError(
        `${path.length > 200 ? `${path.slice(0, 120)}…${path.slice(-40)}` : path}: file name too long`,
      );
    case 'ELOOP':
      return new UsageError(`${path}: too many levels of symbolic links (a link that points to itself?)`);
    case 'ENXIO':
    case 'ENODEV':
      return new UsageError(`${path}: no such device, expected a ${what}`);
    case 'EFBIG':
      return new UsageError(`${path}: file too large`);
    case 'EMFILE':
    case 'ENFILE':
      return new UsageError(`${path}: too many open files (raise the limit with ulimit -n)`);
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}
