// Every template file's scan (scan.ts), in every scope a template calls it from. The embedded set's scans never
// change between runs: the build makes them (dist/templates.cjs, as data) and lint of that set parses no template.
import type { TemplateFile, TemplateSet } from '../templating/engine.js';
import { reasonSchema } from '../templating/reason-fields.js';
import { partialFiles } from '../templating/set.js';
import { scanTemplate, type PartialCall, type Scan } from './scan.js';

/** The scans of a set's files: each file at the root, then each partial in the scopes it is called from. */
export function scansOf(set: TemplateSet): Map<TemplateFile, Scan> {
  const files = [...set.templates.values(), ...set.partials.values()];
  // A reason's template is given that reason's facts, not the draft context.
  const scan = (f: TemplateFile) => scanTemplate(f.source, { schema: reasonSchema(f.name) });
  return withCallScopes(set, new Map(files.map((f) => [f, scan(f)] as const)));
}

/** A scan as JSON (what lint's rules read of it: the call sites are already followed), with the source it is of. */
export interface ScanData {
  source: string;
  parseError?: Scan['parseError'];
  refs: Scan['refs'];
  unescaped: Scan['unescaped'];
  disabled: string[] | 'all';
  partials: string[];
}

/** The scans of a set as data, by file name (the build writes the embedded set's). */
export function scanData(set: TemplateSet): Record<string, ScanData> {
  const out: Record<string, ScanData> = {};
  for (const [f, s] of scansOf(set)) {
    const d: ScanData = {
      source: f.source,
      refs: s.refs,
      unescaped: s.unescaped,
      disabled: s.disabled === 'all' ? 'all' : [...s.disabled],
      partials: s.partials,
    };
    if (s.parseError) d.parseError = s.parseError;
    out[f.name] = d;
  }
  return out;
}

/** The scans of `set` from data made for it, or undefined when a file has none, or one of another source. */
export function fromScanData(
  set: TemplateSet,
  data: Readonly<Record<string, ScanData>>,
): Map<TemplateFile, Scan> | undefined {
  const out = new Map<TemplateFile, Scan>();
  for (const f of [...set.templates.values(), ...set.partials.values()]) {
    const d = data[f.name];
    if (d?.source !== f.source) return undefined;
    out.set(f, {
      ...(d.parseError ? { parseError: d.parseError } : {}),
      refs: d.refs,
      unescaped: d.unescaped,
      disabled: d.disabled === 'all' ? 'all' : new Set(d.disabled),
      partials: d.partials,
      partialCalls: [],
    });
  }
  return out;
}

/**
 * A partial renders in its caller's context: inside {{#each models.list}} its {{name}} is a model's. So each partial
 * is checked in every scope a template calls it from (transitively through other partials), and its findings are
 * the union; a partial that no template calls keeps its check at the root.
 */
function withCallScopes(set: TemplateSet, scans: Map<TemplateFile, Scan>): Map<TemplateFile, Scan> {
  const seen = new Map<TemplateFile, Map<string, Scan>>();
  const queue: PartialCall[] = [...set.templates.values()].flatMap((f) => scans.get(f)?.partialCalls ?? []);
  while (queue.length) {
    const call = queue.pop()!;
    for (const f of partialFiles(set, call.name)) {
      const root = scans.get(f);
      if (!root || root.parseError) continue;
      const byScope = seen.get(f) ?? new Map<string, Scan>();
      seen.set(f, byScope);
      // A bound on distinct scopes per partial keeps a pathological set (partials calling each other in new scopes)
      // finite.
      if (byScope.has(call.scope.key) || byScope.size >= 32) continue;
      const scan =
        call.scope.key === ''
          ? root
          : inScope(scanTemplate(f.source, { scope: call.scope }), call.scope.frames.at(-1)!.canonical);
      byScope.set(call.scope.key, scan);
      queue.push(...scan.partialCalls);
    }
  }
  const out = new Map(scans);
  for (const [f, byScope] of seen) {
    // Called in several scopes: say which one a root problem belongs to, as the others do.
    const all = [...byScope.entries()].map(([key, scan]) =>
      key === '' && byScope.size > 1 ? inScope(scan, '') : scan,
    );
    const once = <T>(items: T[], key: (t: T) => string) => [
      ...new Map(items.map((t) => [key(t), t] as const)).values(),
    ];
    out.set(f, {
      ...scans.get(f)!,
      refs: once(
        all.flatMap((s) => s.refs),
        (r) => [r.kind, r.name, r.line, r.column, r.problem ?? ''].join('\u0000'),
      ),
      unescaped: once(
        all.flatMap((s) => s.unescaped),
        (u) => [u.name, u.line, u.column, ...u.sources].join('\u0000'),
      ),
    });
  }
  return out;
}

/** A partial's problems in a call scope say which context it was called in. */
function inScope(scan: Scan, canonical: string): Scan {
  const where = canonical ? `where the context is ${canonical}` : 'at the root';
  return {
    ...scan,
    refs: scan.refs.map((r) =>
      r.problem && r.kind === 'variable' ? { ...r, problem: `${r.problem} (as called ${where})` } : r,
    ),
  };
}
