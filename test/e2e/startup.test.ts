// Start-up stays lean: what `--help` loads statically holds none of the heavy libraries (issue 8).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** Every file reachable from dist/cli.js through static imports (dynamic import() is not followed). */
async function staticGraph(entry: string): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = await readFile(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms)) queue.push(join(file, '..', m[1]!));
    for (const m of text.matchAll(/^import\s+"(\.[^"]+)"/gm)) queue.push(join(file, '..', m[1]!));
  }
  return seen;
}

describe('start-up', () => {
  it('the CLI entry statically loads commander only: no zod, undici, handlebars, inquirer, twitter-text or yaml', async () => {
    const graph = await staticGraph(join(ROOT, 'dist', 'cli.js'));
    const all = [...graph.values()].join('\n');
    expect(all).toContain('node_modules/commander/');
    for (const heavy of ['node_modules/zod/', 'node_modules/undici/', 'node_modules/handlebars/', 'node_modules/@inquirer/', 'node_modules/twitter-text/', 'node_modules/yaml/', 'node_modules/chalk/'])
      expect(all, heavy).not.toContain(heavy);
    // and the commands are separate chunks loaded on demand
    expect(all).toMatch(/import\("\.\/chunks\/[^"]+"\)/);
  });
});
