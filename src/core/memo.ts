// Pure functions remembered: once per object (the memory goes with the object), or per string (bounded memory).
import { recording, replay, withReadLog, type Read } from './reads.js';

/**
 * `f`, computed once per key object. While reads are logged (core/reads.ts), a result computed then keeps the reads
 * it made and a later use logs them again: the caller's result depends on them as if it had read them itself.
 */
export function oncePer<K extends object, V>(f: (key: K) => V): (key: K) => V {
  const memory = new WeakMap<K, { v: V; reads?: readonly Read[] }>();
  return (key) => {
    let e = memory.get(key);
    if (e && e.reads === undefined && recording()) e = undefined;
    if (!e) {
      if (recording()) {
        const r = withReadLog(() => f(key));
        e = { v: r.value, reads: r.reads };
      } else e = { v: f(key) };
      memory.set(key, e);
    }
    if (e.reads) replay(e.reads);
    return e.v;
  };
}

/** `f`, remembered per string; at `limit` entries the memory starts over (lint sees a few thousand distinct texts). */
export function perString<V>(limit: number, f: (s: string) => V): (s: string) => V {
  const memory = new Map<string, V>();
  return (s) => {
    let v = memory.get(s);
    if (v === undefined && !memory.has(s)) {
      if (memory.size >= limit) memory.clear();
      memory.set(s, (v = f(s)));
    }
    return v as V;
  };
}
