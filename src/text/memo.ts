// Pure functions remembered: once per object (the memory goes with the object), or per string (bounded memory).

/** `f`, computed once per key object. */
export function oncePer<K extends object, V>(f: (key: K) => V): (key: K) => V {
  const memory = new WeakMap<K, V>();
  return (key) => {
    let v = memory.get(key);
    if (v === undefined && !memory.has(key)) memory.set(key, (v = f(key)));
    return v as V;
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
