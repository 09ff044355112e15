// Expectations on an answer: status codes, latency ceiling, a JSON path, text and pattern matches (bounded in time).
// Pure but for the clock.
import { createContext, Script, type Context } from 'node:vm';
import { snippet } from './result.js';

/** The longest a pattern may run on one answer; a run's deadline left shortens it. */
export const MATCH_BUDGET_MS = 1_000;

export interface HttpExpect {
  status?: number[];
  maxLatencyMs?: number;
  jsonPath?: string;
  equals?: string | number | boolean;
  contains?: string;
  matches?: string;
}

/** "content[0].text", "$.choices[0].message.content", "data.items.2.name" → path segments. */
export function parseJsonPath(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  const src = path.trim().replace(/^\$\.?/, '');
  const re = /([^.[\]]+)|\[(\d+)\]|\[["']([^"']*)["']\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(m[3]);
    else if (m[1] !== undefined) out.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
  }
  return out;
}

export function getJsonPath(value: unknown, path: string): { found: boolean; value?: unknown } {
  let cur: unknown = value;
  for (const seg of parseJsonPath(path)) {
    if (cur === null || typeof cur !== 'object') return { found: false };
    if (typeof seg === 'number') {
      if (!Array.isArray(cur) || seg >= cur.length) return { found: false };
      cur = cur[seg];
    } else {
      if (Array.isArray(cur) || !Object.prototype.hasOwnProperty.call(cur, seg)) return { found: false };
      cur = (cur as Record<string, unknown>)[seg];
    }
  }
  return { found: true, value: cur };
}

export function statusExpected(expect: HttpExpect | undefined, status: number): boolean {
  if (expect?.status?.length) return expect.status.includes(status);
  return status >= 200 && status < 400;
}

export function describeExpectedStatus(expect: HttpExpect | undefined): string {
  return expect?.status?.length ? expect.status.join('/') : '2xx/3xx';
}

/** Invalid patterns are config errors, found before any probe runs. */
export function checkPattern(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * The body checks of an expectation. Returns undefined when the body passes, else why it does not
 * (already shortened and redacted).
 */
export function checkBody(
  expect: HttpExpect | undefined,
  text: string,
  budgetMs = MATCH_BUDGET_MS,
): string | undefined {
  if (!expect) return undefined;
  let subject = text;
  let where = 'the body';
  if (expect.jsonPath !== undefined) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return `expected JSON with ${expect.jsonPath}, got ${text.trim() ? `"${snippet(text, 60)}"` : 'an empty body'}`;
    }
    const got = getJsonPath(doc, expect.jsonPath);
    if (!got.found) return `no value at ${expect.jsonPath}`;
    subject = typeof got.value === 'string' ? got.value : JSON.stringify(got.value);
    where = expect.jsonPath;
    if (expect.equals !== undefined && subject !== String(expect.equals))
      return `${where} is "${snippet(subject, 60)}", expected "${String(expect.equals)}"`;
  }
  return checkText({ contains: expect.contains, matches: expect.matches }, subject, where, false, budgetMs);
}

/** Text expectations on an answer or a value; undefined when it passes. A model's answer is compared ignoring case. */
export function checkText(
  expect: { contains?: string; matches?: string } | undefined,
  text: string,
  where = 'the answer',
  ignoreCase = true,
  budgetMs = MATCH_BUDGET_MS,
): string | undefined {
  const has = ignoreCase
    ? (t: string, s: string) => t.toLowerCase().includes(s.toLowerCase())
    : (t: string, s: string) => t.includes(s);
  if (expect?.contains !== undefined && !has(text, expect.contains))
    return `expected ${where} to contain "${expect.contains}", got "${snippet(text, 60)}"`;
  if (expect?.matches !== undefined && !matchWithin(expect.matches, text, budgetMs))
    return `expected ${where} to match /${expect.matches}/, got "${snippet(text, 60)}"`;
  return undefined;
}

/**
 * A pattern that ran past its time on an answer: the probe's result is an error, not a mismatch (the answer was not
 * judged).
 */
export class PatternTimeoutError extends Error {
  constructor(pattern: string, budgetMs: number) {
    super(
      `the pattern /${pattern.length > 60 ? `${pattern.slice(0, 59)}…` : pattern}/ did not finish within ${Math.round(budgetMs)} ms on the answer (it backtracks too much; simplify it)`,
    );
    this.name = 'PatternTimeoutError';
  }
}

let matcher: { ctx: Context; script: Script } | undefined;

/**
 * Whether `pattern` matches `text`, bounded in time. V8 switches a pattern that backtracks too much to its
 * linear-time engine (patterns without back-references or lookaround: nearly all); the rest run in a context
 * whose execution V8 stops at the budget, so a hostile answer cannot hold the event loop (and --deadline) for ever.
 *
 * The switch is a V8 flag, set for the match only: V8 stamps the code cache the shim writes as the run ends
 * (bin/code-cache.js) with its flags, and refuses it on the next run, which starts without this one.
 */
export function matchWithin(pattern: string, text: string, budgetMs: number): boolean {
  matcher ??= { ctx: createContext({}), script: new Script('new RegExp(globalThis.pattern).test(globalThis.text)') };
  const v8 = process.getBuiltinModule('node:v8');
  const budget = Math.max(1, Math.floor(budgetMs));
  Object.assign(matcher.ctx, { pattern, text });
  v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
  try {
    return matcher.script.runInContext(matcher.ctx, { timeout: budget }) === true;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new PatternTimeoutError(pattern, budget);
    throw err;
  } finally {
    v8.setFlagsFromString('--no-enable-experimental-regexp-engine-on-excessive-backtracks');
    Object.assign(matcher.ctx, { pattern: undefined, text: undefined });
  }
}
