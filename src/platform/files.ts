// The file calls the CLI awaits, made on Node's synchronous API: node:fs/promises' names, arguments, results and
// errors. A command's file work is small and one step at a time, and each await of node:fs/promises waited for a trip
// through libuv's thread pool; the module also loaded readline and the file watchers (together ~4 ms of a warm draft's
// ~58 on Node 22). `open` gives a handle with the methods layerpost uses.
import * as fs from 'node:fs';
import type * as fsp from 'node:fs/promises';

/** `f`'s result as a promise, its exception as a rejection: what an async caller of node:fs/promises sees. */
function promised<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => Promise<R> {
  return (...args) => {
    try {
      return Promise.resolve(f(...args));
    } catch (err) {
      return Promise.reject(err);
    }
  };
}

export const readFile = promised(fs.readFileSync) as typeof fsp.readFile;
export const writeFile = promised(fs.writeFileSync) as typeof fsp.writeFile;
export const appendFile = promised(fs.appendFileSync) as typeof fsp.appendFile;
export const mkdir = promised(fs.mkdirSync) as typeof fsp.mkdir;
export const mkdtemp = promised(fs.mkdtempSync) as typeof fsp.mkdtemp;
export const readdir = promised(fs.readdirSync) as typeof fsp.readdir;
export const stat = promised(fs.statSync) as typeof fsp.stat;
export const lstat = promised(fs.lstatSync) as typeof fsp.lstat;
// The native realpath(3), as node:fs/promises' realpath is (fs.realpathSync itself walks the path in JavaScript).
export const realpath = promised(fs.realpathSync.native) as typeof fsp.realpath;
export const rename = promised(fs.renameSync) as typeof fsp.rename;
export const rm = promised(fs.rmSync) as typeof fsp.rm;
export const unlink = promised(fs.unlinkSync) as typeof fsp.unlink;
export const link = promised(fs.linkSync) as typeof fsp.link;
export const cp = promised(fs.cpSync) as typeof fsp.cp;

/** An open file: the FileHandle methods layerpost uses, on its descriptor. */
export interface Handle {
  readonly fd: number;
  stat(): Promise<fs.Stats>;
  read(buffer: Buffer, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  write(data: string | Buffer): Promise<void>;
  writeFile(data: string | Buffer): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const open = promised((path: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode): Handle => {
  const fd = fs.openSync(path, flags, mode);
  // FileHandle's write(string) and writeFile both write all of the data at the file's position.
  const writeAll = promised((data: string | Buffer) => fs.writeFileSync(fd, data));
  return {
    fd,
    stat: promised(() => fs.fstatSync(fd)),
    read: promised((buffer: Buffer, offset: number, length: number, position: number | null) => ({
      bytesRead: fs.readSync(fd, buffer, offset, length, position),
    })),
    write: writeAll,
    writeFile: writeAll,
    sync: promised(() => fs.fsyncSync(fd)),
    close: promised(() => fs.closeSync(fd)),
  };
});
