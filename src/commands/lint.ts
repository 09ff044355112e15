// `layerpost lint [PATH…]`: lint template sets (directories) or single templates (.hbs files) and print the findings as
// text, JSON, GitHub annotations or SARIF; exit 1 on errors, 2 when a path holds no template.
import { stat } from '../platform/files.js';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { repositoryRoot, type ResolvedConfig } from '../config/load.js';
import { UsageError } from '../platform/errors.js';
import { formatGithub, formatJson, formatSarif, formatText, FORMATS, summarize, type Format } from '../lint/format.js';
import { lintTemplates, RULES, severityOf, unknownRuleIds, type LintResult } from '../lint/index.js';
import type { ScanData } from '../lint/scans.js';
import { layerPhrases, loadScansJson, loadTemplateSet } from '../templating/load.js';
import { partialName } from '../templating/set.js';
import { precompiledFor } from '../templating/renderer.js';
import { printJson, type Runtime } from '../platform/runtime.js';
import { VERSION } from '../platform/version.js';
import { commandEnv } from './env.js';
import { readFlags } from './flags.js';

export interface LintOptions {
  format?: string;
  /** -1: no limit. */
  maxWarnings?: number;
  /** List the rules and exit. */
  rules?: true;
}

/** commander's parsed flags as lint's typed options. */
export function lintOptions(opts: Record<string, unknown>): LintOptions {
  const f = readFlags(opts);
  return { format: f.text('format'), maxWarnings: f.number('maxWarnings'), rules: f.on('rules') };
}

export async function run(rt: Runtime, flags: Record<string, unknown>, args: string[]): Promise<number> {
  const opts = lintOptions(flags);
  const { config, log, c } = await commandEnv(rt);
  const format = (rt.opts.json ? 'json' : (opts.format ?? 'text')) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const settings = config.lint.rules;
  for (const id of unknownRuleIds(settings))
    log.warn(`layerpost: ${config.file ?? 'config'}: lint.rules.${id}: no such rule (see \`layerpost lint --rules\`)`);

  if (opts.rules) {
    const rows = RULES.map((r) => ({
      id: r.id,
      severity: severityOf(r, settings) ?? 'off',
      defaultSeverity: r.severity,
      description: r.description,
      docs: r.docs,
    }));
    if (format === 'json') printJson(rt, { rules: rows });
    else {
      const w = Math.max(...rows.map((r) => r.id.length));
      rt.stdout.write(
        rows
          .map(
            (r) =>
              `${c.bold(r.id.padEnd(w))}  ${(r.severity === 'error' ? c.red : r.severity === 'warning' ? c.yellow : c.dim)(r.severity.padEnd(7))}  ${r.description}`,
          )
          .join('\n') + '\n',
      );
    }
    return 0;
  }

  const options = lintSettings(config);
  const results: LintResult[] = [];
  // A layer's words in config are phrases too: linted where draft uses them, reported at the config field.
  const fromConfig = layerPhrases(config.layers, config.file ?? 'config');
  if (args.length) {
    // Each directory is one team's set: merged over the embedded one, as draft uses it; only its own files are
    // reported. A file is linted within its set (a template's name, CHANNEL/VARIANT, comes from where it sits).
    for (const target of await lintTargets(args, rt.cwd)) {
      const r = lintTemplates(await loadTemplateSet([target.root], fromConfig), { ...options, onlyOrigin: 'override' });
      const only = target.files;
      if (!only) {
        if (r.filesChecked === 0) throw new UsageError(`${target.arg}: no templates (*.hbs) in it; nothing to lint`);
        results.push(r);
      } else
        results.push({
          ...r,
          findings: r.findings.filter((f) => f.file && only.has(f.file)),
          lengths: r.lengths.filter((l) => only.has(l.file)),
          filesChecked: only.size,
        });
    }
  } else results.push(await lintConfigured(config));
  // GitHub maps annotation and SARIF paths from the repository root, not from where the command ran.
  const base =
    format === 'github' || format === 'sarif' ? rt.env.GITHUB_WORKSPACE || repositoryRoot(rt.cwd) || rt.cwd : rt.cwd;
  const all = merge(results, base);
  // --quiet reports errors only, as ESLint's does; --max-warnings still counts every warning.
  const result = rt.opts.quiet ? { ...all, findings: all.findings.filter((f) => f.severity === 'error') } : all;
  const s = summarize(all);

  if (format === 'json') printJson(rt, formatJson(result));
  else if (format === 'sarif') printJson(rt, formatSarif(result, { version: VERSION, settings }));
  else if (format === 'github') rt.stdout.write(formatGithub(result));
  else if (!rt.opts.quiet || s.errors > 0) rt.stdout.write(formatText(result, c, { verbose: rt.opts.verbose }));

  if (s.errors > 0) return 1;
  const max = opts.maxWarnings;
  if (max !== undefined && max >= 0 && s.warnings > max) {
    log.warn(`layerpost: ${s.warnings} warnings, more than --max-warnings ${max}`);
    return 1;
  }
  return 0;
}

