// A whole incident per layer, as an on-call engineer drafts it with the built CLI: four updates (investigating,
// identified with a layer change, monitoring on recovered evidence, resolved), `--yes` and only the flags an operator
// would change. Every draft is checked for what issue 14 found wrong: the published layer kept, the operator's impact
// and product carried, each phase's tense, no provider incident without one, no data-loss claim nobody made, limits.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';

const FIXTURES = new URL('../fixtures/evidence/', import.meta.url);
const IMPACT = 'Search is failing for customers in the UAE';
const DATA_LOSS = 'No customer data was lost.';
/** Present-tense failure wording, wrong once a fix is in place; text in “…” quotes what we said before. */
const PRESENT_FAILURE = /\b(?:is|are) (?:failing|returning errors|not reaching|down)\b|\bstill\b/i;
const unquoted = (t: string) => t.replace(/“[^”]*”/g, '');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'layerpost-incident-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'layerpost.config.json'), JSON.stringify({ product: { name: 'Acme Notes', feature: 'Acme AI' }, out: 'out' }));
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.json')) copyFileSync(new URL(f, FIXTURES), join(dir, f));
  return dir;
}

interface Update {
  dir: string;
  manifest: { layer: string; phase: string; update: number; correction?: string; product: { name: string }; proposal?: unknown; drafts: Array<{ channel: string; text: string; title?: string; overLimit: boolean }> };
  files: Record<string, string>;
  result: CliResult;
}

async function draft(dir: string, args: string[]): Promise<Update> {
  const result = await runCli(['draft', '--incident', 'inc', '--yes', '--json', ...args], { cwd: dir, timeoutMs: 30_000 });
  expect([0, 1], `${args.join(' ')}\n${result.stderr}`).toContain(result.code);
  const { bundle } = JSON.parse(result.stdout) as { bundle: string };
  const files = Object.fromEntries(readdirSync(bundle).filter((f) => /\.(txt|md)$/.test(f)).map((f) => [f, readFileSync(join(bundle, f), 'utf8')]));
  return { dir: bundle, manifest: JSON.parse(readFileSync(join(bundle, 'draft.json'), 'utf8')), files, result };
}

const openIncident = (dir: string, evidenceFile: string) =>
  (JSON.parse(readFileSync(join(dir, evidenceFile), 'utf8')) as { providers: Array<{ incidents: Array<{ status: string }> }> }).providers.some((p) =>
    p.incidents.some((i) => !['resolved', 'postmortem', 'completed'].includes(i.status)),
  );

/** The checks every update's drafts pass. */
function checkUpdate(u: Update, expected: { layer: string; phase: string; update: number; incidentInEvidence: boolean; correction: boolean }) {
  expect(u.manifest).toMatchObject({ layer: expected.layer, phase: expected.phase, update: expected.update, product: { name: 'Acme Notes' } });
  expect(u.dir).toMatch(new RegExp(`inc/00${expected.update}-${expected.phase}$`));
  for (const d of u.manifest.drafts) {
    const text = `${d.title ?? ''}\n${d.text}`;
    const where = `update ${expected.update} ${expected.phase} ${d.channel}:\n${text}`;
    if (d.channel !== 'sms') expect(d.overLimit, where).toBe(false);
    if (expected.phase === 'monitoring' || expected.phase === 'resolved') expect(unquoted(text), `tense: ${where}`).not.toMatch(PRESENT_FAILURE);
    if (!expected.incidentInEvidence) expect(text, `no provider incident: ${where}`).not.toMatch(/reports an incident|'s incident/i);
    if (expected.phase === 'resolved') expect(text, where).toContain(DATA_LOSS);
    else expect(text, where).not.toMatch(/data was lost|no data/i);
    // Said once; SMS's one segment may carry it as the new cause alone ("Cause: …"), never twice.
    const corrections = (text.match(/correction:|update: the cause/gi) ?? []).length;
    if (expected.correction && d.channel !== 'sms') expect(corrections, `correction once: ${where}`).toBe(1);
    else expect(corrections, `correction at most once: ${where}`).toBeLessThanOrEqual(expected.correction ? 1 : 0);
    expect(text, where).not.toMatch(/retrying failed requests|routing requests to other models|Our app|AI features requests/i);
  }
  expect(u.files['slack.md']).toContain('Acme AI incident inc, update ' + expected.update);
}

/** Each layer: the fresh evidence that shows it failing. */
const LAYERS: Array<[layer: string, evidence: string, provider: string]> = [
  ['integration', 'integration-handler-502.json', 'anthropic'],
  ['network', 'network-dns.json', 'anthropic'],
  ['provider-api', 'provider-api-529.json', 'anthropic'],
  ['model-endpoint', 'model-endpoint-opus-529.json', 'anthropic'],
  ['model-quality', 'model-quality-canary.json', 'anthropic'],
];

describe.concurrent('a whole incident per layer: investigating → identified (layer found) → monitoring → resolved', () => {
  it.each(LAYERS)('%s', async (layer, evidence) => {
    const dir = project();
    // 1. Investigating: the cause is not yet known; the operator states the impact.
    const u1 = await draft(dir, ['--from', evidence, '--layer', 'unknown', '--phase', 'investigating', '--impact', IMPACT]);
    checkUpdate(u1, { layer: 'unknown', phase: 'investigating', update: 1, incidentInEvidence: openIncident(dir, evidence), correction: false });
    for (const f of ['statuspage.md', 'x.txt', 'sms.txt']) expect(u1.files[f], f).toContain(`${IMPACT}.`);

    // 2. Identified: the operator names the layer; the impact carries without being retyped.
    const u2 = await draft(dir, ['--from', evidence, '--layer', layer, '--phase', 'identified']);
    checkUpdate(u2, { layer, phase: 'identified', update: 2, incidentInEvidence: openIncident(dir, evidence), correction: true });
    for (const f of ['statuspage.md', 'x.txt', 'linkedin.txt']) expect(u2.files[f], f).toContain(`${IMPACT}.`);

    // 3. Monitoring: a fix is in place, the probes pass. --yes keeps the layer; nothing blocks.
    const u3 = await draft(dir, ['--from', 'all-passing.json', '--phase', 'monitoring']);
    checkUpdate(u3, { layer, phase: 'monitoring', update: 3, incidentInEvidence: false, correction: false });
    expect(u3.files['statuspage.md']).toContain(`Earlier we said: “${IMPACT}.”`);
    expect(u3.manifest.proposal).toBeUndefined();

    // 4. Resolved: past tense, start and end, and the data-loss sentence the operator gave.
    const missing = await runCli(['draft', '--incident', 'inc', '--yes', '--from', 'all-passing.json', '--phase', 'resolved'], { cwd: dir, timeoutMs: 30_000 });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing answer: --data-loss\. Pass it as a flag or in --answers FILE \(only you know whether data was lost\)/);
    const u4 = await draft(dir, ['--from', 'all-passing.json', '--phase', 'resolved', '--data-loss', DATA_LOSS]);
    checkUpdate(u4, { layer, phase: 'resolved', update: 4, incidentInEvidence: false, correction: false });
    expect(u4.files['statuspage.md']).toMatch(/The problem lasted from \d\d:\d\d UTC to \d\d:\d\d UTC\./);
    expect(readdirSync(join(dir, 'out', 'inc')).sort()).toEqual(['001-investigating', '002-identified', '003-monitoring', '004-resolved']);
  }, 120_000);
});

