// What the templates compiled to JavaScript (compile-js.ts: the embedded set and the review page's, written by the
// build into the CLI script) call while they render: what Handlebars 4.7's runtime does, for the options every
// layerpost render has (COMPILE_OPTIONS or the review's, RUNTIME_OPTIONS), without its per-render set-up and without
// loading Handlebars. A render with Handlebars made a container, merged and wrapped the helpers, built the
// prototype-access lists, and a closure for every block at every render; lint renders ~1,000 times. Each function here
// does what the Handlebars function it is named after does (lookupProperty, strict, lambda, invokePartial,
// escapeExpression, extend, createFrame, the `each` and `with` helpers, Exception), with the same checks, errors and
// messages; test/templating/own-runtime.test.ts holds renders and failures to Handlebars' own.
import { HELPERS } from './set.js';

const hasOwn = Object.prototype.hasOwnProperty;

type Loc = { start?: { line: number; column: number }; end?: { line: number; column: number } };

/**
 * Handlebars' Exception: the message ends with " - line:column" when the node has a location, which is also on the
 * error (lineNumber, column, endLineNumber, endColumn): what describeHandlebarsError reads.
 */
class Exception extends Error {
  declare lineNumber?: number;
  declare endLineNumber?: number;
  declare column?: number;
  declare endColumn?: number;
  constructor(message: string, node?: { loc?: Loc }) {
    const loc = node?.loc;
    super(loc?.start ? `${message} - ${loc.start.line}:${loc.start.column}` : message);
    this.name = 'Error';
    if (loc) {
      this.lineNumber = loc.start?.line;
      this.endLineNumber = loc.end?.line;
      Object.defineProperty(this, 'column', { value: loc.start?.column, enumerable: true });
      Object.defineProperty(this, 'endColumn', { value: loc.end?.column, enumerable: true });
    }
  }
}

/** Handlebars' extend: own enumerable properties of each source, in order, onto `obj`. */
function extend(obj: any, ...sources: any[]): any {
  for (const source of sources) for (const key in source) if (hasOwn.call(source, key)) obj[key] = source[key];
  return obj;
}

/** A data frame over `object` (@index, @first… of a block), its parent kept. */
function createFrame(object: any): any {
  const frame = extend({}, object);
  frame._parent = object;
  return frame;
}

/** Handlebars' isEmpty: falsy but 0, or an empty array. */
const isEmpty = (v: unknown) => (!v && v !== 0) || (Array.isArray(v) && v.length === 0);

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** Handlebars' escapeExpression: a value written into HTML (the review page); an object with toHTML is its HTML. */
function E(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value && typeof (value as { toHTML?: unknown }).toHTML === 'function')
    return (value as { toHTML(): string }).toHTML();
  else if (value == null) return '';
  else if (!value) return `${value as string}`;
  else text = `${value as string}`;
  return /[&<>"'`=]/.test(text) ? text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!) : text;
}

type BlockOptions = {
  fn(ctx: unknown, o?: { data?: unknown; blockParams?: unknown }): unknown;
  inverse(ctx: unknown): unknown;
  data?: unknown;
};

/**
 * Handlebars' `each`: an array's items (holes skipped), an iterable's values, or an object's own keys, each with a
 * data frame (@key, @index, @first, @last); a function is called first; nothing to iterate renders the inverse.
 */
function each(this: unknown, context: any, options?: BlockOptions): unknown {
  if (!options) throw new Exception('Must pass iterator to #each');
  const { fn, inverse } = options;
  let i = 0;
  let out: any = '';
  if (typeof context === 'function') context = context.call(this);
  const data = options.data ? createFrame(options.data) : undefined;
  const step = (key: unknown, index: number, last: boolean, value: unknown) => {
    if (data) {
      data.key = key;
      data.index = index;
      data.first = index === 0;
      data.last = last;
    }
    out = out + fn(value, { data });
  };
  if (context && typeof context === 'object') {
    if (Array.isArray(context)) {
      for (const n = context.length; i < n; i++) if (i in context) step(i, i, i === context.length - 1, context[i]);
    } else if (typeof context[Symbol.iterator] === 'function') {
      const iterator = context[Symbol.iterator]();
      let current = iterator.next();
      while (!current.done) {
        const next = iterator.next();
        try {
          step(i, i, !!next.done, current.value);
        } catch (err) {
          if (!next.done)
            try {
              if (typeof iterator.return === 'function') iterator.return();
            } catch {
              // the block's error is the one to see
            }
          throw err;
        }
        current = next;
        i++;
      }
    } else {
      let prior: string | undefined;
      for (const key of Object.keys(context)) {
        if (prior !== undefined) step(prior, i - 1, false, context[prior]);
        prior = key;
        i++;
      }
      if (prior !== undefined) step(prior, i - 1, true, context[prior]);
    }
  }
  if (i === 0) out = inverse(this);
  return out;
}

