// Shared command start-up (the command environment): load the config once and build the log and colour helpers.
import { loadConfig, noConfigLine, type ResolvedConfig } from '../config/load.js';
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
  const log = new Log(rt);
  if (config.file) log.verbose(`Config: ${config.file}`);
  else log.progress(noConfigLine(rt.cwd));
  return { rt, config, log, c: await makeChalk(rt.color) };
}
