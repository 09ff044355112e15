// What a draft reads of the status code (the status words and ranks, through the probe progress and the evidence
// lines) loads no zod schema of the adapters and not zod's classic API: the adapters' lenient pieces live in
// formats/lenient.ts. A draft spent ~1 ms (warm) initialising zod's classic API for one module-level schema.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function inputsOf(entry: string): Promise<string[]> {
  const r = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return Object.keys(r.metafile.inputs);
}

describe('the status words a draft reads', () => {
  it('bring no zod classic API (render.ts and progress.ts)', async () => {
    for (const entry of ['src/evidence/status/render.ts', 'src/evidence/probes/progress.ts']) {
      const inputs = await inputsOf(entry);
      expect(inputs, entry).toContain('src/evidence/status/formats/common.ts');
      expect(
        inputs.filter((i) => i.includes('zod/v4/classic') || i.endsWith('formats/lenient.ts')),
        entry,
      ).toEqual([]);
    }
  });

  it('while an adapter does (what the test would see)', async () => {
    const inputs = await inputsOf('src/evidence/status/formats/statuspage.ts');
    expect(inputs.some((i) => i.includes('zod/v4/classic'))).toBe(true);
  });
});