/** Handlebars' `with`: the block on the value (a function is called first), the inverse when it is empty. */
function withHelper(this: unknown, ...args: any[]): unknown {
  if (args.length !== 2) throw new Exception('#with requires exactly one argument');
  let context = args[0];
  const options = args[1] as BlockOptions;
  if (typeof context === 'function') context = context.call(this);
  if (isEmpty(context)) return options.inverse(this);
  return options.fn(context, { data: options.data });
}

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
  if (!obj || !(name in obj)) throw new Exception('"' + name + '" not defined in ' + obj, { loc: loc as Loc });
  return L(obj, name);
}

/** What an append does with a value: null and undefined are "". */
const A = (v: unknown): unknown => (v != null ? v : '');

/** container.lambda: a function in the context is called with the context as `this`. */
const lambda = (v: unknown, c: unknown): unknown => (typeof v === 'function' ? v.call(c) : v);

/** The `if` helper's test (without includeZero): a function is called first; falsy or an empty array is false. */
function truthy(v: unknown, self: unknown): boolean {
  const value = typeof v === 'function' ? v.call(self) : v;
  return !(!value || isEmpty(value));
}

const noop = () => '';

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

/**
 * A program's contexts on a new context: Handlebars' program wrapper puts the context in front of its parents' unless it
 * is the same one (in a template that reads a parent context).
 */
function D(ctx: unknown, ds: unknown[]): unknown[] {
  return ds && ctx != ds[0] && !(ctx === NC && ds[0] === null) ? [ctx].concat(ds) : ds;
}

type Helper = (...args: any[]) => unknown;

/**
 * The runtime of templates whose helpers are `helpers`: `each` and `with` as Handlebars has them (data frames,
 * iterables, objects), and those.
 */
export function createOwnRuntime(helpers: Readonly<Record<string, Helper>>) {
  const H: Record<string, Helper> = Object.assign(Object.create(null), { each, with: withHelper, ...helpers });
  return { L, S, A, E, P, H, D, X: extend, NC, noop, lambda, truthy };
}
export type OwnRuntime = ReturnType<typeof createOwnRuntime>;
/** The drafts' templates' runtime (their helpers: HELPERS). */
export const OWN_RUNTIME: OwnRuntime = createOwnRuntime(HELPERS);
/** A compiled template's main program: (context, data frame, partials) → what it appends. */
export type OwnMain = (c: unknown, d: unknown, p: unknown) => unknown;

/** initData: a render's data frame holds its root context. */
function initData(context: unknown, data: any): any {
  if (!data || !('root' in data)) {
    data = data ? createFrame(data) : {};
    data.root = context;
  }
  return data;
}

/**
 * A compiled template (compile-js.ts) as Handlebars' template function: (context, options) → string, where options
 * holds the partials and, for a partial, `partial: true` and the caller's data frame. Its main program is made at its
 * first render: V8 compiles a function when it first runs, so a run compiles (and its code cache holds) only the
 * templates it renders (a draft renders one layer's).
 */
export function ownTemplate(make: (r: OwnRuntime) => OwnMain, runtime: OwnRuntime = OWN_RUNTIME) {
  let main: OwnMain | undefined;
  return (ctx: unknown, options: { data?: unknown; partials?: unknown; partial?: boolean } = {}): string =>
    '' + (main ??= make(runtime))(ctx, options.partial ? options.data : initData(ctx, options.data), options.partials);
}
