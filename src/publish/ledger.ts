// The publish ledger: one append-only JSON-lines file per incident folder, written before each send (intent) and
// after it (outcome), fsynced line by line; and the lock that keeps two publishers of one incident apart.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { readFileSync } from 'node:fs';
import { link, open, readFile, rename, unlink } from '../platform/files.js';
import { join } from 'node:path';
import { redactDeep } from '../platform/secrets.js';
import type { Params, Sent, Thread } from './types.js';
import { parseJsonLines } from './jsonl.js';

export const LEDGER_FILE = 'publish-ledger.jsonl';
export const LOCK_FILE = '.publish.lock';
export const LEDGER_SCHEMA = 'layerpost.ledger/v1';

export type LedgerEvent = 'intent' | 'sent' | 'failed' | 'unknown';

export interface LedgerEntry {
  schema: typeof LEDGER_SCHEMA;
  at: string;
  event: LedgerEvent;
  update: number;
  phase: string;
  channel: string;
  destination: string;
  draftId: string;
  /** The approved text's hash this attempt carried. */
  hash: string;
  /** One id per attempt: an intent and its outcome share it. */
  attempt: string;
  params?: Params;
  remoteId?: string;
  url?: string;
  thread?: Thread;
  reason?: string;
  /** How the outcome was learnt: the answer to the request, or reading the destination back. */
  via?: 'response' | 'read-back' | 'operator';
  /** Who published (the run's user). */
  by?: string;
  /** Who approved the text this attempt carried. */
  approvedBy?: string;
}

/** Where one (update, destination) stands. `in-flight`: an intent with no outcome (the run was killed). */
export interface PostState {
  status: 'none' | 'sent' | 'failed' | 'unknown' | 'in-flight';
  /** The latest intent: its params are what a read-back looks for. */
  intent?: LedgerEntry;
  sent?: Sent & { hash: string; at: string };
  reason?: string;
}

export const postKey = (update: number, destination: string) => `${update}/${destination}`;

/** Parse the ledger; a torn last line (a writer killed mid-write) and foreign lines are skipped. */
export function parseLedger(text: string): LedgerEntry[] {
  return parseJsonLines(text, (v): v is LedgerEntry => {
    const e = v as LedgerEntry | null;
    return !!e && e.schema === LEDGER_SCHEMA && typeof e.event === 'string' && typeof e.destination === 'string';
  });
}

/** Fold the entries into each post's state. Once sent, a post stays sent. */
export function foldLedger(entries: readonly LedgerEntry[]): Map<string, PostState> {
  const states = new Map<string, PostState>();
  for (const e of entries) {
    const key = postKey(e.update, e.destination);
    const s = states.get(key) ?? { status: 'none' };
    if (s.status === 'sent') continue;
    if (e.event === 'intent') states.set(key, { status: 'in-flight', intent: e });
    else if (e.event === 'sent')
      states.set(key, {
        ...s,
        status: 'sent',
        sent: { remoteId: e.remoteId ?? '', url: e.url, thread: e.thread ?? {}, hash: e.hash, at: e.at },
      });
    else states.set(key, { ...s, status: e.event, reason: e.reason });
  }
  return states;
}

export class Ledger {
  private entries: LedgerEntry[] = [];
  constructor(readonly dir: string) {}

  get path(): string {
    return join(this.dir, LEDGER_FILE);
  }

  async load(): Promise<void> {
    this.entries = parseLedger(await readFile(this.path, 'utf8').catch(() => ''));
  }

  all(): readonly LedgerEntry[] {
    return this.entries;
  }

  state(update: number, destination: string): PostState {
    return (
      foldLedger(this.entries.filter((e) => e.update === update && e.destination === destination)).get(
        postKey(update, destination),
      ) ?? { status: 'none' }
    );
  }

