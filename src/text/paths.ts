// The value at a dotted path of a JSON-like value ("said.layerName", "models.list"; "models.list[].name" is each
// element's name): what a phrase, a phrase by kind or a lint rule reads of a template context. Pure.
import { perString } from './memo.js';

/** The value at `path` of a value, as a function of it; a step through anything but an object gives undefined. */
export function pathGetter(path: string): (root: unknown) => unknown {
  const steps = path.split('.').map((s) => ({ key: s.endsWith('[]') ? s.slice(0, -2) : s, list: s.endsWith('[]') }));
  const at = (value: unknown, i: number): unknown => {
    const step = steps[i]!;
    const v = value && typeof value === 'object' ? (value as Record<string, unknown>)[step.key] : undefined;
    if (i === steps.length - 1) return v;
    return step.list && Array.isArray(v) ? v.map((e) => at(e, i + 1)) : at(v, i + 1);
  };
  return (root) => at(root, 0);
}

/** The value at `path` of `root`. A run reads the same few paths of many contexts: each path's getter is made once. */
export function valueAt(root: unknown, path: string): unknown {
  return getterOf(path)(root);
}
const getterOf = perString(1_000, pathGetter);
