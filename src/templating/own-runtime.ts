// What the embedded templates compiled to JavaScript (compile-js.ts, written by the build into dist/templates.cjs) call
// while they render: Handlebars' runtime, for the options every layerpost render has (COMPILE_OPTIONS, RUNTIME_OPTIONS),
// without its per-render set-up. A render of the embedded set with Handlebars made a container, merged and wrapped
// the helpers, built the prototype-access lists, and a closure for every block at every render; lint renders ~1,000
// times. Each function here is the runtime function it is named after (handlebars/lib/handlebars/runtime.js 4.7),
// with the same checks, errors and messages; test/templating/own-runtime.test.ts holds renders and failures to
// Handlebars'.
import Runtime from 'handlebars/runtime';
import { HELPERS } from './set.js';

type Exception = new (message: string, node?: { loc?: unknown }) => Error;
const Exception = (Runtime as unknown as { Exception: Exception }).Exception;
const hasOwn = Object.prototype.hasOwnProperty;

/** Handlebars' container.nullContext: what a block's `this` is when its context is null or undefined. */
const NC = Object.seal({});

/**
 * container.lookupProperty: own properties only, never a prototype's own `constructor`. RUNTIME_OPTIONS allows no
 * prototype property or method by default and names none, so anything else is undefined (and nothing is logged).
 */
function L(parent: any, name: string): unknown {
  const result = parent[name];
  if (result == null) return result;
  if (
    hasOwn.call(parent, name) &&
    !(name === 'constructor' && typeof result === 'function' && parent === result.prototype)
  )
    return result;
  return undefined;
}

/** container.strict: the last part of a path a mustache writes must be there. */
function S(obj: any, name: string, loc: unknown): unknown {
  if (!obj || !(name in obj)) throw new Exception('"' + name + '" not defined in ' + obj, { loc });
  return L(obj, name);
}

/** What an append does with a value: null and undefined are "". */
const A = (v: unknown): unknown => (v != null ? v : '');

/** container.lambda: a function in the context is called with the context as `this`. */
const lambda = (v: unknown, c: unknown): unknown => (typeof v === 'function' ? v.call(c) : v);

/** The `if` helper's test (without includeZero): a function is called first; falsy or an empty array is false. */
function truthy(v: unknown, self: unknown): boolean {
  const value = typeof v === 'function' ? v.call(self) : v;
  return !(!value || (Array.isArray(value) && value.length === 0));
}

const noop = () => '';

/** Handlebars' escapeExpression: a value written into HTML (the review page), a SafeHtml as its HTML. */
const E = (Runtime as unknown as { escapeExpression(v: unknown): string }).escapeExpression;

/**
 * container.invokePartial with resolvePartial and invokePartial, for a partial called by name (`found`, looked up by
 * the caller as Handlebars' compiled code does) on a context, with or without a hash, never a block: the partial gets
 * the caller's data frame and partials.
 */
function P(found: unknown, partials: any, name: string, context: unknown, data: unknown, hash?: object): unknown {
  const ctx = hash ? extend({}, context, hash) : context;
  let partial = found;
  if (!partial) partial = partials && hasOwn.call(partials, name) ? partials[name] : undefined;
  if (partial === undefined) throw new Exception('The partial ' + name + ' could not be found');
  const result = partial instanceof Function ? partial(ctx, { name, data, partials, partial: true }) : undefined;
  if (result == null && typeof partial === 'function')
    throw new Exception('The partial ' + name + ' returned no output: partials must return a string');
  if (result == null)
    throw new Exception('The partial ' + name + ' could not be compiled when running in runtime-only mode');
  return result;
}

const extend = (Runtime as unknown as { Utils: { extend(o: object, ...s: unknown[]): object } }).Utils.extend;

/**
 * A program's contexts on a new context: Handlebars' program wrapper puts the context in front of its parents' unless it
 * is the same one (in a template that reads a parent context).
 */
function D(ctx: unknown, ds: unknown[]): unknown[] {
  return ds && ctx != ds[0] && !(ctx === NC && ds[0] === null) ? [ctx].concat(ds) : ds;
}

type Helper = (...args: any[]) => unknown;
const builtins = Runtime.create().helpers as Record<string, Helper>;

/**
 * The runtime of templates whose helpers are `helpers`: Handlebars' own `each` and `with` (data frames, iterables,
 * objects), and those.
 */
export function createOwnRuntime(helpers: Readonly<Record<string, Helper>>) {
  const H: Record<string, Helper> = Object.assign(Object.create(null), {
    each: builtins.each,
    with: builtins.with,
    ...helpers,
  });
  return { L, S, A, E, P, H, D, NC, noop, lambda, truthy };
}
export type OwnRuntime = ReturnType<typeof createOwnRuntime>;
/** The drafts' templates' runtime (their helpers: HELPERS). */
export const OWN_RUNTIME: OwnRuntime = createOwnRuntime(HELPERS);
/** A compiled template's main program: (context, data frame, partials) → what it appends. */
export type OwnMain = (c: unknown, d: unknown, p: unknown) => unknown;

/** initData: a render's data frame holds its root context. */
function initData(context: unknown, data: any): any {
  if (!data || !('root' in data)) {
    data = data ? Runtime.createFrame(data) : {};
    data.root = context;
  }
  return data;
}

/**
 * A compiled template (compile-js.ts) as Handlebars' template function: (context, options) → string, where options
 * holds the partials and, for a partial, `partial: true` and the caller's data frame.
 */
export function ownTemplate(make: (r: OwnRuntime) => OwnMain, runtime: OwnRuntime = OWN_RUNTIME) {
  const main = make(runtime);
  return (ctx: unknown, options: { data?: unknown; partials?: unknown; partial?: boolean } = {}): string =>
    '' + main(ctx, options.partial ? options.data : initData(ctx, options.data), options.partials);
}
