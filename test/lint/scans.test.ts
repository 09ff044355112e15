// The embedded set's scans are data the build makes once (dist/templates.cjs): lint given them finds exactly what it
// finds parsing every template.
import { describe, expect, it } from 'vitest';
import { lintTemplates } from '../../src/lint/index.js';
import { fromScanData, scanData, scansOf, type ScanData } from '../../src/lint/scans.js';
import { loadTemplateSet } from '../../src/templating/load.js';
import { PLANTS, plantedSet } from './planted.js';

/** As the build writes them and the lint command reads them: through JSON. */
const asBuilt = (data: Record<string, ScanData>) => JSON.parse(JSON.stringify(data)) as Record<string, ScanData>;

async function badSet() {
  const files: Record<string, string> = {};
  for (const p of PLANTS) if (Object.keys(p.breaks).every((f) => !(f in files))) Object.assign(files, p.breaks);
  files['phrases/closing'] = '{{!-- layerpost-disable --}}{{> closing-short}}';
  return plantedSet(files);
}

describe('scans as data', () => {
  it('the embedded set: the same result as parsing', async () => {
    const set = await loadTemplateSet();
    expect(lintTemplates(set, { scans: asBuilt(scanData(set)) })).toEqual(lintTemplates(set));
  }, 120_000);

  it('are what lint reads when given: a rule switched off in the data is off', async () => {
    const set = await badSet();
    const data = asBuilt(scanData(set));
    const found = lintTemplates(set, { scans: data }).findings;
    expect(found.length).toBeGreaterThan(0);
    const file = found[0]!.file;
    const name = [...set.templates.values(), ...set.partials.values()].find((f) => f.path === file)!.name;
    data[name]!.disabled = 'all';
    expect(lintTemplates(set, { scans: data }).findings.some((f) => f.file === file)).toBe(false);
  }, 120_000);

  it('a set with parse errors, unknown names, unsafe output and disabled rules: the same scans', async () => {
    const set = await badSet();
    const scans = scansOf(set);
    const fromData = fromScanData(set, asBuilt(scanData(set)))!;
    expect([...scans.values()].some((s) => s.parseError)).toBe(true);
    expect([...scans.values()].some((s) => s.disabled === 'all')).toBe(true);
    for (const [f, s] of scans) expect(fromData.get(f), f.name).toEqual({ ...s, partialCalls: [] });
  }, 120_000);

  it('serve only the sources they were made of: a file changed or added is scanned anew', async () => {
    const data = scanData(await loadTemplateSet());
    expect(fromScanData(await loadTemplateSet(), data)).not.toBeUndefined();
    expect(fromScanData(await plantedSet({ 'channels/x/default': 'A team wrote this.\n' }), data)).toBeUndefined();
    expect(fromScanData(await plantedSet({ 'phrases/team-only': 'Ours.\n' }), data)).toBeUndefined();
  });
});
