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
 * Run `layerpost ARGS…`; CI=true and NO_COLOR are set unless the test overrides them.
 *
 * A run that a signal ended before it printed anything, when neither the test (only tests with onSpawn hold the child)
 * nor the time bound sent one, is said on stderr with its signal, time and pid, and run once more. Four runs ended so,
 * under Node 22 and 24, never the same one twice: a probe in CI, a probe and a draft in two local runs of .ci/run, a
 * probe in a bench. 21 end-to-end passes here with every signal the kernel generated traced found none, nor a sender.
 * A CLI that such a signal ends every time still fails its test, and so does one that prints anything first.
 */
export async function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const first = await runOnce(args, opts);
  if (!first.unexplained) return first.result;
  const { signal, ms } = first.result;
  process.stderr.write(
    `runCli: \`layerpost ${args.join(' ')}\` ended by ${signal} after ${ms} ms, with no output (pid ${first.pid}); running it again\n`,
  );
  return (await runOnce(args, opts)).result;
}

function runOnce(
  args: string[],
  opts: CliOptions,
): Promise<{ result: CliResult; unexplained: boolean; pid: number | undefined }> {
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
      const result = { code, signal, stdout, stderr, ms: Date.now() - started };
      const unexplained = Boolean(signal) && !opts.onSpawn && !timedOut && !stdout && !stderr;
      // One the test sent is its own business; any other is said beside the failed assertion (a null exit code).
      if (signal && !opts.onSpawn && !unexplained)
        process.stderr.write(
          `runCli: \`layerpost ${args.join(' ')}\` ended by ${signal} after ${result.ms} ms (pid ${child.pid})\n`,
        );
      resolve({ result, unexplained, pid: child.pid });
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
    opts.onSpawn?.(child);
  });
}
