// templates/README.md lists every template context field as src/drafts/context-fields.ts reads it from the zod schema:
// the table cannot drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { renderCases } from '../../src/lint/fixtures.js';
import {
  contextFields,
  contextFieldsTable,
  FIELDS_END,
  FIELDS_START,
  withFieldsTable,
} from '../../src/drafts/context-fields.js';

const README = new URL('../../templates/README.md', import.meta.url);

/** Every leaf path of a context value, arrays as `[]` ("models.list[].name"). */
function leafPaths(v: unknown, path = ''): string[] {
  if (Array.isArray(v)) return v.length ? leafPaths(v[0], `${path}[]`) : [path];
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leafPaths(x, path ? `${path}.${k}` : k));
  return [path];
}

describe('context fields', () => {
  it('cover every field of a real context, each with a meaning', () => {
    const rows = contextFields();
    const covered = (p: string) =>
      rows.some(([f]) => f === p || (f.endsWith('.*') && p.startsWith(f.slice(0, -1))) || `${f}[]` === p);
    const ctx = renderCases(DEFAULT_LAYERS).find(
      (c) => c.layer.id === 'provider-api' && c.profile.id === 'long-names',
    )!.ctx;
    const paths = leafPaths(ctx);
    expect(paths).toEqual(
      expect.arrayContaining([
        'layer.is.network',
        'models.list[].name',
        'evidence.errors[].is.overloaded',
        'evidence.lines[]',
      ]),
    );
    expect(paths.filter((p) => !covered(p))).toEqual([]);
    expect(rows.filter(([, meaning]) => !meaning.trim())).toEqual([]);
    expect(rows).toContainEqual([
      'incident.startedAt.utc',
      'when the incident started: --started, else the first evidence with a failing probe, else the first update: clock time in UTC',
      '14:30 UTC',
    ]);
  });

  it('are the table of templates/README.md (LAYERPOST_UPDATE_README=1 rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(FIELDS_START);
    expect(readme).toContain(FIELDS_END);
    const want = withFieldsTable(readme);
    if (process.env.LAYERPOST_UPDATE_README === '1' && want !== readme) writeFileSync(README, want);
    else {
      const section = readme
        .slice(readme.indexOf(FIELDS_START) + FIELDS_START.length, readme.indexOf(FIELDS_END))
        .trim();
      // On failure the diff is the table to paste, or run this test with LAYERPOST_UPDATE_README=1.
      expect(section).toBe(contextFieldsTable());
    }
  });
});
