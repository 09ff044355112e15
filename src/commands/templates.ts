// `layerpost templates list | eject NAME…`: the embedded template names, and a copy of one template to edit (a team's
// copy shadows later improvements of that file only, where `init --templates` copies all of them).
import { readFile, stat } from '../platform/files.js';
import { join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../platform/fs.js';
import { unknownNames } from '../text/suggest.js';
import { UsageError } from '../platform/errors.js';
import { printJson, type Runtime } from '../platform/runtime.js';
import { embeddedTemplatesDir, readTemplateDir } from '../templating/load.js';
import { commandEnv } from './env.js';
import { readFlags } from './flags.js';
import { useTemplatesDir } from './init.js';

export interface TemplatesOptions {
  force?: true;
}

/** commander's parsed flags as the templates command's typed options. */
export function templatesOptions(opts: Record<string, unknown>): TemplatesOptions {
  return { force: readFlags(opts).on('force') };
}

export async function run(rt: Runtime, flags: Record<string, unknown>, args: string[]): Promise<number> {
  const opts = templatesOptions(flags);
  const [action, ...names] = args;
  const { config, log } = await commandEnv(rt);
  const embedded = (await readTemplateDir(embeddedTemplatesDir(), 'embedded')).map((f) => f.name);
  if (action === 'list') {
    if (rt.opts.json) printJson(rt, { templates: embedded });
    else rt.stdout.write(embedded.join('\n') + '\n');
    return 0;
  }
  if (action !== 'eject')
    throw new UsageError(`templates: ${unknownNames('action', [action ?? ''], ['list', 'eject'])}`);
  if (!names.length)
    throw new UsageError(
      'templates eject: name a template to copy (e.g. channels/x/default; `layerpost templates list` shows them all)',
    );
  const wanted = names.map((n) => n.replace(/\.hbs$/, ''));
  const unknown = wanted.filter((n) => !embedded.includes(n));
  if (unknown.length) throw new UsageError(`templates eject: ${unknownNames('template', unknown, embedded)}`);
  const dir = config.templatesDir ?? join(config.baseDir, 'templates');
  const force = opts.force === true;
  const written: string[] = [];
  for (const name of wanted) {
    const target = join(dir, `${name}.hbs`);
    if (!force && (await stat(target).catch(() => undefined)))
      throw new UsageError(`${target} already exists; pass --force to overwrite`);
    await writeFileAtomic(target, await readFile(join(embeddedTemplatesDir(), `${name}.hbs`), 'utf8'));
    written.push(target);
  }
  // The config init wrote names the folder in a comment: make it the template folder, else say what to add.
  let configured = config.templatesDir !== undefined;
  if (!configured && config.file && resolve(dir) === resolve(config.baseDir, 'templates')) {
    const text = await readFile(config.file, 'utf8');
    const next = useTemplatesDir(text);
    if (next !== text) {
      await writeFileAtomic(config.file, next);
      configured = true;
    }
  }
  const rel = (p: string) => relative(rt.cwd, p) || '.';
  if (rt.opts.json) printJson(rt, { written, templatesDir: dir, configured });
  else {
    log.info(`Wrote ${written.map(rel).join(', ')}: edit it, then \`layerpost lint\`.`);
    if (!configured)
      log.info(
        `Drafts use it once the config says \`templates: ${rel(dir)}\`${config.file ? ` (in ${rel(config.file)})` : ' (`layerpost init` writes a config)'}.`,
      );
  }
  return 0;
}
