// The strings inside a JSON-like value (a parsed document, a probe's config): transformed in place of the originals,
// or listed. The structure and every number, boolean and null are left as they are. Pure.

/** The value with `f` applied to every string in it (to object keys too, with `keys`). */
export function mapStrings<T>(value: T, f: (text: string) => string, opts: { keys?: boolean } = {}): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return f(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [opts.keys ? f(k) : k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** Every string value inside `value` (not object keys), depth first, in order. */
export function stringsIn(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}
