// `layerpost init [DIR]`: a commented config (pointing editors at the config's JSON Schema); the templates only when
// asked (--templates), since a copy shadows every later improvement of the embedded set.
import { cp, readFile, stat } from '../platform/files.js';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ensureDir, writeFileAtomic, fsError } from '../platform/fs.js';
import { UsageError } from '../platform/errors.js';
import { Log, printJson, type Runtime } from '../platform/runtime.js';
import { embeddedTemplatesDir, isReviewTemplate, packageRoot } from '../templating/load.js';
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
  /** Copy the embedded templates too. */
  templates?: true;
}

/** commander's parsed flags as init's typed options. */
export function initOptions(opts: Record<string, unknown>): InitOptions {
  const f = readFlags(opts);
  return { force: f.on('force'), templates: f.on('templates') };
}

/**
 * The config's JSON Schema in this package, as the config at `configDir` names it: relative inside the project (a local
 * install), else absolute.
 */
export function schemaReference(
  configDir: string,
  schemaFile = join(packageRoot(), 'dist', 'config.schema.json'),
): string {
  const rel = relative(configDir, schemaFile);
  return rel.startsWith('..') || isAbsolute(rel) ? schemaFile.split(sep).join('/') : `./${rel.split(sep).join('/')}`;
}

/** The example config as init writes it: the schema line first; with the templates copied, `templates:` set. */
export function initialConfig(example: string, schemaRef: string, withTemplates: boolean): string {
  const text = withTemplates ? useTemplatesDir(example) : example;
  return `# yaml-language-server: $schema=${schemaRef}\n${text}`;
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
  if (opts.templates && (await exists(templatesPath))) clashes.push(templatesPath);
  if (clashes.length && !force)
    throw new UsageError(
      `${clashes.join(' and ')} already exist${clashes.length > 1 ? '' : 's'}; pass --force to overwrite`,
    );
  // One level at a time (ensureDir): a recursive mkdir under /proc never returned, and on a read-only mount it said
  // only "no such file".
  await ensureDir(dir);
  // The commented config to start from is a file of the embedded set, so it can be read and changed as text.
  const embedded = embeddedTemplatesDir();
  await writeFileAtomic(
    configPath,
    initialConfig(
      await readFile(join(embedded, CONFIG_EXAMPLE), 'utf8'),
      schemaReference(dir),
      opts.templates === true,
    ),
  );
  if (opts.templates)
    await cp(embedded, templatesPath, {
      recursive: true,
      force,
      filter: (src) => src !== join(embedded, CONFIG_EXAMPLE) && !isReviewTemplate(relative(embedded, src)),
    }).catch((err) => {
      throw fsError(err, templatesPath);
    });
  const rel = (p: string) => relative(rt.cwd, p) || '.';
  if (rt.opts.json) printJson(rt, { config: configPath, templates: opts.templates ? templatesPath : null });
  else {
    log.info(`Wrote ${rel(configPath)}${opts.templates ? ` and ${rel(templatesPath)}/` : ''}.`);
    log.info('Next: set product.name and your probes in it, then `layerpost doctor`.');
    if (!opts.templates)
      log.info(
        "To change a template's words: `layerpost templates eject NAME` (e.g. channels/x/default) copies that one file to edit.",
      );
  }
  return 0;
}

/** The commented `# templates: ./templates` line of the config init writes, made active. */
export function useTemplatesDir(configText: string): string {
  return configText.replace(/^# templates: \.\/templates$/m, 'templates: ./templates');
}
