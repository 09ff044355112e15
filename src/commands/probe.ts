// `layerpost probe` (being built).
import type { Runtime } from '../runtime.js';

export async function run(_rt: Runtime, _opts: Record<string, unknown>, _args: string[]): Promise<number> {
  throw new Error('probe: under construction');
}