  /** Append one entry and fsync it before returning: once this resolves, a SIGKILL cannot lose it. */
  async append(entry: Omit<LedgerEntry, 'schema' | 'at'> & { at?: string }): Promise<LedgerEntry> {
    const full = redactDeep({
      schema: LEDGER_SCHEMA,
      at: entry.at ?? new Date().toISOString(),
      ...entry,
    }) as LedgerEntry;
    const fh = await open(this.path, 'a+');
    try {
      // A line torn by a killed writer is closed first, so this entry starts a line of its own.
      const { size } = await fh.stat();
      let lead = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await fh.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) lead = '\n';
      }
      await fh.write(lead + JSON.stringify(full) + '\n');
      await fh.sync();
    } finally {
      await fh.close();
    }
    this.entries.push(full);
    return full;
  }
}

export const newAttempt = () => randomUUID();

// ---------------------------------------------------------------------------------------------------------------
// The lock: a file created with O_EXCL ('wx') holding the owner's pid and host. A lock whose pid is gone on this
// host is stale and is broken; a lock from another host is never broken automatically (its pid cannot be asked).

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  token: string;
}

export interface LockOptions {
  /** How long to wait for a live holder (another operator publishing) before giving up. */
  waitMs: number;
  onWait?: (owner: LockOwner) => void;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
}

export class LockBusyError extends Error {
  constructor(
    message: string,
    readonly owner?: LockOwner,
  ) {
    super(message);
    this.name = 'LockBusyError';
  }
}

export async function acquireLock(dir: string, opts: LockOptions): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const until = Date.now() + opts.waitMs;
  let told = false;
  for (;;) {
    try {
      const fh = await open(path, 'wx');
      try {
        await fh.write(JSON.stringify(me) + '\n');
        await fh.sync();
      } finally {
        await fh.close();
      }
      return async () => {
        // Only our own lock is removed (a lock broken as stale and taken by another run is theirs).
        const now = await readOwner(path);
        if (now?.token === me.token) await unlink(path).catch(() => undefined);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = await readOwner(path);
    if (owner === undefined) {
      // Created but not yet written by its owner (or torn by a kill right after creation): give it a moment.
      if (await isTornStale(path)) {
        await breakLock(path, undefined);
        continue;
      }
    } else if (owner.host === me.host && (!isRunning(owner.pid) || startedAfter(owner.pid, owner.startedAt))) {
      await breakLock(path, owner);
      continue;
    } else if (owner.host !== me.host) {
      throw new LockBusyError(
        `${path} is held by pid ${owner.pid} on ${owner.host} since ${owner.startedAt}; if no publish is running there, remove the file and run again`,
        owner,
      );
    }
    if (Date.now() >= until || opts.signal?.aborted)
      throw new LockBusyError(
        `another publish of this incident is running (pid ${owner?.pid ?? '?'}, since ${owner?.startedAt ?? '?'}); run again when it has finished`,
        owner,
      );
    if (owner && !told) {
      told = true;
      opts.onWait?.(owner);
    }
    await sleep(100);
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const o = JSON.parse(await readFile(path, 'utf8')) as LockOwner;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? o : undefined;
  } catch {
    return undefined;
  }
}

/** An unreadable lock older than a few seconds was left by a run killed between creating and writing it. */
async function isTornStale(path: string): Promise<boolean> {
  try {
    const fh = await open(path, 'r');
    try {
      const st = await fh.stat();
      return Date.now() - st.mtimeMs > 5_000;
    } finally {
      await fh.close();
    }
  } catch {
    return false;
  }
}

/**
 * Break a stale lock without a race: rename it aside, then look at what was moved. If another run had already
 * broken it and taken a fresh lock, that fresh lock is what moved: it is put back (link fails if a lock exists).
 */
async function breakLock(path: string, stale: LockOwner | undefined): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomUUID().slice(0, 8)}`;
  try {
    await rename(path, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  if (moved && moved.token !== stale?.token) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process now running as `pid` started after the lock was taken: the pid was reused (a container
 * restarted, say) and the lock's owner is gone. Linux only (/proc); elsewhere a running pid is taken as the owner.
 */
export function startedAfter(pid: number, lockedAt: string): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    const locked = Date.parse(lockedAt);
    if (!Number.isFinite(ticks) || !Number.isFinite(btime) || !Number.isFinite(locked)) return false;
    // Clock ticks are 1/100 s on Linux; a two-second margin covers the rounding and clock steps.
    return btime * 1000 + ticks * 10 > locked + 2_000;
  } catch {
    return false;
  }
}
