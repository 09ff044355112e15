// Templates as plain JavaScript: a template's Handlebars syntax tree (Handlebars.parse, whitespace control applied)
// turned into the source of one function, run with src/templating/own-runtime.ts. The build compiles the embedded set
// and the review templates so, into the CLI script (and dist/templates.cjs). What the JavaScript does is what
// Handlebars' compiler with their options (strict lookups, known helpers only, no indent; HTML escaping or not) and
// its runtime with RUNTIME_OPTIONS do, step for step: the same lookups in the same order, the same errors with the
// same locations, the same string concatenation. Only the syntax those templates use is compiled: anything else
// (block parameters, sections without a helper, decorators but inline partials, dynamic partials, other options)
// stops the build with the file and line.

export class UnsupportedSyntax extends Error {}

/**
 * The compile options (but the helpers and noEscape) whose meaning the JavaScript has: COMPILE_OPTIONS, and the review
 * page's (src/review/template-options.ts), which escapes HTML.
 */
const SUPPORTED = { strict: true, knownHelpersOnly: true, preventIndent: true };
export interface CompileOptions {
  strict: boolean;
  knownHelpersOnly: boolean;
  knownHelpers: Readonly<Record<string, boolean>>;
  noEscape: boolean;
  preventIndent: boolean;
}

type Node = hbs.AST.Node & { loc?: { start: { line: number; column: number }; end: { line: number; column: number } } };

interface Scope {
  /** The source of the template's functions, one per block program. */
  programs: string[];
  /** Location objects, as constants made once per template. */
  locations: Map<string, string>;
  helpers: ReadonlySet<string>;
  /** Values are escaped for HTML (noEscape false) where the template writes {{…}}, not {{{…}}}. */
  escape: boolean;
  /** The template reads a parent context (../): its programs keep Handlebars' list of contexts, `ds`. */
  depths: boolean;
}

const BUILTIN_BLOCKS = new Set(['if', 'unless', 'each', 'with']);
const BUILTINS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);

function refuse(node: Node, what: string): never {
  const at = node.loc ? ` (line ${node.loc.start.line}, column ${node.loc.start.column})` : '';
  throw new UnsupportedSyntax(`${what}${at}: the embedded templates compile to JavaScript without it`);
}

/** The constant of a node's location, as Handlebars passes it to errors. */
function location(node: Node, s: Scope): string {
  const loc = node.loc;
  if (!loc) return 'undefined';
  const text = JSON.stringify({
    start: { line: loc.start.line, column: loc.start.column },
    end: { line: loc.end.line, column: loc.end.column },
  });
  let name = s.locations.get(text);
  if (!name) s.locations.set(text, (name = `l${s.locations.size}`));
  return name;
}

const isScoped = (p: hbs.AST.PathExpression) => /^\.|this\b/.test(p.original);

/** Where a path starts: the data frame, the context, or a parent context (Handlebars' depths[N]). */
function base(p: hbs.AST.PathExpression, s: Scope): string {
  if (p.data && p.depth) refuse(p, `the parent data "${p.original}"`);
  if (p.data) return 'd';
  if (!p.depth) return 'c';
  if (!s.depths) throw new Error('a parent path in a template compiled without depths');
  return `ds[${p.depth}]`;
}

/** A path read as a helper's or partial's parameter: every part through R.L, none required. */
function paramPath(p: hbs.AST.PathExpression, s: Scope): string {
  let out = base(p, s);
  for (const part of p.parts) out = `L(${out}, ${JSON.stringify(part)})`;
  return out;
}

function literal(e: hbs.AST.Expression): string | undefined {
  switch (e.type) {
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return JSON.stringify((e as hbs.AST.StringLiteral).value);
    case 'UndefinedLiteral':
      return 'undefined';
    case 'NullLiteral':
      return 'null';
    default:
      return undefined;
  }
}

function param(e: hbs.AST.Expression, s: Scope): string {
  const lit = literal(e);
  if (lit !== undefined) return lit;
  if (e.type === 'PathExpression') return paramPath(e as hbs.AST.PathExpression, s);
  refuse(e, `a ${e.type} as a parameter`);
}

function noHash(node: { hash?: hbs.AST.Hash } & Node, what: string) {
  if (node.hash && node.hash.pairs.length) refuse(node, `a hash on ${what}`);
}

/** The helper a mustache or block calls, or undefined for a plain lookup (COMPILE_OPTIONS: known helpers only). */
function helperOf(node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement, s: Scope): string | undefined {
  const path = node.path;
  if (path.type !== 'PathExpression') refuse(node, 'a literal in place of a name');
  const p = path as hbs.AST.PathExpression;
  const simple = p.parts.length === 1 && !p.data && !p.depth && !isScoped(p);
  const name = p.parts[0]!;
  if (simple && (s.helpers.has(name) || BUILTINS.has(name))) return name;
  if (node.params.length || (node.hash && node.hash.pairs.length))
    refuse(node, `"${p.original}", which is not a known helper, with parameters`);
  return undefined;
}

