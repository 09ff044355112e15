// Shared command start-up (the command environment): load the config once and build the log and colour helpers.
import { loadConfig, noConfigLine, type ResolvedConfig } from '../config/load.js';
import { makeChalk } from '../platform/color.js';
import { Log, type Runtime } from '../platform/runtime.js';

export interface CommandEnv {
  rt: Runtime;
  config: ResolvedConfig;
  log: Log;
  c: Awaited<ReturnType<typeof makeChalk>>;
}

export interface EnvOptions {
  /**
   * The command may run the config's probes (and send the credentials they name): a config found above the working
   * directory is checked first.
   */
  probes?: boolean;
}

export async function commandEnv(rt: Runtime, opts: EnvOptions = {}): Promise<CommandEnv> {
  const config = await loadConfig({ cwd: rt.cwd, path: rt.opts.config });
  const log = new Log(rt);
  // Which config a run used is always said: a file found in a parent folder is not a surprise.
  if (config.file) log.info(`Config: ${config.file}`);
  else log.progress(noConfigLine(rt.cwd));
  const noProxy = rt.env.no_proxy || rt.env.NO_PROXY;
  if (noProxy && (rt.env.https_proxy || rt.env.HTTPS_PROXY || rt.env.http_proxy || rt.env.HTTP_PROXY)) {
    const { parseNoProxy } = await import('../platform/no-proxy.js');
    const { unsupported } = parseNoProxy(noProxy);
    if (unsupported.length)
      log.warn(
        `layerpost: NO_PROXY entr${unsupported.length > 1 ? 'ies' : 'y'} ${unsupported.map((e) => `"${e}"`).join(', ')} not supported, so ignored (requests to ${unsupported.length > 1 ? 'them' : 'it'} go through the proxy): write a name (host.corp), a domain (.corp), an address (10.1.2.3) or a CIDR range (10.0.0.0/8)`,
      );
  }
  if (opts.probes && config.foundAbove) {
    const { checkConfigTrust } = await import('../config/trust.js');
    await checkConfigTrust(config, {
      trusted: rt.opts.trustConfig === true,
      confirm: rt.interactive
        ? async (message) => {
            const { inquirerAsker } = await import('../platform/prompts.js');
            return (await inquirerAsker(true)).confirm({ message, default: false });
          }
        : undefined,
    });
  }
  return { rt, config, log, c: await makeChalk(rt.color) };
}
