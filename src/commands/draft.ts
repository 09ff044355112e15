// `layerpost draft`: diagnose the failing layer, confirm it with the operator, and write a bundle of drafts.
import type { Runtime } from '../runtime.js';
import { commandEnv } from './env.js';
import { runDraft, type DraftOptions } from '../drafting/run.js';

/** A Ctrl-C that comes after the bundle is written changes nothing: the run succeeded, and a retry would only duplicate it. */
export const settlesInterrupt = true;

export async function run(rt: Runtime, opts: Record<string, unknown>): Promise<number> {
  const env = await commandEnv(rt);
  const result = await runDraft(env, opts as DraftOptions);
  if (rt.signal.aborted) {
    if (!result.bundle) return 130;
    env.log.warn(`Interrupted after the bundle was written; it is complete: ${result.bundle}`);
  }
  return result.code;
}
