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
const active: Array<Set<Read>> = [];

export function recording(): boolean {
  return active.length > 0;
}

/** Runs `f` with a log open; returns its result and the reads made while it ran, each once. */
export function withReadLog<T>(f: () => T): { value: T; reads: Read[] } {
  const reads = new Set<Read>();
  active.push(reads);
  let value: T;
  try {
    value = f();
  } finally {
    active.pop();
  }
  return { value, reads: [...reads] };
}

/** Adds reads made earlier (by a remembered result) to the open logs. */
export function replay(reads: readonly Read[]): void {
  for (const log of active) for (const r of reads) log.add(r);
}

function log(r: Read): void {
  for (const l of active) l.add(r);
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
  // Data does not change while it is read: each property's read (and the value handed out) is made once.
  const got = new Map<PropertyKey, { read: Read; out: unknown }>();
  const asked = new Map<string, Read>();
  const question = (key: PropertyKey, ask: typeof IN | typeof OWN, answer: () => boolean): Read => {
    const k = `${ask}${String(key)}`;
    let r = asked.get(k);
    if (!r) asked.set(k, (r = { path: [...path, key], ask, value: answer() }));
    return r;
  };
  let keys: Read | undefined;
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      // Symbols are the language's own (an array's iterator): its reads come back through this view.
      if (typeof key === 'symbol') return Reflect.get(t, key, receiver);
      let g = got.get(key);
      if (!g) {
        const v = Reflect.get(t, key, receiver);
        // A frozen property must read as itself (a proxy's rule): it is logged by identity, its contents unseen.
        const d = Reflect.getOwnPropertyDescriptor(t, key);
        const fixed = d !== undefined && !d.configurable && !d.writable;
        const read = { path: [...path, key], value: fixed ? v : token(v) };
        got.set(key, (g = { read, out: fixed || !plain(v) ? v : view(v, read.path) }));
      }
      log(g.read);
      return g.out;
    },
    has(t, key) {
      const r = question(key, IN, () => Reflect.has(t, key));
      log(r);
      return r.value as boolean;
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'symbol') log(question(key, OWN, () => Object.prototype.hasOwnProperty.call(t, key)));
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys(t) {
      const own = Reflect.ownKeys(t);
      log((keys ??= { path, ask: KEYS, value: own.map(String).join('\u0000') }));
      return own;
    },
  });
  if (path.length === 0) views.set(target, proxy);
  return proxy;
}

/** What `root` answers to a read's question now (undefined when the path is gone). */
function answer(root: object, r: Read): unknown {
  let at: unknown = root;
  const last = r.ask === KEYS ? r.path.length : r.path.length - 1;
  for (let i = 0; i < last; i++) {
    if (at === null || typeof at !== 'object') return GONE;
    at = (at as Record<PropertyKey, unknown>)[r.path[i]!];
  }
  if (at === null || typeof at !== 'object') return GONE;
  if (r.ask === KEYS) return Reflect.ownKeys(at).map(String).join('\u0000');
  const key = r.path[r.path.length - 1]!;
  if (r.ask === IN) return key in at;
  if (r.ask === OWN) return Object.prototype.hasOwnProperty.call(at, key);
  const v = (at as Record<PropertyKey, unknown>)[key];
  // read by identity (frozen, or not plain data): the same object, else itself as data
  return v === r.value ? v : token(v);
}
const GONE = Symbol('gone');

/** Whether `root` answers every read as it was answered when they were logged. */
export function sameReads(root: object, reads: readonly Read[]): boolean {
  return reads.every((r) => answer(root, r) === r.value);
}

const ids = new WeakMap<object, number>();
let nextId = 0;
function part(v: unknown): string {
  if (v !== null && (typeof v === 'object' || typeof v === 'function' || typeof v === 'symbol')) {
    if (typeof v === 'symbol') return 'gone';
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = nextId++));
    return `#${id}`;
  }
  return `${typeof v}:${String(v)}`;
}

/** A set of questions (reads without their answers), shared by every result that asked them. */
class Shape {
  private readonly keys = new WeakMap<object, string>();
  constructor(readonly reads: readonly Read[]) {}
  /** The answers of `root`, as one string; asked once per root. */
  keyOf(root: object): string {
    let k = this.keys.get(root);
    if (k === undefined) this.keys.set(root, (k = this.reads.map((r) => part(answer(root, r))).join('\u0000')));
    return k;
  }
}
const shapes = new Map<string, Shape>();
function shapeOf(reads: readonly Read[]): Shape {
  const signature = reads.map((r) => `${r.path.map(String).join('\u0001')}\u0002${r.ask ?? ''}`).join('\u0000');
  let shape = shapes.get(signature);
  if (!shape) {
    if (shapes.size >= 10_000) shapes.clear();
    shapes.set(signature, (shape = new Shape(reads)));
  }
  return shape;
}

/**
 * Results remembered by the values a computation read. Computations of one input (a rule on one text) mostly ask the
 * same questions of every context, and many inputs ask the same ones: a context's answers to a set of questions are
 * worked out once, and a lookup is one map access per set of questions the input has asked.
 */
export class ByReads<V> {
  private readonly byShape = new Map<Shape, Map<string, V>>();
  private size = 0;
  constructor(private readonly limit = 256) {}

  get(root: object): V | undefined {
    for (const [shape, byAnswers] of this.byShape) {
      const v = byAnswers.get(shape.keyOf(root));
      if (v !== undefined) return v;
    }
    return undefined;
  }

  set(reads: readonly Read[], value: V): void {
    if (this.size >= this.limit) return;
    const shape = shapeOf(reads);
    let byAnswers = this.byShape.get(shape);
    if (!byAnswers) this.byShape.set(shape, (byAnswers = new Map()));
    byAnswers.set(reads.map((r) => part(r.value)).join('\u0000'), value);
    this.size++;
  }
}
