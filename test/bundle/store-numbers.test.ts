// Update numbers: unique per incident whatever the phase (two runs at once in different phases), and ordered by
// number at any width (update 1000 follows 999; the 1050th is written).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPrevious, nextUpdateNumber, writeBundle } from '../../src/bundle/store.js';

const root = mkdtempSync(join(tmpdir(), 'layerpost-numbers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const manifest = JSON.parse(
  readFileSync(new URL('../fixtures/bundles/first-update/draft.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const INC = 'inc';

/** A bundle folder NNN-PHASE holding a manifest for update n. */
function bundle(out: string, name: string, n: number): void {
  mkdirSync(join(out, INC, name), { recursive: true });
  writeFileSync(join(out, INC, name, 'draft.json'), JSON.stringify({ ...manifest, update: n, incident: INC }));
}

describe('update numbers', () => {
  it('two runs that both computed update 2, in different phases, get different numbers', async () => {
    const out = join(root, 'race');
    bundle(out, '001-investigating', 1);
    const files = (n: number) => ({ 'draft.json': JSON.stringify({ ...manifest, update: n }) });
    const [a, b] = await Promise.all([
      writeBundle(out, INC, 'identified', 2, files),
      writeBundle(out, INC, 'monitoring', 2, files),
    ]);
    expect([a.update, b.update].sort()).toEqual([2, 3]);
    const names = readdirSync(join(out, INC))
      .filter((n) => !n.startsWith('.'))
      .sort();
    expect(names.map((n) => n.slice(0, 3))).toEqual(['001', '002', '003']);
    expect(await nextUpdateNumber(out, INC)).toBe(4);
  });

  it('a number taken in another phase is not taken again', async () => {
    const out = join(root, 'phases');
    bundle(out, '001-investigating', 1);
    bundle(out, '002-identified', 2);
    const w = await writeBundle(out, INC, 'monitoring', 2, (n) => ({
      'draft.json': JSON.stringify({ ...manifest, update: n }),
    }));
    expect(w.update).toBe(3);
    expect(w.dir.endsWith('003-monitoring')).toBe(true);
  });

  it('past 999: numeric order, so update 1001 follows 1000, and the 1050th is written', async () => {
    const out = join(root, 'wide');
    for (const n of [998, 999, 1000, 1049]) bundle(out, `${String(n).padStart(3, '0')}-monitoring`, n);
    expect((await findPrevious(out, INC))?.dir).toBe(join(out, INC, '1049-monitoring'));
    expect(await nextUpdateNumber(out, INC)).toBe(1050);
    const w = await writeBundle(out, INC, 'monitoring', 1050, (n) => ({
      'draft.json': JSON.stringify({ ...manifest, update: n }),
    }));
    expect(w).toEqual({ dir: join(out, INC, '1050-monitoring'), update: 1050 });
    rmSync(join(out, INC, '1049-monitoring'), { recursive: true });
    rmSync(join(out, INC, '1050-monitoring'), { recursive: true });
    expect((await findPrevious(out, INC))?.dir).toBe(join(out, INC, '1000-monitoring'));
  });

  it('the write lock of a run that died (SIGKILL) is taken over, and no lock is left behind', async () => {
    const out = join(root, 'stale');
    bundle(out, '001-investigating', 1);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(out, INC, '.update.lock'), String(dead));
    const w = await writeBundle(out, INC, 'identified', 2, (n) => ({
      'draft.json': JSON.stringify({ ...manifest, update: n }),
    }));
    expect(w.update).toBe(2);
    expect(readdirSync(join(out, INC)).sort()).toEqual(['001-investigating', '002-identified']);
  });

  it('a lock that never got its pid written, and is old, is taken over', async () => {
    const { utimesSync } = await import('node:fs');
    const out = join(root, 'empty-lock');
    bundle(out, '001-investigating', 1);
    writeFileSync(join(out, INC, '.update.lock'), '');
    utimesSync(join(out, INC, '.update.lock'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(
      (
        await writeBundle(out, INC, 'identified', 2, (n) => ({
          'draft.json': JSON.stringify({ ...manifest, update: n }),
        }))
      ).update,
    ).toBe(2);
  });
});
