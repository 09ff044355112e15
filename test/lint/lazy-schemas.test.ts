// Lint of the embedded set, given the build's scans, builds neither the template context's zod schema
// (drafts/context.ts) nor the reasons' (templating/reason-fields.ts): they serve lint's variable check when it parses
// a template, and building them cost a lint run ~2 % of its instructions.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ScanData } from '../../src/lint/scans.js';

/** The keys of every object schema made while the test runs. */
const shapes: string[][] = [];
vi.mock('zod', async (importOriginal) => {
  const z = await importOriginal<typeof import('zod')>();
  const object = (shape: Record<string, unknown>, ...rest: unknown[]) => {
    shapes.push(Object.keys(shape));
    return (z.object as (...args: unknown[]) => unknown)(shape, ...rest);
  };
  return { ...z, object };
});

const isContext = (keys: string[]) => keys.includes('product') && keys.includes('notes');
const isReason = (keys: string[]) => ['kind', 'layer', 'weight', 'provider'].every((k) => keys.includes(k));

describe('the schemas lint checks variables against', async () => {
  const { packageRoot, loadScansJson, loadTemplateSet } = await import('../../src/templating/load.js');
  it.skipIf(!existsSync(join(packageRoot(), 'dist', 'templates.cjs')))(
    'are not built by lint of the embedded set with the build’s scans, and are when asked for',
    async () => {
      const { lintTemplates } = await import('../../src/lint/index.js');
      const { precompiledFor } = await import('../../src/templating/renderer.js');
      const set = await loadTemplateSet();
      const scans = JSON.parse(loadScansJson()!) as Record<string, ScanData>;
      const result = lintTemplates(set, { scans, precompiled: await precompiledFor(set) });
      expect(result.findings).toEqual([]);
      expect(shapes.some(isContext)).toBe(false);
      expect(shapes.some(isReason)).toBe(false);
      // what the test looks for is what building them makes
      const { templateContextSchema } = await import('../../src/drafts/context.js');
      const { reasonSchema } = await import('../../src/templating/reason-fields.js');
      templateContextSchema();
      reasonSchema('reasons/api-errors');
      expect(shapes.some(isContext)).toBe(true);
      expect(shapes.some(isReason)).toBe(true);
    },
    120_000,
  );
});
