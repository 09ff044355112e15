// The embedded templates as plain JavaScript: a template's Handlebars syntax tree (Handlebars.parse, whitespace control
// applied) turned into the source of one function, run with src/templating/own-runtime.ts. The build writes them into
// dist/templates.cjs. What the JavaScript does is what Handlebars' compiler with COMPILE_OPTIONS (strict lookups, no
// escaping, known helpers only, no indent) and its runtime with RUNTIME_OPTIONS do, step for step: the same lookups
// in the same order, the same errors with the same locations, the same string concatenation. Only the embedded set
// is compiled so, and only the syntax it uses: anything else (partial arguments, hashes, parent paths, block params,
// sections without a helper, decorators) stops the build with the file and line, and would be written the Handlebars
// way.

export class UnsupportedSyntax extends Error {}

/** The compile options (COMPILE_OPTIONS but the helpers) whose meaning the JavaScript has. */
const SUPPORTED = { strict: true, knownHelpersOnly: true, noEscape: true, preventIndent: true };
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
}

const BUILTIN_BLOCKS = new Set(['if', 'unless', 'each']);
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

/** A path read as a helper's parameter: every part through R.L, none required. */
function paramPath(p: hbs.AST.PathExpression): string {
  if (p.depth) refuse(p, `the parent path "${p.original}"`);
  let out = p.data ? 'd' : 'c';
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

function param(e: hbs.AST.Expression): string {
  const lit = literal(e);
  if (lit !== undefined) return lit;
  if (e.type === 'PathExpression') return paramPath(e as hbs.AST.PathExpression);
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

const RUNTIME_NAMES = ['L', 'S', 'A', 'P', 'H', 'NC', 'noop', 'lambda', 'truthy'];

/** Generated code without its string literals (JSON.stringify's), to see which names it uses. */
const names = (code: string) => code.replace(/"(?:[^"\\]|\\.)*"/g, '""');

/** A block's `this` (Handlebars' alias of the context: never null), declared when the program's code uses it. */
const alias = (code: string) => (/\ba\b/.test(names(code)) ? '  const a = c != null ? c : NC;\n' : '');

/** A block program as a function of (c, d, p): context, data frame, partials. Its name. */
function program(prog: hbs.AST.Program | undefined, s: Scope): string | undefined {
  if (!prog) return undefined;
  if (prog.blockParams && prog.blockParams.length) refuse(prog as Node, 'block parameters');
  const at = s.programs.push('') - 1;
  const name = `p${at}`;
  const text = body(prog, s);
  s.programs[at] = `function ${name}(c, d, p) {\n${alias(text)}  return ${text};\n}`;
  return name;
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
const asFn = (name: string | undefined) =>
  name ? `(x, o) => ${name}(x, (o === undefined ? d : o.data) || d, p)` : 'noop';

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
      if (partial.params.length) refuse(st, 'a partial with a context');
      noHash(partial, 'a partial');
      // preventIndent: the indent, if any, is content before the call.
      const indent = partial.indent ? `${JSON.stringify(partial.indent)}\n    + ` : '';
      return `${indent}P(p, ${JSON.stringify((partial.name as hbs.AST.PathExpression).original)}, c, d)`;
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
    const args = [...m.params.map(param), options(m, helper, undefined, undefined, s)].join(', ');
    return `A(H[${JSON.stringify(helper)}].call(a, ${args}))`;
  }
  const path = m.path as hbs.AST.PathExpression;
  if (path.depth) refuse(m, `the parent path "${path.original}"`);
  // Strict: every part but the last through R.L, the last through R.S (it must be there), then a lambda is called.
  let value: string;
  if (!path.parts.length) value = 'c';
  else {
    let obj = path.data ? 'd' : 'c';
    for (const part of path.parts.slice(0, -1)) obj = `L(${obj}, ${JSON.stringify(part)})`;
    value = `S(${obj}, ${JSON.stringify(path.parts.at(-1))}, ${location(path, s)})`;
  }
  return `A(lambda(${value}, c))`;
}

function options(node: Node, name: string, fn: string | undefined, inverse: string | undefined, s: Scope): string {
  return `{ name: ${JSON.stringify(name)}, hash: {}, fn: ${asFn(fn)}, inverse: ${asFn(inverse)}, data: d, loc: ${location(node, s)}, lookupProperty: L }`;
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
    const run = (name: string | undefined) => (name ? `${name}(a, d, p)` : '""');
    return `(truthy(${param(b.params[0]!)}, a) ? ${run(yes)} : ${run(no)})`;
  }
  if (BUILTIN_BLOCKS.has(helper) || !BUILTINS.has(helper)) {
    const args = [...b.params.map(param), options(b, helper, fn, inverse, s)].join(', ');
    return `A(H[${JSON.stringify(helper)}].call(a, ${args}))`;
  }
  refuse(b, `{{#${helper}}}`);
}

/**
 * The JavaScript of one template: `function (R) { … }`, which given the runtime (own-runtime.ts) returns the template's
 * main program, a function of (context, data, partials).
 */
export function compileToJs(ast: hbs.AST.Program, options: CompileOptions): string {
  const { knownHelpers, ...rest } = options;
  if (JSON.stringify(rest) !== JSON.stringify(SUPPORTED))
    throw new UnsupportedSyntax(
      `compile options ${JSON.stringify(rest)}: JavaScript is written for ${JSON.stringify(SUPPORTED)}`,
    );
  const s: Scope = { programs: [], locations: new Map(), helpers: new Set(Object.keys(knownHelpers)) };
  const main = body(ast, s);
  const locs = [...s.locations].map(([text, name]) => `${name} = Object.freeze(${text})`);
  const programs = s.programs.map((f) => `  ${f.replace(/\n/g, '\n  ')}`);
  const code = [...programs, '  return function main(c, d, p) {', `  ${alias(main)}    return ${main};`, '  };'].join(
    '\n',
  );
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
