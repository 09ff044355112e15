// `layerpost lint [DIR…]`: lint template sets and print the findings as text, JSON, GitHub annotations or SARIF; exit 1 on errors.
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { formatGithub, formatJson, formatSarif, formatText, FORMATS, summarize, type Format } from '../lint/format.js';
import { lintTemplates, RULES, severityOf, unknownRuleIds, type LintResult } from '../lint/index.js';
import { layerPhrases, loadTemplateSet } from '../templates/load.js';
import { precompiledFor } from '../templates/renderer.js';
import { printJson, type Runtime } from '../runtime.js';
import { VERSION } from '../version.js';
import { commandEnv } from './env.js';
import { readFlags } from './flags.js';

export interface LintOptions {
  format?: string;
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
  for (const id of unknownRuleIds(settings)) log.warn(`layerpost: ${config.file ?? 'config'}: lint.rules.${id}: no such rule (see \`layerpost lint --rules\`)`);

  if (opts.rules) {
    const rows = RULES.map((r) => ({ id: r.id, severity: severityOf(r, settings) ?? 'off', defaultSeverity: r.severity, description: r.description, docs: r.docs }));
    if (format === 'json') printJson(rt, { rules: rows });
    else {
      const w = Math.max(...rows.map((r) => r.id.length));
      rt.stdout.write(rows.map((r) => `${c.bold(r.id.padEnd(w))}  ${(r.severity === 'error' ? c.red : r.severity === 'warning' ? c.yellow : c.dim)(r.severity.padEnd(7))}  ${r.description}`).join('\n') + '\n');
    }
    return 0;
  }

  const options = { rules: settings, vaguePhrases: config.lint.vaguePhrases, layers: config.layers, product: config.raw.product ? config.product : undefined, mastodonLimit: config.channels.mastodonLimit };
  const results: LintResult[] = [];
  // A layer's words in config are phrases too: linted where draft uses them, reported at the config field.
  const fromConfig = layerPhrases(config.layers, config.file ?? 'config');
  if (args.length) {
    // Each directory is one team's set: merged over the embedded one, as draft uses it; only its own files are reported.
    for (const dir of args) results.push(lintTemplates(await loadTemplateSet([resolve(rt.cwd, dir)], fromConfig), { ...options, onlyOrigin: 'override' }));
  } else {
    const set = await loadTemplateSet(config.templatesDir ? [config.templatesDir] : [], fromConfig);
    results.push(lintTemplates(set, { ...options, precompiled: await precompiledFor(set) }));
  }
  const result = merge(results, rt.cwd);
  const s = summarize(result);

  if (format === 'json') printJson(rt, formatJson(result));
  else if (format === 'sarif') printJson(rt, formatSarif(result, { version: VERSION, settings }));
  else if (format === 'github') rt.stdout.write(formatGithub(result));
  else if (!rt.opts.quiet || s.errors + s.warnings > 0) rt.stdout.write(formatText(result, c, { verbose: rt.opts.verbose }));

  if (s.errors > 0) return 1;
  const max = opts.maxWarnings;
  if (max !== undefined && s.warnings > max) {
    log.warn(`layerpost: ${s.warnings} warnings, more than --max-warnings ${max}`);
    return 1;
  }
  return 0;
}

/** One result for several directories, with file paths relative to the working directory (what CI annotations expect). */
function merge(results: LintResult[], cwd: string): LintResult {
  const rel = (f?: string) => (f && isAbsolute(f) ? relative(cwd, f) || f : f);
  return {
    findings: results.flatMap((r) => r.findings.map((f) => ({ ...f, file: rel(f.file) }))),
    filesChecked: results.reduce((n, r) => n + r.filesChecked, 0),
    renders: results.reduce((n, r) => n + r.renders, 0),
    cases: results.reduce((n, r) => Math.max(n, r.cases), 0),
    lengths: results.flatMap((r) => r.lengths.map((l) => ({ ...l, file: rel(l.file)! }))),
  };
}

