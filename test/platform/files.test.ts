// src/platform/files.ts: node:fs/promises' calls on the synchronous API, with the same results and the same errors
// (as rejections, never thrown at the call).
import { mkdtempSync, rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as files from '../../src/platform/files.js';

const dir = mkdtempSync(join(tmpdir(), 'layerpost-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rejection of a promise, or undefined when it resolved. */
async function rejection(
  p: Promise<unknown>,
): Promise<{ code?: string; syscall?: string; message: string } | undefined> {
  try {
    await p;
    return undefined;
  } catch (err) {
    const e = err as { code?: string; syscall?: string; message: string };
    return { code: e.code, syscall: e.syscall, message: e.message };
  }
}

describe('platform/files', () => {
  it('read, write, list, rename and remove as node:fs/promises does', async () => {
    const a = join(dir, 'a.txt');
    await files.writeFile(a, 'héllo');
    await files.appendFile(a, '!');
    expect(await files.readFile(a, 'utf8')).toBe(await fsp.readFile(a, 'utf8'));
    expect(await files.readFile(a, 'utf8')).toBe('héllo!');
    expect((await files.stat(a)).size).toBe((await fsp.stat(a)).size);
    await files.mkdir(join(dir, 'sub', 'deep'), { recursive: true });
    await files.writeFile(join(dir, 'sub', 'deep', 'b.txt'), 'b');
    const names = (d: Array<{ name: string; isFile(): boolean }>) => d.map((e) => `${e.name}:${e.isFile()}`).sort();
    expect(names(await files.readdir(dir, { withFileTypes: true, recursive: true }))).toEqual(
      names(await fsp.readdir(dir, { withFileTypes: true, recursive: true })),
    );
    expect(await files.realpath(join(dir, 'sub', '..', 'a.txt'))).toBe(await fsp.realpath(a));
    await files.rename(a, join(dir, 'c.txt'));
    expect((await files.lstat(join(dir, 'c.txt'))).isFile()).toBe(true);
    await files.rm(join(dir, 'sub'), { recursive: true, force: true });
    expect(await files.readdir(dir)).toEqual(['c.txt']);
  });

  it('reject with the error node:fs/promises gives, and never throw at the call', async () => {
    const missing = join(dir, 'missing', 'x');
    for (const [mine, theirs] of [
      [() => files.readFile(missing, 'utf8'), () => fsp.readFile(missing, 'utf8')],
      [() => files.stat(missing), () => fsp.stat(missing)],
      [() => files.writeFile(missing, 'x'), () => fsp.writeFile(missing, 'x')],
      [() => files.mkdir(dir), () => fsp.mkdir(dir)],
      [() => files.open(missing, 'r'), () => fsp.open(missing, 'r')],
      [() => files.rename(missing, missing), () => fsp.rename(missing, missing)],
    ] as const) {
      let p: Promise<unknown> | undefined;
      expect(() => (p = mine())).not.toThrow();
      const got = await rejection(p!);
      expect(got).toBeDefined();
      expect(got).toEqual(await rejection(theirs()));
    }
  });

  it('open gives a handle that writes, syncs, stats, reads and closes its file', async () => {
    const path = join(dir, 'h.log');
    const w = await files.open(path, 'wx');
    await w.writeFile('one\n');
    await w.write('two\n');
    await w.sync();
    await w.close();
    expect((await rejection(files.open(path, 'wx')))?.code).toBe('EEXIST');
    const r = await files.open(path, 'a+');
    const { size } = await r.stat();
    expect(size).toBe(8);
    const last = Buffer.alloc(1);
    expect((await r.read(last, 0, 1, size - 1)).bytesRead).toBe(1);
    expect(last.toString()).toBe('\n');
    await r.write('three\n');
    await r.close();
    expect(await fsp.readFile(path, 'utf8')).toBe('one\ntwo\nthree\n');
  });
});
