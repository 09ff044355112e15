// `layerpost watch`: the shell around the watch flow: flags in, the terminal (or plain output) chosen, drafts run on a
// key.
import { inCi, type Runtime } from '../platform/runtime.js';
import { commandEnv } from './env.js';
import { readFlags } from './flags.js';
import { runWatch, type WatchDeps, type WatchOptions } from '../watch/run.js';

/** Ctrl-C is how a watch ends: 0, unless a draft it started was interrupted (that error carries 130 itself). */
export const settlesInterrupt = true;

/** commander's parsed flags as watch's typed options. */
export function watchOptions(opts: Record<string, unknown>): WatchOptions {
  const f = readFlags(opts);
  return {
    incident: f.text('incident'),
    interval: f.number('interval'),
    untilResolved: f.on('untilResolved'),
    out: f.text('out'),
    rounds: f.number('rounds'),
    keep: f.number('keep'),
    recoveredRounds: f.number('recoveredRounds'),
    resolvedAfter: f.number('resolvedAfter'),
    dueWarning: f.number('dueWarning'),
    unreachableLimit: f.number('unreachableLimit'),
    bell: f.on('bell'),
  };
}

export async function run(
  rt: Runtime,
  flags: Record<string, unknown>,
  _args: string[] = [],
  deps: WatchDeps = {},
): Promise<number> {
  const env = await commandEnv(rt);
  const ci = inCi(rt.env);
  // A screen only on a real terminal and without --json; colour and the bell never under CI.
  const tty = rt.stderr.isTTY && process.stderr.isTTY && !rt.opts.json && !ci;
  const o = watchOptions(flags);
  if (ci) o.bell = undefined;
  if (!tty) return runWatch(env, o, deps);
  const { ttyScreen, keyReader } = await import('../watch/terminal.js');
  const keys = rt.interactive ? (onKey: (k: string) => void) => keyReader(process.stdin, onKey) : undefined;
  const draft = async (_p: unknown, draftFlags: Record<string, unknown>) =>
    (await import('./draft.js')).run(rt, draftFlags);
  return runWatch(env, o, { screen: ttyScreen(process.stderr), keys, draft, ...deps });
}