const RUNTIME_NAMES = ['L', 'S', 'A', 'E', 'P', 'H', 'D', 'X', 'NC', 'noop', 'lambda', 'truthy'];

/** Generated code without its string literals (JSON.stringify's), to see which names it uses. */
const names = (code: string) => code.replace(/"(?:[^"\\]|\\.)*"/g, '""');

/** A block's `this` (Handlebars' alias of the context: never null), declared when the program's code uses it. */
const alias = (code: string) => (/\ba\b/.test(names(code)) ? '  const a = c != null ? c : NC;\n' : '');

/**
 * A block program as a function of (c, d, p[, ds]): context, data frame, partials and, in a template that reads a
 * parent context, the contexts from this one up. Its name.
 */
function program(prog: hbs.AST.Program | undefined, s: Scope): string | undefined {
  if (!prog) return undefined;
  if (prog.blockParams && prog.blockParams.length) refuse(prog as Node, 'block parameters');
  const at = s.programs.push('') - 1;
  const name = `p${at}`;
  const text = body(prog, s);
  s.programs[at] = `function ${name}(c, d, p${s.depths ? ', ds' : ''}) {\n${alias(text)}  return ${text};\n}`;
  return name;
}

/** A program run on context `ctx`: Handlebars' program wrapper adds `ctx` to the contexts when it is a new one. */
const call = (name: string, ctx: string, data: string, s: Scope) =>
  `${name}(${ctx}, ${data}, p${s.depths ? `, D(${ctx}, ds)` : ''})`;

/** Whether any path of the template reads a parent context (`../`). */
function readsParents(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  const n = node as { type?: string; depth?: number };
  if (n.type === 'PathExpression' && n.depth) return true;
  return Object.values(node).some(readsParents);
}

/** What a program returns: Handlebars' `return x + y + …`, each value appended as it comes (no leading ""). */
function body(prog: hbs.AST.Program, s: Scope): string {
  const parts: string[] = [];
  for (const st of prog.body) {
    const js = statement(st as Node, s);
    if (js !== undefined) parts.push(js);
  }
  return parts.length ? parts.join('\n    + ') : '""';
}

/** The block program `name` as a helper's options.fn: Handlebars' program wrapper (options.data, else this data). */
const asFn = (name: string | undefined, s: Scope) =>
  name ? `(x, o) => ${call(name, 'x', '(o === undefined ? d : o.data) || d', s)}` : 'noop';

function statement(st: Node, s: Scope): string | undefined {
  switch (st.type) {
    case 'ContentStatement': {
      const value = (st as hbs.AST.ContentStatement).value;
      return value ? JSON.stringify(value) : undefined;
    }
    case 'CommentStatement':
      return undefined;
    case 'MustacheStatement':
      return mustache(st as hbs.AST.MustacheStatement, s);
    case 'BlockStatement':
      return block(st as hbs.AST.BlockStatement, s);
    case 'PartialStatement': {
      const partial = st as hbs.AST.PartialStatement;
      if (partial.name.type !== 'PathExpression') refuse(st, 'a dynamic partial');
      if (partial.params.length > 1) refuse(st, 'a partial with more than one context');
      const name = JSON.stringify((partial.name as hbs.AST.PathExpression).original);
      // Handlebars' order: the partial looked up, its context (this one, or its argument), then its hash.
      const ctx = partial.params.length ? param(partial.params[0]!, s) : 'c';
      const pairs = partial.hash?.pairs ?? [];
      const hash = pairs.length
        ? `, { ${pairs.map((h) => `${JSON.stringify(h.key)}: ${param(h.value, s)}`).join(', ')} }`
        : '';
      // preventIndent: the indent, if any, is content before the call.
      const indent = partial.indent ? `${JSON.stringify(partial.indent)}\n    + ` : '';
      return `${indent}P(L(p, ${name}), p, ${name}, ${ctx}, d${hash})`;
    }
    default:
      refuse(st, `a ${st.type}`);
  }
}

function mustache(m: hbs.AST.MustacheStatement, s: Scope): string {
  if ((m as Node).type === 'Decorator') refuse(m, 'a decorator');
  const helper = helperOf(m, s);
  if (helper !== undefined) {
    if (BUILTINS.has(helper)) refuse(m, `{{${helper}}} outside a block`);
    const args = [...m.params.map((e) => param(e, s)), options(m, helper, undefined, undefined, s)].join(', ');
    return `${append(m, s)}(H[${JSON.stringify(helper)}].call(a, ${args}))`;
  }
  const path = m.path as hbs.AST.PathExpression;
  // Strict: every part but the last through R.L, the last through R.S (it must be there), then a lambda is called.
  let value: string;
  if (!path.parts.length) value = base(path, s);
  else {
    let obj = base(path, s);
    for (const part of path.parts.slice(0, -1)) obj = `L(${obj}, ${JSON.stringify(part)})`;
    value = `S(${obj}, ${JSON.stringify(path.parts.at(-1))}, ${location(path, s)})`;
  }
  return `${append(m, s)}(lambda(${value}, c))`;
}