/** The lint options a config sets. */
function lintSettings(config: ResolvedConfig) {
  return {
    rules: config.lint.rules,
    vaguePhrases: config.lint.vaguePhrases,
    layers: config.layers,
    product: config.raw.product?.name ? config.product : undefined,
    mastodonLimit: config.channels.mastodonLimit,
  };
}

/**
 * The template set drafts use (the configured directory over the embedded set, and the config's layer words), linted.
 */
export async function lintConfigured(config: ResolvedConfig): Promise<LintResult> {
  const set = await loadTemplateSet(
    config.templatesDir ? [config.templatesDir] : [],
    layerPhrases(config.layers, config.file ?? 'config'),
  );
  const precompiled = await precompiledFor(set);
  // Exactly the embedded set: the build's templates and its scans of them serve, so lint parses no template.
  const json = precompiled ? loadScansJson() : undefined;
  const scans = json ? (JSON.parse(json) as Record<string, ScanData>) : undefined;
  return lintTemplates(set, { ...lintSettings(config), precompiled, scans });
}

/**
 * One result for several paths, with file paths relative to `base` (the working directory, or the repository root for
 * CI).
 */
function merge(results: LintResult[], base: string): LintResult {
  const rel = (f?: string) => (f && isAbsolute(f) ? relative(base, f).split(sep).join('/') || f : f);
  return {
    findings: results.flatMap((r) => r.findings.map((f) => ({ ...f, file: rel(f.file) }))),
    filesChecked: results.reduce((n, r) => n + r.filesChecked, 0),
    renders: results.reduce((n, r) => n + r.renders, 0),
    cases: results.reduce((n, r) => Math.max(n, r.cases), 0),
    lengths: results.flatMap((r) => r.lengths.map((l) => ({ ...l, file: rel(l.file)! }))),
  };
}

/** What one command line asks to lint: a set's root, and, for .hbs files given, only those files of it. */
interface LintTarget {
  arg: string;
  root: string;
  files?: Set<string>;
}

async function lintTargets(args: readonly string[], cwd: string): Promise<LintTarget[]> {
  const out: LintTarget[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const st = await stat(path).catch(() => undefined);
    if (st?.isDirectory()) out.push({ arg, root: path });
    else if (st?.isFile() && path.endsWith('.hbs')) {
      const root = templateRoot(path);
      if (!root)
        throw new UsageError(
          `${arg}: not inside a template directory (a template is CHANNEL/VARIANT.hbs or phrases/…/NAME.hbs)`,
        );
      const same = out.find((t) => t.files && t.root === root);
      if (same) same.files!.add(path);
      else out.push({ arg, root, files: new Set([path]) });
    } else throw new UsageError(`${arg}: not a template directory or .hbs file${st ? '' : ' (it does not exist)'}`);
  }
  return out;
}

/**
 * The set a template file belongs to: the folder it is phrases/…, partials/… or channels/CHANNEL/VARIANT of (or, in
 * the older layout, CHANNEL/VARIANT of: loading it then says where that file goes now).
 */
export function templateRoot(file: string): string | undefined {
  const ancestors: string[] = [];
  for (let d = dirname(file); ancestors.length < 8; d = dirname(d)) {
    ancestors.push(d);
    if (dirname(d) === d) break;
  }
  const name = (root: string) =>
    relative(root, file)
      .split(sep)
      .join('/')
      .replace(/\.hbs$/, '');
  return (
    ancestors.find((a) => partialName(name(a)) !== undefined) ??
    ancestors.find((a) => /^channels\/[^/]+\/[^/]+$/.test(name(a))) ??
    ancestors.find((a) => name(a).split('/').length === 2)
  );
}
