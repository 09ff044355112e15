// mkdir -p with plain errors: one directory creator for bundles, the status cache and every atomic write.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDir } from '../../src/platform/fs.js';
import { UsageError } from '../../src/platform/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'layerpost-fs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ensureDir', () => {
  it('creates every missing level, and an existing directory is fine', async () => {
    const deep = join(dir, 'a', 'b', 'c', 'd');
    await ensureDir(deep);
    expect((await stat(deep)).isDirectory()).toBe(true);
    await ensureDir(deep);
    await ensureDir(join(dir, 'a'));
  });

  it('a file in the way is a plain usage error naming the path', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await expect(ensureDir(join(dir, 'file'))).rejects.toThrow(UsageError);
    await expect(ensureDir(join(dir, 'file'))).rejects.toThrow(/file: a parent of this path is not a directory/);
    await expect(ensureDir(join(dir, 'file', 'below'))).rejects.toThrow(
      /below: a parent of this path is not a directory/,
    );
  });

  it('a path under /proc fails at once with the cause of the level that failed (recursive mkdir hung on Node 20)', async () => {
    await expect(ensureDir('/proc/layerpost-test/cache')).rejects.toThrow(UsageError);
  });

  it('concurrent callers creating the same tree all succeed', async () => {
    const target = join(dir, 'race', 'x', 'y');
    await Promise.all(Array.from({ length: 8 }, () => ensureDir(target)));
    expect((await stat(target)).isDirectory()).toBe(true);
  });
});

describe('writeDirAtomic', () => {
  it.each([
    [0o002, 0o775],
    [0o022, 0o755],
    [0o077, 0o700],
  ])('honours the umask %s for the bundle folder (mode %s), as git does; not always 0700', async (umask, mode) => {
    const { writeDirAtomic } = await import('../../src/platform/fs.js');
    const parent = await mkdtemp(join(tmpdir(), 'layerpost-umask-'));
    const before = process.umask(umask);
    try {
      await writeDirAtomic(join(parent, '001-investigating'), { 'x.txt': 'hello\n' });
    } finally {
      process.umask(before);
    }
    expect((await stat(join(parent, '001-investigating'))).mode & 0o777).toBe(mode);
    expect((await stat(join(parent, '001-investigating', 'x.txt'))).mode & 0o777).toBe(mode & 0o666);
    await rm(parent, { recursive: true, force: true });
  });
});
