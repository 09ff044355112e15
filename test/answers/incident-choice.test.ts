// Which incident a draft belongs to when no --incident names one (issue 23 item 11, issue 24 item 6).
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseIncident, newIncidentId } from '../../src/answers/inputs.js';

const NOW = new Date('2026-11-21T14:02:30Z');

async function folder(incidents: Array<[id: string, product: string, phase: string]>): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'layerpost-choice-'));
  for (const [id, product, phase] of incidents) {
    const dir = join(out, id, `001-${phase}`);
    await mkdir(dir, { recursive: true });
    const manifest = {
      schema: 'layerpost.bundle/v1',
      createdAt: NOW.toISOString(),
      product: { name: product, feature: product },
      incident: id,
      update: 1,
      phase,
      layer: 'unknown',
      layerName: 'x',
      models: [],
      proposedLayer: 'unknown',
      diagnosis: [],
      drafts: [],
      findings: [],
      answers: {},
    };
    await writeFile(join(dir, 'draft.json'), JSON.stringify(manifest));
  }
  return out;
}

describe('new incident ids', () => {
  it('are the minute and a random tail: two in the same minute differ', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newIncidentId(NOW)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^20261121-1402-[a-z2-9]{6}$/);
  });
});

describe('chooseIncident', () => {
  it("continues the one open incident of this product, never another product's or a resolved one", async () => {
    const out = await folder([
      ['a', 'Acme Notes', 'identified'],
      ['b', 'Beta Chat', 'investigating'],
      ['c', 'Acme Notes', 'resolved'],
    ]);
    expect(await chooseIncident(out, 'Acme Notes', { now: NOW })).toMatchObject({
      id: 'a',
      how: 'continued',
      last: { update: 1, phase: 'identified' },
    });
    expect(await chooseIncident(out, 'Beta Chat', { now: NOW })).toMatchObject({ id: 'b', how: 'continued' });
    const fresh = await chooseIncident(out, 'Gamma', { now: NOW });
    expect(fresh.how).toBe('new');
    expect(fresh.id).toMatch(/^20261121-1402-/);
    expect((await chooseIncident(out, 'Acme Notes', { now: NOW, newIncident: true })).how).toBe('new');
  });

  it('among several open incidents asks which (or a new one), and without a way to ask refuses', async () => {
    const out = await folder([
      ['a', 'Acme Notes', 'identified'],
      ['d', 'Acme Notes', 'investigating'],
    ]);
    await expect(chooseIncident(out, 'Acme Notes', { now: NOW })).rejects.toThrow(
      /2 open incidents of Acme Notes in .*: a \(Acme Notes, update 1, identified\), d .*Pass --incident ID to continue one, or --new to start another/,
    );
    expect(await chooseIncident(out, 'Acme Notes', { now: NOW, pick: async (open) => open[1]!.id })).toMatchObject({
      how: 'continued',
    });
    expect((await chooseIncident(out, 'Acme Notes', { now: NOW, pick: async () => '' })).how).toBe('new');
  });
});
