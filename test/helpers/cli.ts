// Runs the built CLI as a child process (under $LAYERPOST_NODE when set, e.g. Node 22 in CI).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/layerpost.js', import.meta.url));
export const NODE = process.env.LAYERPOST_NODE || process.execPath;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  timeoutMs?: number;
  /** Called with the child right after spawn (e.g. to send SIGINT later). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

/**
 * Run `layerpost ARGS…`; CI=true and NO_COLOR are set unless the test overrides them. A run that a signal ended, when
 * neither the test (only tests with onSpawn hold the child) nor the time bound sent it, is said on stderr with the
 * signal, time and pid: the failed assertion shows only a null exit code. That is how a crash of V8 showed itself
 * (ARCHITECTURE.md, the sixth stop).
 */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, CI: 'true', NO_COLOR: '1', ...opts.env }))
      if (v !== undefined) env[k] = v;
    const child = spawn(NODE, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      if (signal && !opts.onSpawn && !timedOut)
        process.stderr.write(
          `runCli: \`layerpost ${args.join(' ')}\` ended by ${signal} after ${ms} ms (pid ${child.pid})\n`,
        );
      resolve({ code, signal, stdout, stderr, ms });
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
    opts.onSpawn?.(child);
  });
}
