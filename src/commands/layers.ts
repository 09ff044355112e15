// `layerpost layers`: the layer model in use, with plain names and what each leaves unaffected.
import { printJson, type Runtime } from '../platform/runtime.js';
import { commandEnv } from './env.js';

export async function run(rt: Runtime): Promise<number> {
  const { config, c } = await commandEnv(rt);
  if (rt.opts.json) {
    printJson(rt, {
      layers: config.layers.map((l) => ({
        id: l.id,
        name: l.name,
        notAffected: l.notAffected,
        evidence: l.evidence,
        providerLayer: l.providerLayer,
        phases: l.phases,
      })),
    });
    return 0;
  }
  const lines: string[] = [];
  for (const l of config.layers) {
    lines.push(`${c.bold(l.id)}  ${l.name}`);
    lines.push(`  not affected: ${l.notAffected}`);
    lines.push(c.dim(`  evidence:     ${l.evidence}`));
    if (l.phases.length < 4) lines.push(c.dim(`  phases:       ${l.phases.join(', ')} only`));
  }
  rt.stdout.write(lines.join('\n') + '\n');
  return 0;
}
