// Resolves template variable paths against a zod 4 schema (objects, arrays and their elements), for unknown-variable.
import { suggest } from '../text/suggest.js';
import type { z } from 'zod';

type ZodType = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  element?: ZodType;
  innerType?: ZodType;
  valueType?: ZodType;
  in?: ZodType;
  getter?: () => ZodType;
}

/**
 * A type a path may resolve to: a zod schema, or `any` when the schema does not say (records, unions, helper results).
 */
export type PathType = ZodType | 'any';

export interface Resolved {
  type: PathType;
  /** Root-relative path with `[]` for array elements: "models.list[].name". */
  canonical: string;
}

export type Resolution = Resolved | { error: string };

function def(t: ZodType): Def {
  return (t as unknown as { _zod: { def: Def } })._zod.def;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Strip optional/nullable/default/pipe/lazy wrappers down to the type that has fields. */
export function unwrap(t: PathType): PathType {
  let cur = t;
  for (let i = 0; i < 20 && cur !== 'any'; i++) {
    const d = def(cur);
    if (WRAPPERS.has(d.type) && d.innerType) cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else if (d.type === 'lazy' && d.getter) cur = d.getter();
    else break;
  }
  return cur;
}

export function kindOf(t: PathType): string {
  const u = unwrap(t);
  return u === 'any' ? 'any' : def(u).type;
}

/** Field names of an object type (for suggestions), or []. */
export function fieldsOf(t: PathType): string[] {
  const u = unwrap(t);
  if (u === 'any') return [];
  const d = def(u);
  return d.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

/** What one iteration of `#each` over this type yields. */
export function elementOf(t: PathType): PathType {
  const u = unwrap(t);
  if (u === 'any') return 'any';
  const d = def(u);
  if (d.type === 'array' && d.element) return d.element;
  if (d.type === 'record' && d.valueType) return d.valueType;
  return 'any';
}

export function isIterable(t: PathType): boolean {
  const k = kindOf(t);
  return k === 'array' || k === 'record' || k === 'object' || k === 'any';
}

function join(base: string, part: string): string {
  return base ? `${base}.${part}` : part;
}

function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** Walk `parts` from `start`; an unknown field is an error that names the closest field. */
export function resolveParts(start: Resolved, parts: readonly string[], original: string): Resolution {
  let cur: Resolved = start;
  for (const part of parts) {
    const u = unwrap(cur.type);
    if (u === 'any') return { type: 'any', canonical: join(cur.canonical, parts.slice(parts.indexOf(part)).join('.')) };
    const d = def(u);
    const where = cur.canonical || 'the template context';
    if (d.type === 'object' && d.shape) {
      const next = d.shape[part];
      if (!next || !Object.prototype.hasOwnProperty.call(d.shape, part)) {
        const hint = suggest(part, Object.keys(d.shape));
        return {
          error: `"${original}": ${where} has no field "${part}"${hint ? `; did you mean "${join(cur.canonical, hint)}"?` : ''}`,
        };
      }
      cur = { type: next, canonical: join(cur.canonical, part) };
    } else if (d.type === 'array' && d.element) {
      if (/^\d+$/.test(part)) cur = { type: d.element, canonical: `${cur.canonical}[]` };
      else if (part === 'length') cur = { type: 'any', canonical: `${cur.canonical}.length` };
      else return { error: `"${original}": ${where} is a list; use #each, or an index such as ${cur.canonical}.0` };
    } else if (d.type === 'record' && d.valueType) {
      cur = { type: d.valueType, canonical: `${cur.canonical}[]` };
    } else if (d.type === 'union') {
      cur = { type: 'any', canonical: join(cur.canonical, part) };
    } else if (d.type === 'string' && part === 'length') {
      cur = { type: 'any', canonical: `${cur.canonical}.length` };
    } else {
      return { error: `"${original}": ${where} is ${article(d.type)}, it has no field "${part}"` };
    }
  }
  return cur;
}

// The did-you-mean lives in core (usage errors use it too); lint rules import it from here.
export { suggest };
