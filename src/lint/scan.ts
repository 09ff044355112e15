// Walks a template's Handlebars AST (a Visitor subclass) and records every variable, helper and partial reference,
// resolved against the context schema.
import { perString } from '../text/memo.js';
import type HandlebarsModule from 'handlebars';
import type { z } from 'zod';
import { templateContextSchema } from '../drafts/context.js';
import { handlebars } from '../templating/engine.js';
import { BUILTIN_HELPERS, CUSTOM_HELPERS, describeHandlebarsError } from '../templating/set.js';
import { elementOf, kindOf, resolveParts, type PathType, type Resolved } from './schema.js';

type AST = hbs.AST.Node;
type Program = hbs.AST.Program;
type PathExpression = hbs.AST.PathExpression;
type Callable = hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement;

export interface Ref {
  kind: 'variable' | 'helper' | 'partial';
  /** As written: "layer.name", "../product.name", "@index", "uppercase", "cause-line". */
  name: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Root-relative path for variables that resolve: "models.list[].name". */
  canonical?: string;
  /** Why it does not resolve; absent when it does. */
  problem?: string;
}

export interface Unescaped {
  /** The expression as written inside {{{ }}} or {{& }}. */
  name: string;
  line: number;
  column: number;
  /** Root-relative paths the output comes from (the value, or a helper's arguments). */
  sources: string[];
}

export interface Scan {
  parseError?: { message: string; line: number; column: number };
  refs: Ref[];
  unescaped: Unescaped[];
  /** Rules switched off by `{{!-- layerpost-disable RULE, RULE --}}`; `all` for a bare directive. */
  disabled: Set<string> | 'all';
  partials: string[];
  /** Each {{> partial}} call with the scope the partial renders in there (the caller's context stack). */
  partialCalls: PartialCall[];
}

/** Where a partial is called: it renders with the caller's context (or the context argument), not the root's. */
export interface PartialCall {
  name: string;
  scope: PartialScope;
}

/**
 * The context stack a partial renders in; `key` tells scopes apart ("" is the root). Frames below `floor` are the
 * caller's: @root and @index still reach them, but ../ cannot (a partial starts a new depth stack in Handlebars).
 */
export interface PartialScope {
  key: string;
  frames: readonly Frame[];
  floor: number;
}

export interface ScanOptions {
  schema?: z.core.$ZodType;
  helpers?: readonly string[];
  /** Scan a partial as rendered from a call site, not at the root. */
  scope?: PartialScope;
}

export interface Frame {
  type: PathType;
  canonical: string;
  /** Inside #each (or a section over a list): @index, @first, @last, @key are defined. */
  each: boolean;
}

const DATA_VARS: Record<string, string> = { index: 'number', first: 'boolean', last: 'boolean', key: 'string' };

