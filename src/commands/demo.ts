// `layerpost demo [SCENARIO]`: the real probe → status → diagnosis → interview → drafts path against a local simulated
// outage.
import { unknownNames } from '../text/suggest.js';
import { mkdtemp, writeFile } from '../platform/files.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InterruptedError, UsageError } from '../platform/errors.js';
import type { Runtime } from '../platform/runtime.js';
import { Log } from '../platform/runtime.js';
import {
  DEMO_KEY,
  DEMO_KEY_VAR,
  SCENARIOS,
  SCENARIO_TEXT,
  outageConfig,
  startOutage,
  type Scenario,
} from '../demo/outage.js';
import { commandEnv } from './env.js';
import { runDraft } from './draft-flow.js';
import { gatherProgress, reportDraft } from './draft.js';
import { readFlags } from './flags.js';
import type { Dispatcher } from '../platform/undici.js';

export interface DemoOptions {
  out?: string;
  yes?: true;
}

/** commander's parsed flags as demo's typed options. */
export function demoOptions(opts: Record<string, unknown>): DemoOptions {
  const f = readFlags(opts);
  return { out: f.text('out'), yes: f.on('yes') };
}

export async function run(rt: Runtime, flags: Record<string, unknown>, args: string[]): Promise<number> {
  const opts = demoOptions(flags);
  const scenario = (args[0] ?? 'provider-api') as Scenario;
  if (!SCENARIOS.includes(scenario)) throw new UsageError(unknownNames('scenario', [scenario], SCENARIOS));
  const log = new Log(rt);
  const work = await mkdtemp(join(tmpdir(), 'layerpost-demo-'));
  const out = opts.out ? resolve(rt.cwd, opts.out) : join(work, 'incident-drafts');
  const outage = await startOutage(scenario, rt.now);
  let direct: Dispatcher | undefined;
  try {
    const configPath = join(work, 'layerpost.config.json');
    await writeFile(configPath, JSON.stringify(outageConfig(outage, out), null, 2));
    log.info(`Simulated outage "${scenario}": ${SCENARIO_TEXT[scenario]}`);
    log.info(
      `Status page ${outage.statusUrl}, API ${outage.apiBase}, our handler ${outage.handlerUrl}; config ${configPath}`,
    );
    // Every server of the demo is on loopback, and loopback never goes through a proxy: no proxy variable reaches it,
    // and one direct dispatcher carries its probes and status requests alike.
    const noProxy = { HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '', NO_PROXY: '', no_proxy: '' };
    const env = await commandEnv({
      ...rt,
      env: { ...rt.env, ...noProxy, [DEMO_KEY_VAR]: DEMO_KEY },
      opts: { ...rt.opts, config: configPath },
    });
    const { createDispatcher } = await import('../platform/dispatcher.js');
    direct = createDispatcher({});
    const yes = opts.yes === true || !rt.interactive;
    const result = await runDraft(
      env,
      { yes, incident: `demo-${scenario}`, out },
      { progress: gatherProgress(env), dispatcher: direct },
    ).catch((err: unknown) => {
      // A demo keeps no answers worth resuming: say how to start it again instead.
      const name = (err as { name?: string })?.name;
      if (err instanceof InterruptedError || name === 'ExitPromptError' || name === 'AbortPromptError')
        throw new InterruptedError(
          `Nothing was written; run \`layerpost demo${args[0] ? ` ${scenario}` : ''}\` to start again.`,
        );
      throw err;
    });
    reportDraft(env, result);
    if (result.bundle && !rt.opts.json)
      log.info('Review the drafts: open review.html in that folder, or run `layerpost review` with it.');
    return result.code;
  } finally {
    await direct?.close().catch(() => undefined);
    await outage.close();
  }
}