/** How a mustache's value is appended: escaped for HTML (R.E), or as it is, null and undefined as "" (R.A). */
const append = (m: hbs.AST.MustacheStatement, s: Scope) => (s.escape && m.escaped ? 'E' : 'A');

function options(node: Node, name: string, fn: string | undefined, inverse: string | undefined, s: Scope): string {
  return `{ name: ${JSON.stringify(name)}, hash: {}, fn: ${asFn(fn, s)}, inverse: ${asFn(inverse, s)}, data: d, loc: ${location(node, s)}, lookupProperty: L }`;
}

function block(b: hbs.AST.BlockStatement, s: Scope): string {
  if ((b as Node).type === 'DecoratorBlock') refuse(b, 'a decorator block');
  const helper = helperOf(b, s);
  if (helper === undefined) refuse(b, `the section {{#${b.path.original}}} (no helper)`);
  noHash(b, `{{#${helper}}}`);
  const fn = program(b.program, s);
  const inverse = program(b.inverse, s);
  if (helper === 'if' || helper === 'unless') {
    if (b.params.length !== 1) refuse(b, `{{#${helper}}} without exactly one argument`);
    // Handlebars' if: a function is called first; falsy or an empty array is false. A program never returns null.
    const [yes, no] = helper === 'if' ? [fn, inverse] : [inverse, fn];
    const run = (name: string | undefined) => (name ? call(name, 'a', 'd', s) : '""');
    return `(truthy(${param(b.params[0]!, s)}, a) ? ${run(yes)} : ${run(no)})`;
  }
  if (BUILTIN_BLOCKS.has(helper) || !BUILTINS.has(helper)) {
    const args = [...b.params.map((e) => param(e, s)), options(b, helper, fn, inverse, s)].join(', ');
    return `A(H[${JSON.stringify(helper)}].call(a, ${args}))`;
  }
  refuse(b, `{{#${helper}}}`);
}

/**
 * The JavaScript of one template: `function (R) { … }`, which given the runtime (own-runtime.ts) returns the template's
 * main program, a function of (context, data, partials).
 */
export function compileToJs(ast: hbs.AST.Program, options: CompileOptions): string {
  const { knownHelpers, noEscape, ...rest } = options;
  if (JSON.stringify(rest) !== JSON.stringify(SUPPORTED))
    throw new UnsupportedSyntax(
      `compile options ${JSON.stringify(rest)}: JavaScript is written for ${JSON.stringify(SUPPORTED)}`,
    );
  const s: Scope = {
    programs: [],
    locations: new Map(),
    helpers: new Set(Object.keys(knownHelpers)),
    escape: !noEscape,
    depths: readsParents(ast),
  };
  // {{#*inline "name"}}…{{/inline}} at the top: Handlebars' inline decorator adds the block, as a partial of that name,
  // to the partials for the render of this template (and the partials it calls).
  const inline: string[] = [];
  const statements: hbs.AST.Statement[] = [];
  for (const st of ast.body) {
    const d = st as hbs.AST.BlockStatement;
    if ((st as Node).type !== 'DecoratorBlock') statements.push(st);
    else if (d.path.original !== 'inline' || d.params.length !== 1 || d.params[0]!.type !== 'StringLiteral')
      refuse(d, `the decorator {{#*${d.path.original}}}`);
    else {
      noHash(d, 'an inline partial');
      const name = program(d.program, s)!;
      inline.push(`${JSON.stringify((d.params[0] as hbs.AST.StringLiteral).value)}: ${asFn(name, s)}`);
    }
  }
  const main = body({ ...ast, body: statements }, s);
  const locs = [...s.locations].map(([text, name]) => `${name} = Object.freeze(${text})`);
  const programs = s.programs.map((f) => `  ${f.replace(/\n/g, '\n  ')}`);
  // Handlebars starts a render's contexts with its own (a partial's too: only its compat mode passes the caller's).
  const start =
    `  ${alias(main)}${s.depths ? '    const ds = [c];\n' : ''}` +
    (inline.length ? `    p = X({}, p, { ${inline.join(', ')} });\n` : '');
  const code = [...programs, '  return function main(c, d, p) {', `${start}    return ${main};`, '  };'].join('\n');
  // Only the runtime's functions this template calls.
  const used = RUNTIME_NAMES.filter((n) => new RegExp(`\\b${n}\\b`).test(names(code)));
  return [
    'function (R) {',
    ...(used.length ? [`  const { ${used.join(', ')} } = R;`] : []),
    ...(locs.length ? [`  const ${locs.join(',\n    ')};`] : []),
    code,
    '}',
  ].join('\n');
}