function pos(node: AST): { line: number; column: number } {
  return { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
}

function isPath(node: AST | undefined): node is PathExpression {
  return node?.type === 'PathExpression';
}

/** A bare name that can be a helper: one part, no @, no this./../ */
function simpleName(p: PathExpression): string | undefined {
  return !p.data && p.depth === 0 && p.parts.length === 1 && !/^(\.|this\b)/.test(p.original) ? p.parts[0] : undefined;
}

/** The walker, as a class over Handlebars' Visitor (loaded on first use: src/templating/engine.ts `handlebars`). */
function makeWalker(Visitor: typeof HandlebarsModule.Visitor) {
  return class ContextWalker extends Visitor {
    readonly refs: Ref[] = [];
    readonly unescaped: Unescaped[] = [];
    readonly partials: string[] = [];
    readonly partialCalls: PartialCall[] = [];
    private readonly frames: Frame[];
    /** The lowest frame ../ may reach: 0 in a template, the partial's own context in a partial. */
    private readonly floor: number;
    private readonly params: Array<Map<string, Resolved>> = [];
    private readonly helpers: Set<string>;

    constructor(schema: z.core.$ZodType, helpers: readonly string[], scope?: PartialScope) {
      super();
      this.frames = scope ? [...scope.frames] : [{ type: schema, canonical: '', each: false }];
      this.floor = scope?.floor ?? 0;
      this.helpers = new Set(helpers);
    }

    /** Resolve a path expression in the current scope; records a variable reference. */
    private resolve(p: PathExpression): Resolved | undefined {
      const r = this.lookup(p);
      const ref: Ref = { kind: 'variable', name: p.original, ...pos(p) };
      if ('error' in r) ref.problem = r.error;
      else ref.canonical = r.canonical;
      this.refs.push(ref);
      return 'error' in r ? undefined : r;
    }

    private lookup(p: PathExpression): Resolved | { error: string } {
      const root = this.frames[0]!;
      if (p.data) {
        const [head, ...rest] = p.parts;
        if (head === 'root') return resolveParts(root, rest, p.original);
        if (head && head in DATA_VARS) {
          if (!this.frames.some((f) => f.each)) return { error: `"${p.original}" is only defined inside #each` };
          if (rest.length) return { error: `"${p.original}": @${head} is a ${DATA_VARS[head]}` };
          return { type: 'any', canonical: `@${head}` };
        }
        return {
          error: `"${p.original}" is not a data variable layerpost defines (@root, @index, @first, @last, @key)`,
        };
      }
      const scoped = /^(\.|this\b)/.test(p.original);
      if (!scoped && p.depth === 0 && p.parts.length > 0) {
        for (let i = this.params.length - 1; i >= 0; i--) {
          const bp = this.params[i]!.get(p.parts[0]!);
          if (bp) return resolveParts(bp, p.parts.slice(1), p.original);
        }
      }
      const at = this.frames.length - 1 - p.depth;
      if (at < 0) return { error: `"${p.original}" goes above the template's root context` };
      if (at < this.floor)
        return {
          error: `"${p.original}" goes above the partial's own context; pass what it needs as an argument ({{> name path}} or name=value)`,
        };
      return resolveParts(this.frames[at]!, p.parts, p.original);
    }

    /** A mustache, sub-expression or block head: a helper call when it has params or a hash, else a value. */
    private head(node: Callable): { helper?: string; value?: Resolved } {
      const path = node.path as AST;
      const call = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || node.type === 'SubExpression';
      if (!isPath(path)) {
        this.acceptArray(node.params);
        if (node.hash) this.accept(node.hash);
        return {};
      }
      const name = simpleName(path);
      if (call || (name !== undefined && this.helpers.has(name))) {
        const ref: Ref = { kind: 'helper', name: path.original, ...pos(path) };
        if (name === undefined)
          ref.problem = `"${path.original}" is called with arguments, but only a helper name can be (known helpers: ${[...this.helpers].join(', ')})`;
        else if (!this.helpers.has(name))
          ref.problem = `unknown helper "${name}" (known: ${[...this.helpers].join(', ')})`;
        this.refs.push(ref);
        return { helper: name ?? path.original };
      }
      return { value: this.resolve(path) };
    }

    /** Paths a helper call or value reads from, for unsafe-html. */
    private sources(node: Callable, value?: Resolved): string[] {
      if (value) return [value.canonical];
      const out: string[] = [];
      const visit = (e: AST) => {
        if (isPath(e)) {
          const r = this.lookup(e);
          if (!('error' in r)) out.push(r.canonical);
        } else if (e.type === 'SubExpression') (e as hbs.AST.SubExpression).params.forEach(visit);
      };
      node.params.forEach(visit);
      return out;
    }

    override MustacheStatement(m: hbs.AST.MustacheStatement): void {
      const h = this.head(m);
      if (h.helper !== undefined) {
        this.acceptArray(m.params);
        this.accept(m.hash);
      }
      if (!m.escaped)
        this.unescaped.push({
          name: isPath(m.path) ? m.path.original : String((m.path as hbs.AST.StringLiteral).original),
          ...pos(m),
          sources: this.sources(m, h.value),
        });
    }

    override SubExpression(s: hbs.AST.SubExpression): void {
      if (this.head(s).helper === undefined) return;
      this.acceptArray(s.params);
      this.accept(s.hash);
    }

    override Decorator(d: hbs.AST.Decorator): void {
      this.refs.push({
        kind: 'helper',
        name: `*${isPath(d.path) ? d.path.original : ''}`,
        ...pos(d),
        problem: 'decorators are not supported in layerpost templates',
      });
    }

    override DecoratorBlock(d: hbs.AST.DecoratorBlock): void {
      this.Decorator(d as unknown as hbs.AST.Decorator);
      this.accept(d.program);
    }

    override PathExpression(p: PathExpression): void {
      this.resolve(p);
    }

    override BlockStatement(b: hbs.AST.BlockStatement): void {
      const h = this.head(b);
      const first = b.params[0];
      if (h.helper !== undefined) {
        // The first param of each/with sets the new context; resolve it once, record it once.
        const rest = h.helper === 'each' || h.helper === 'with' ? b.params.slice(1) : b.params;
        const target = (h.helper === 'each' || h.helper === 'with') && isPath(first) ? this.resolve(first) : undefined;
        if ((h.helper === 'each' || h.helper === 'with') && first && !isPath(first)) this.accept(first);
        this.acceptArray(rest);
        this.accept(b.hash);
        if (h.helper === 'each') {
          const item = target
            ? { type: elementOf(target.type), canonical: `${target.canonical}[]` }
            : { type: 'any' as const, canonical: '' };
          this.block(b.program, { ...item, each: true }, [item, { type: 'any', canonical: '@index' }]);
        } else if (h.helper === 'with') {
          const ctx = target ?? { type: 'any' as const, canonical: '' };
          this.block(b.program, { ...ctx, each: false }, [ctx]);
        } else {
          this.block(b.program, undefined, []);
        }
        this.block(b.inverse, undefined, []);
        return;
      }
      // A section over a value ({{#models.list}}…{{/models.list}}): a list iterates, an object becomes the context.
      const v = h.value;
      const kind = v ? kindOf(v.type) : 'any';
      if (v && (kind === 'array' || kind === 'record')) {
        const item = { type: elementOf(v.type), canonical: `${v.canonical}[]` };
        this.block(b.program, { ...item, each: true }, [item]);
      } else if (v && kind === 'object') {
        this.block(b.program, { ...v, each: false }, [v]);
      } else {
        this.block(b.program, undefined, []);
      }
      this.block(b.inverse, undefined, []);
    }

    /** Walk a block's program, with a new context frame (each/with) and its block params bound. */
    private block(program: Program | undefined, frame: Frame | undefined, bind: Resolved[]): void {
      if (!program) return;
      if (frame) this.frames.push(frame);
      const names = program.blockParams ?? [];
      this.params.push(new Map(names.map((n, i) => [n, bind[i] ?? { type: 'any', canonical: '' }])));
      this.acceptArray(program.body);
      this.params.pop();
      if (frame) this.frames.pop();
    }

    override PartialStatement(p: hbs.AST.PartialStatement): void {
      this.partial(p);
    }

    override PartialBlockStatement(p: hbs.AST.PartialBlockStatement): void {
      this.partial(p);
      this.block(p.program, undefined, []);
    }

    private partial(p: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement): void {
      const n = p.name as AST;
      if (isPath(n)) {
        if (!n.data) {
          this.partials.push(n.original);
          this.refs.push({ kind: 'partial', name: n.original, ...pos(n) });
          this.partialCalls.push({ name: n.original, scope: this.partialScope(p) });
        }
      } else if (n.type === 'SubExpression') {
        this.refs.push({
          kind: 'partial',
          name: '(dynamic)',
          ...pos(n),
          problem: 'a partial chosen at render time cannot be checked; name it',
        });
        this.accept(n);
      }
      this.acceptArray(p.params);
      this.accept(p.hash);
    }

    /**
     * The context a partial call renders in: the current stack, then the context argument ({{> name models}}) if any.
     * Hash arguments ({{> name label="…"}}) add fields the schema does not know, so such a context is not checked.
     */
    private partialScope(p: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement): PartialScope {
      const frames = [...this.frames];
      const arg = p.params[0];
      if (arg) {
        const r = isPath(arg) ? this.lookup(arg) : undefined;
        frames.push(r && !('error' in r) ? { ...r, each: false } : { type: 'any', canonical: '', each: false });
      }
      if (p.hash?.pairs.length) frames[frames.length - 1] = { ...frames[frames.length - 1]!, type: 'any' };
      const floor = frames.length - 1;
      const key =
        frames.length === 1 && frames[0]!.type !== 'any'
          ? ''
          : frames.map((f) => `${f.canonical}${f.each ? '#' : ''}${f.type === 'any' ? '*' : ''}`).join('>');
      return { key, frames, floor };
    }
  };
}
let Walker: ReturnType<typeof makeWalker> | undefined;
const contextWalker = () => (Walker ??= makeWalker(handlebars().Visitor));

const DIRECTIVE = /\{\{!(?:--)?\s*layerpost-disable\b([\s\S]*?)(?:--)?\}\}/g;

/**
 * Rule ids switched off in a template by a comment directive (read from the source, so it works on files that do not
 * parse).
 */
export function disabledRules(source: string): Set<string> | 'all' {
  const out = new Set<string>();
  for (const m of source.matchAll(DIRECTIVE)) {
    const ids = m[1]!.split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0) return 'all';
    for (const id of ids) out.add(id);
  }
  return out;
}

