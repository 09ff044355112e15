// Lint output formats, pure: text grouped by file, JSON, GitHub workflow annotations, SARIF 2.1.0.
import type { ChalkInstance } from 'chalk';
import { CHANNELS } from '../drafts/channels/index.js';
import type { LintFinding, LintResult, WorstLength } from './index.js';
import { RULES } from './rules/index.js';
import type { RuleSetting, Severity } from './types.js';
import { severityOf } from './index.js';

export const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface Summary {
  errors: number;
  warnings: number;
  filesChecked: number;
  renders: number;
  cases: number;
}

export function summarize(result: LintResult): Summary {
  return {
    errors: result.findings.filter((f) => f.severity === 'error').length,
    warnings: result.findings.filter((f) => f.severity === 'warning').length,
    filesChecked: result.filesChecked,
    renders: result.renders,
    cases: result.cases,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The message with the renders it was seen in, for formats that have one message field. */
function withContexts(f: LintFinding): string {
  return f.contexts?.length ? `${f.message} (in ${f.contexts.join('; ')})` : f.message;
}

/**
 * A file name or message for the text format: control characters (a newline in a file name would start a line of its
 * own, such as a "::stop-commands::" workflow command in CI) written as escapes, \n, \r, \t or \u00XX.
 */
export function escapeText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) =>
    ch === '\n'
      ? '\\n'
      : ch === '\r'
        ? '\\r'
        : ch === '\t'
          ? '\\t'
          : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * ESLint-style: findings grouped by file, `line:col  severity  message  rule`, each problem once with the renders it
 * was seen in, then one summary line.
 */
export function formatText(result: LintResult, c: ChalkInstance, opts: { verbose?: boolean } = {}): string {
  const s = summarize(result);
  const out: string[] = [];
  const byFile = new Map<string, LintFinding[]>();
  for (const f of result.findings) byFile.set(f.file ?? '(bundle)', [...(byFile.get(f.file ?? '(bundle)') ?? []), f]);
  for (const [file, findings] of byFile) {
    out.push(c.underline(escapeText(file)));
    const pos = findings.map((f) => (f.line ? `${f.line}:${f.column ?? 1}` : ''));
    const w = Math.max(...pos.map((p) => p.length));
    findings.forEach((f, i) => {
      const sev = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      out.push(`  ${c.dim(pos[i]!.padEnd(w))}  ${sev}  ${escapeText(f.message)}  ${c.dim(f.rule)}`);
      for (const ctx of f.contexts ?? [])
        out.push(`  ${' '.repeat(w)}  ${' '.repeat(7)}  ${c.dim(`in ${escapeText(ctx)}`)}`);
    });
    out.push('');
  }
  if (opts.verbose && result.lengths.length) {
    out.push(c.bold('Worst case per channel'));
    for (const l of result.lengths) out.push(`  ${lengthLine(l)}`);
    out.push('');
  }
  const checked = `${plural(s.filesChecked, 'file')}, ${plural(s.renders, 'render')} (${s.cases} layer × phase × fixture cases)`;
  if (s.errors + s.warnings === 0) out.push(c.green(`✔ no problems: ${checked}`));
  else {
    const line = `✖ ${plural(s.errors + s.warnings, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}) in ${checked}`;
    out.push(s.errors ? c.red.bold(line) : c.yellow.bold(line));
  }
  return out.join('\n') + '\n';
}

function lengthLine(l: WorstLength): string {
  const over = l.over ? (CHANNELS[l.channel].softLimit ? ' — over the preferred limit' : ' — over') : '';
  return `${l.channel.padEnd(10)} ${`${l.length}/${l.limit}`.padStart(9)} ${l.unit}${over} (${l.case}; ${escapeText(l.file)})`;
}

export function formatJson(result: LintResult): unknown {
  return { summary: summarize(result), findings: result.findings, lengths: result.lengths };
}

/** GitHub workflow commands: `::error file=…,line=…,col=…,title=…::message`, escaped as the runner expects. */
export function formatGithub(result: LintResult): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = result.findings.map((f) => {
    const props = [
      f.file ? `file=${prop(f.file)}` : '',
      f.line ? `line=${f.line}` : '',
      f.column ? `col=${f.column}` : '',
      `title=${prop(`layerpost ${f.rule}`)}`,
    ]
      .filter(Boolean)
      .join(',');
    return `::${f.severity} ${props}::${data(withContexts(f))}`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning' };

/** SARIF 2.1.0 for code scanning: one run, every rule in tool.driver.rules, one result per finding. */
export function formatSarif(
  result: LintResult,
  opts: { version: string; settings?: Record<string, RuleSetting> },
): unknown {
  const rules = RULES.map((r) => {
    const level = severityOf(r, opts.settings);
    return {
      id: r.id,
      name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: r.description },
      fullDescription: { text: r.docs },
      help: { text: r.docs },
      defaultConfiguration: { level: level ? SARIF_LEVEL[level] : 'none', enabled: level !== undefined },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'layerpost', version: opts.version, rules } },
        results: result.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: Math.max(
            0,
            RULES.findIndex((r) => r.id === f.rule),
          ),
          level: SARIF_LEVEL[f.severity],
          message: { text: withContexts(f) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(f.file ?? 'templates') },
                region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
              },
            },
          ],
        })),
      },
    ],
  };
}

/**
 * A relative path as a URI reference (forward slashes, percent-encoded); "embedded:channels/x/default.hbs" stays as is.
 */
function toUri(file: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file)) return file;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
