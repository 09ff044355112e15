// Shared command start-up: load the config once and build the log and colour helpers.
import { loadConfig, type ResolvedConfig } from '../config/load.js';
import { makeChalk } from '../adapters/color.js';
import { Log, type Runtime } from '../runtime.js';

export interface CommandEnv {
  rt: Runtime;
  config: ResolvedConfig;
  log: Log;
  c: Awaited<ReturnType<typeof makeChalk>>;
}

export async function commandEnv(rt: Runtime): Promise<CommandEnv> {
  const config = await loadConfig({ cwd: rt.cwd, path: rt.opts.config });
  return { rt, config, log: new Log(rt), c: await makeChalk(rt.color) };
}