/**
 * A source's syntax tree, parsed once: a partial is walked again in every scope a template calls it from, and lint
 * parses the same embedded files on every run in one process (tests, a lint of several folders). Walking reads it only.
 */
const parsed = perString(2_000, (source: string): Program | undefined => {
  try {
    return handlebars().parse(source);
  } catch {
    return undefined; // parsed again where it is reported: the error's position is read from the parser's state
  }
});

/** Parse one template and record everything lint checks; a parse error is returned, never thrown. */
export function scanTemplate(source: string, opts: ScanOptions = {}): Scan {
  const disabled = disabledRules(source);
  let ast: Program;
  try {
    ast = parsed(source) ?? handlebars().parse(source);
  } catch (err) {
    const d = describeHandlebarsError(err, source);
    // Jison parse errors carry no position; the shared lexer still holds the offending token's.
    const lexer = (
      handlebars() as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }
    ).Parser?.lexer?.yylloc;
    const line = d.line ?? lexer?.first_line ?? 1;
    const column =
      d.column !== undefined ? d.column + 1 : lexer && lexer.first_line === line ? lexer.first_column + 1 : 1;
    return {
      parseError: { message: d.message, line, column },
      refs: [],
      unescaped: [],
      disabled,
      partials: [],
      partialCalls: [],
    };
  }
  const walker = new (contextWalker())(
    opts.schema ?? templateContextSchema(),
    opts.helpers ?? [...BUILTIN_HELPERS, ...CUSTOM_HELPERS],
    opts.scope,
  );
  walker.accept(ast);
  return {
    refs: walker.refs,
    unescaped: walker.unescaped,
    disabled,
    partials: [...new Set(walker.partials)],
    partialCalls: walker.partialCalls,
  };
}