describe('the published layer changes only by the operator', () => {
  it('a correction provider-api → integration is said once; fresh evidence elsewhere is noted, never published by --yes', async () => {
    const dir = project();
    const u1 = await draft(dir, ['--from', 'provider-api-529.json', '--phase', 'investigating']);
    expect(u1.manifest.layer).toBe('provider-api');
    const u2 = await draft(dir, ['--from', 'integration-handler-502.json', '--layer', 'integration', '--phase', 'identified']);
    expect(u2.manifest.correction).toBe("Correction: earlier we said the cause was Anthropic's API; it is our own integration with Anthropic.");
    for (const d of u2.manifest.drafts) expect(d.text, d.channel).toMatch(/Correction: (?:earlier we said|the cause is our own integration with Anthropic(?:, not Anthropic's API)?\.)/);
    // The provider's evidence again, --yes: the published layer stays, the tool says where the evidence points.
    const u3 = await draft(dir, ['--from', 'provider-api-529.json', '--phase', 'identified']);
    expect(u3.manifest.layer).toBe('integration');
    expect(u3.manifest.proposal).toMatchObject({ layer: 'provider-api', kept: 'integration' });
    expect(u3.result.stderr).toMatch(/Fresh evidence points to provider-api \(\d+%\); the published layer integration is kept/);
    for (const d of u3.manifest.drafts) expect(d.text, d.channel).not.toMatch(/correction/i);
  }, 60_000);

  it('model-quality while the model answers 529 needs --confirm-override without a terminal, and is recorded', async () => {
    const dir = project();
    const refused = await runCli(['draft', '--incident', 'q', '--yes', '--from', 'provider-api-529.json', '--layer', 'model-quality', '--phase', 'investigating'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^layerpost: --layer model-quality contradicts the evidence: the model's requests fail with errors.*529.*; pass --confirm-override to draft it anyway$/m);
    expect(readdirSync(join(dir))).not.toContain('out');
    const confirmed = await runCli(['draft', '--incident', 'q', '--yes', '--json', '--from', 'provider-api-529.json', '--layer', 'model-quality', '--phase', 'investigating', '--confirm-override'], { cwd: dir });
    expect([0, 1]).toContain(confirmed.code);
    const doc = JSON.parse(confirmed.stdout) as { override: { chosen: string; confirmed: boolean; contradictions: string[] } };
    expect(doc.override).toMatchObject({ chosen: 'model-quality', confirmed: true });
    expect(doc.override.contradictions.join(' ')).toMatch(/529/);
  }, 60_000);
});
