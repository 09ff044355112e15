// `layerpost draft`: diagnose the failing layer, confirm it with the operator, and write a bundle of drafts.
import type { Runtime } from '../runtime.js';
import { commandEnv } from './context.js';
import { runDraft, type DraftOptions } from '../drafting/run.js';

export async function run(rt: Runtime, opts: Record<string, unknown>): Promise<number> {
  const env = await commandEnv(rt);
  const result = await runDraft(env, opts as DraftOptions);
  return result.code;
}
