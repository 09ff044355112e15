// `layerpost layers`: the layer model in use, each layer in the template set's words (its name, what it leaves
// unaffected, what typically shows it failing), so a team's override or a language set rewords it too.
import { resolve } from 'node:path';
import { printJson, type Runtime } from '../platform/runtime.js';
import { layerWords } from '../drafts/layer-words.js';
import { layerPhrases, loadTemplateSet } from '../templating/load.js';
import { rendererFor } from '../templating/renderer.js';
import { commandEnv } from './env.js';
import { readFlags } from './flags.js';

export interface LayersOptions {
  /** A template directory merged over the configured and embedded sets. */
  templates?: string;
}

/** commander's parsed flags as layers' typed options. */
export function layersOptions(opts: Record<string, unknown>): LayersOptions {
  return { templates: readFlags(opts).text('templates') };
}

export async function run(rt: Runtime, flags: Record<string, unknown>): Promise<number> {
  const opts = layersOptions(flags);
  const { config, c } = await commandEnv(rt);
  const dirs = [config.templatesDir, opts.templates ? resolve(rt.cwd, opts.templates) : undefined].filter(
    (d): d is string => !!d,
  );
  const renderer = await rendererFor(await loadTemplateSet(dirs, layerPhrases(config.layers, config.file ?? 'config')));
  const words = layerWords(renderer, config.layers, config.product);
  if (rt.opts.json) {
    printJson(rt, {
      layers: config.layers.map((l) => ({
        id: l.id,
        ...words[l.id]!,
        providerLayer: l.providerLayer,
        phases: l.phases,
      })),
    });
    return 0;
  }
  const lines: string[] = [];
  for (const l of config.layers) {
    const w = words[l.id]!;
    lines.push(`${c.bold(l.id)}  ${w.name}`);
    lines.push(`  not affected: ${w.notAffected}`);
    lines.push(c.dim(`  evidence:     ${w.evidence}`));
    if (l.phases.length < 4) lines.push(c.dim(`  phases:       ${l.phases.join(', ')} only`));
  }
  rt.stdout.write(lines.join('\n') + '\n');
  return 0;
}
