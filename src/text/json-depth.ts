// How deep a parsed JSON value nests, found without recursion (a hostile file can nest 100 000 levels). Pure.
import { formatPath } from './zod-format.js';

/** Deeper than any document layerpost writes or reads (evidence nests 5 levels), far below what recursion can take. */
export const MAX_JSON_DEPTH = 64;

/** The path where a value nests deeper than `max` levels ("probes[0].x.x.x…"), or undefined when it does not. */
export function tooDeep(value: unknown, max = MAX_JSON_DEPTH): string | undefined {
  const stack: Array<{ v: unknown; path: Array<string | number> }> = [{ v: value, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (path.length >= max) return formatPath(path.slice(0, 6)) + '…';
    const entries: Array<[string | number, unknown]> = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [k, x] of entries) if (x && typeof x === 'object') stack.push({ v: x, path: [...path, k] });
  }
  return undefined;
}
