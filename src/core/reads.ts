// Which parts of a context a pure function read: a context seen through a recording view logs every read (path and
// value), so a result can be reused for another context that has the same values at those paths. Pure.

const IN = '\u0001in';
const OWN = '\u0001own';
const KEYS = '\u0001keys';
const ARRAY = '\u0001array';
const OBJECT = '\u0001object';

/** One read: the path from the root, what was asked there, and the answer. */
export interface Read {
  path: readonly PropertyKey[];
  /** undefined: the value at the path; IN, OWN: whether the key is there; KEYS: the own keys, joined. */
  ask?: typeof IN | typeof OWN | typeof KEYS;
  value: unknown;
}

/** The logs being written: a read is added to each (nested remembering, core/memo.ts, replays into them). */
const active: Read[][] = [];

export function recording(): boolean {
  return active.length > 0;
}

/** Runs `f` with a log open; returns its result and the reads made while it ran. */
export function withReadLog<T>(f: () => T): { value: T; reads: Read[] } {
  const reads: Read[] = [];
  active.push(reads);
  let value: T;
  try {
    value = f();
  } finally {
    active.pop();
  }
  // Each read once (a list is walked many times).
  const once = new Map<string, Read>();
  for (const r of reads) once.set(`${r.path.map(String).join('\u0000')}\u0002${r.ask ?? ''}`, r);
  return { value, reads: [...once.values()] };
}

/** Adds reads made earlier (by a remembered result) to the open logs. */
export function replay(reads: readonly Read[]): void {
  for (const log of active) for (const r of reads) log.push(r);
}

function log(r: Read): void {
  for (const l of active) l.push(r);
}

/** Only plain data is seen through: anything else (a Date, a Map) is read as itself, by identity. */
function plain(v: unknown): v is object {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

/** What a path holds, as a read records it: data as its kind (its contents are reads of their own), the rest as itself. */
function token(v: unknown): unknown {
  return plain(v) ? (Array.isArray(v) ? ARRAY : OBJECT) : v;
}

const views = new WeakMap<object, object>();

/**
 * The same data, seen through a view that logs each read into the open logs (withReadLog). One view per object, so a
 * function remembered per context (oncePer) still finds its result when given the view again.
 */
export function recorded<T extends object>(root: T): T {
  return view(root, []) as T;
}

function view(target: object, path: readonly PropertyKey[]): object {
  if (path.length === 0) {
    const known = views.get(target);
    if (known) return known;
  }
  const children = new Map<PropertyKey, object>();
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      const v = Reflect.get(t, key, receiver);
      // Symbols are the language's own (an array's iterator): its reads come back through this view.
      if (typeof key === 'symbol') return v;
      // A frozen property must read as itself (a proxy's rule): it is logged by identity, its contents unseen.
      const d = Reflect.getOwnPropertyDescriptor(t, key);
      const fixed = d !== undefined && !d.configurable && !d.writable;
      log({ path: [...path, key], value: fixed ? v : token(v) });
      if (fixed || !plain(v)) return v;
      let child = children.get(key);
      if (!child) children.set(key, (child = view(v, [...path, key])));
      return child;
    },
    has(t, key) {
      const v = Reflect.has(t, key);
      log({ path: [...path, key], ask: IN, value: v });
      return v;
    },
    getOwnPropertyDescriptor(t, key) {
      const d = Reflect.getOwnPropertyDescriptor(t, key);
      if (typeof key !== 'symbol') log({ path: [...path, key], ask: OWN, value: d !== undefined });
      return d;
    },
    ownKeys(t) {
      const keys = Reflect.ownKeys(t);
      log({ path, ask: KEYS, value: keys.map(String).join('\u0000') });
      return keys;
    },
  });
  if (path.length === 0) views.set(target, proxy);
  return proxy;
}

/** Whether `root` answers every read as it was answered when they were logged. */
export function sameReads(root: object, reads: readonly Read[]): boolean {
  for (const r of reads) {
    let at: unknown = root;
    const last = r.ask === KEYS ? r.path.length : r.path.length - 1;
    for (let i = 0; i < last; i++) {
      if (at === null || typeof at !== 'object') return false;
      at = (at as Record<PropertyKey, unknown>)[r.path[i]!];
    }
    if (r.ask === KEYS) {
      if (at === null || typeof at !== 'object' || Reflect.ownKeys(at).map(String).join('\u0000') !== r.value) return false;
      continue;
    }
    if (at === null || typeof at !== 'object') return false;
    const key = r.path[r.path.length - 1]!;
    if (r.ask === IN || r.ask === OWN) {
      if ((r.ask === IN ? key in at : Object.prototype.hasOwnProperty.call(at, key)) !== r.value) return false;
      continue;
    }
    const v = (at as Record<PropertyKey, unknown>)[key];
    if (v !== r.value && token(v) !== r.value) return false;
  }
  return true;
}
