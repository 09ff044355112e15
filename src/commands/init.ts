// `layerpost init [DIR]`: a commented config and a copy of the embedded templates to start from.
import { cp, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ensureDir, writeFileAtomic, fsError } from '../adapters/fs.js';
import { UsageError } from '../errors.js';
import { Log, printJson, type Runtime } from '../runtime.js';
import { embeddedTemplatesDir } from '../templates/load.js';
import { readFlags } from './flags.js';

/** The commented config `init` writes, kept in the embedded template directory. */
const CONFIG_EXAMPLE = 'config.example.yaml';


async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

export interface InitOptions {
  force?: true;
}

/** commander's parsed flags as init's typed options. */
export function initOptions(opts: Record<string, unknown>): InitOptions {
  return { force: readFlags(opts).on('force') };
}

export async function run(rt: Runtime, flags: Record<string, unknown>, args: string[]): Promise<number> {
  const opts = initOptions(flags);
  const log = new Log(rt);
  const dir = resolve(rt.cwd, args[0] ?? '.');
  const configPath = join(dir, 'layerpost.config.yaml');
  const templatesPath = join(dir, 'templates');
  const force = opts.force === true;
  const clashes = [];
  if (await exists(configPath)) clashes.push(configPath);
  if (await exists(templatesPath)) clashes.push(templatesPath);
  if (clashes.length && !force) throw new UsageError(`${clashes.join(' and ')} already exist${clashes.length > 1 ? '' : 's'}; pass --force to overwrite`);
  // One level at a time (ensureDir): a recursive mkdir under /proc never returned, and on a read-only mount it said only "no such file".
  await ensureDir(dir);
  // The commented config to start from is a file of the embedded set, so it can be read and changed as text.
  const embedded = embeddedTemplatesDir();
  await writeFileAtomic(configPath, await readFile(join(embedded, CONFIG_EXAMPLE), 'utf8'));
  await cp(embedded, templatesPath, { recursive: true, force, filter: (src) => src !== join(embedded, CONFIG_EXAMPLE) }).catch((err) => {
    throw fsError(err, templatesPath);
  });
  const rel = (p: string) => relative(rt.cwd, p) || '.';
  if (rt.opts.json) printJson(rt, { config: configPath, templates: templatesPath });
  else {
    log.info(`Wrote ${rel(configPath)} and ${rel(templatesPath)}/.`);
    log.info('Next: edit the product and probes, then `layerpost probe` and `layerpost lint`.');
  }
  return 0;
}
