// What a command gets from the outside world: streams, env, clock, cwd and the global flags.
import { redact, redactDeep } from './secrets.js';
import { jsonForTerminal, terminalText } from '../text/sanitize.js';

export interface GlobalOptions {
  config?: string;
  json?: boolean;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  input?: boolean;
  /** --trust-config: a config found above the working directory may send credentials to hosts outside the catalogue. */
  trustConfig?: boolean;
}

export interface Out {
  write(text: string): void;
  isTTY: boolean;
  columns?: number;
}

export interface Runtime {
  cwd: string;
  env: NodeJS.ProcessEnv;
  now(): Date;
  stdout: Out;
  stderr: Out;
  /** Prompts are allowed (stdin and stderr are terminals, no --no-input, no CI). */
  interactive: boolean;
  color: boolean;
  opts: GlobalOptions;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
}

/** CI is set, and not to an empty, "0" or "false" value. */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/**
 * Whether a run may prompt: stdin and stderr are terminals and neither --no-input nor CI is set. Whether stdin is a
 * terminal is asked last, only when the rest holds: the answer takes Node's tty module, which brings its net module
 * along (~2 ms of a draft whose output is a pipe or a file).
 */
export function canPrompt(opts: {
  stdinTTY: () => boolean;
  stderrTTY: boolean;
  noInput: boolean;
  env: NodeJS.ProcessEnv;
}): boolean {
  return opts.stderrTTY && !opts.noInput && !inCi(opts.env) && opts.stdinTTY();
}

export function useColor(opts: { color?: boolean; env: NodeJS.ProcessEnv; isTTY: boolean }): boolean {
  if (opts.color === false) return false;
  if (opts.env.NO_COLOR !== undefined && opts.env.NO_COLOR !== '') return false;
  if (opts.env.FORCE_COLOR !== undefined && opts.env.FORCE_COLOR !== '0') return true;
  return opts.isTTY && opts.env.TERM !== 'dumb';
}

/** Messages for the operator on stderr, all redacted and made safe for a terminal; quiet drops info and progress. */
export class Log {
  constructor(private readonly rt: Pick<Runtime, 'stderr' | 'opts'>) {}
  info(line: string): void {
    if (!this.rt.opts.quiet) this.rt.stderr.write(terminalText(redact(line)) + '\n');
  }
  progress(line: string): void {
    if (!this.rt.opts.quiet && !this.rt.opts.json) this.rt.stderr.write(terminalText(redact(line)) + '\n');
  }
  warn(line: string): void {
    this.rt.stderr.write(terminalText(redact(line)) + '\n');
  }
  verbose(line: string): void {
    if (this.rt.opts.verbose) this.rt.stderr.write(terminalText(redact(line)) + '\n');
  }
}

/** JSON on stdout, redacted; `asIs` (a draft's public text) is printed as written, under its key. */
export function printJson(rt: Runtime, value: unknown, asIs?: Record<string, unknown>): void {
  rt.stdout.write(jsonForTerminal(JSON.stringify({ ...(redactDeep(value) as object), ...asIs }, null, 2)) + '\n');
}
