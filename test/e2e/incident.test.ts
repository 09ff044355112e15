// A whole incident per layer, as an on-call engineer drafts it with the built CLI: four updates (investigating with an
// unknown cause, identified with the real layer, monitoring on recovered evidence, resolved), `--yes` and only the
// flags an operator would change, no --incident after the first (the folder's one open incident is continued). Every
// channel of every update is read for what issues 14 and 23 found wrong: the published layer kept, the impact said and
// then summed up in the past (never a softer scope, never "Earlier we said"), each phase's tense, notes kept to their
// update, no provider incident without one, display names, capitals, one line saying what was decided, real times.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';

const FIXTURES = new URL('../fixtures/evidence/', import.meta.url);
const IMPACT = 'Acme AI is not answering for any user';
const IMPACT_PAST = 'Acme AI was not answering for any user.';
const NOTE = "We are rolling back yesterday's release.";
const DATA_LOSS = 'No customer data was lost.';
const PUBLIC = ['statuspage.md', 'x.txt', 'bluesky.txt', 'mastodon.txt', 'threads.txt', 'linkedin.txt', 'sms.txt'];
/** Present-tense failure wording, wrong once a fix is in place; text in “…” quotes someone else. */
const PRESENT_FAILURE = /\b(?:is|are) (?:failing|returning errors|not reaching|not answering|down)\b|\bstill\b/i;
const unquoted = (t: string) => t.replace(/“[^”]*”/g, '');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(product = 'Acme Notes'): string {
  const dir = mkdtempSync(join(tmpdir(), 'layerpost-incident-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'layerpost.config.json'),
    JSON.stringify({ product: { name: product, feature: 'Acme AI' }, out: 'out' }),
  );
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.json')) copyFileSync(new URL(f, FIXTURES), join(dir, f));
  return dir;
}

/**
 * A fixture as evidence taken `minutesAgo` minutes ago (the fixtures share one instant; an incident has a timeline).
 */
function evidenceAt(dir: string, fixture: string, minutesAgo: number): { file: string; takenAt: string } {
  const doc = JSON.parse(readFileSync(join(dir, fixture), 'utf8')) as { takenAt: string };
  doc.takenAt = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const file = `${fixture.replace(/\.json$/, '')}-${minutesAgo}m-${Math.random().toString(36).slice(2, 6)}.json`;
  writeFileSync(join(dir, file), JSON.stringify(doc));
  return { file, takenAt: doc.takenAt };
}

interface Manifest {
  incident: string;
  layer: string;
  phase: string;
  update: number;
  correction?: string;
  product: { name: string };
  proposal?: unknown;
  stillFailing?: string[];
  clock?: { startedAt: string; recoveredAt?: string };
  findings: Array<{ rule: string; severity: string; message: string; channel?: string }>;
  drafts: Array<{ channel: string; text: string; title?: string; overLimit: boolean }>;
}
interface Update {
  dir: string;
  manifest: Manifest;
  json: {
    incident: string;
    newIncident: boolean;
    update: number;
    layer: string;
    phase: string;
    confidence: number;
    review: string;
  };
  files: Record<string, string>;
  result: CliResult;
}

async function draft(dir: string, args: string[]): Promise<Update> {
  const result = await runCli(['draft', '--yes', '--json', ...args], { cwd: dir, timeoutMs: 30_000 });
  // Item 5: a true draft is written clean (exit 0); 1 would mean an error finding, 2 not written.
  expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(0);
  const json = JSON.parse(result.stdout) as Update['json'] & { bundle: string };
  const files = Object.fromEntries(
    readdirSync(json.bundle)
      .filter((f) => /\.(txt|md|html)$/.test(f))
      .map((f) => [f, readFileSync(join(json.bundle, f), 'utf8')]),
  );
  return {
    dir: json.bundle,
    manifest: JSON.parse(readFileSync(join(json.bundle, 'draft.json'), 'utf8')) as Manifest,
    json,
    files,
    result,
  };
}

const hasOpenIncident = (dir: string, evidenceFile: string) =>
  (
    JSON.parse(readFileSync(join(dir, evidenceFile), 'utf8')) as {
      providers: Array<{ incidents: Array<{ status: string }> }>;
    }
  ).providers.some((p) => p.incidents.some((i) => !['resolved', 'postmortem', 'completed'].includes(i.status)));

const sentencesOf = (t: string) =>
  t
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^[#*>\s]+/, '').trim())
    .filter(Boolean);

/** What every update's drafts must get right, channel by channel. */
function checkUpdate(
  u: Update,
  expected: {
    layer: string;
    phase: string;
    update: number;
    incidentInEvidence: boolean;
    correction: boolean;
    incident: string;
  },
) {
  expect(u.manifest).toMatchObject({
    incident: expected.incident,
    layer: expected.layer,
    phase: expected.phase,
    update: expected.update,
    product: { name: 'Acme Notes' },
  });
  expect(u.dir).toMatch(new RegExp(`${expected.incident}/00${expected.update}-${expected.phase}$`));
  const past = expected.phase === 'monitoring' || expected.phase === 'resolved';
  // Item 10: what was decided, on one stderr line and in --json.
  expect(u.json).toMatchObject({
    incident: expected.incident,
    update: expected.update,
    layer: expected.layer,
    phase: expected.phase,
    newIncident: expected.update === 1,
  });
  expect(u.json.confidence).toBeGreaterThanOrEqual(0);
  const how =
    u.json.confidence === 0 && past
      ? 'kept: the fresh evidence no longer shows the fault'
      : `${Math.round(u.json.confidence * 100)}% from the evidence`;
  expect(u.result.stderr).toContain(
    `Incident ${expected.incident}${expected.update === 1 ? ' (new)' : ''}, update ${expected.update}, ${expected.phase}: layer ${expected.layer} (${how})`,
  );
  // Item 5: no error finding on a true draft.
  expect(
    u.manifest.findings.filter((f) => f.severity === 'error'),
    JSON.stringify(u.manifest.findings),
  ).toEqual([]);
  expect(['clean', 'check']).toContain(u.json.review);
  for (const d of u.manifest.drafts) {
    const text = `${d.title ?? ''}\n${d.text}`;
    const where = `update ${expected.update} ${expected.phase} ${d.channel}:\n${text}`;
    if (d.channel !== 'sms') expect(d.overLimit, where).toBe(false);
    if (past) expect(unquoted(text), `tense: ${where}`).not.toMatch(PRESENT_FAILURE);
    if (!expected.incidentInEvidence)
      expect(text, `no provider incident: ${where}`).not.toMatch(/reports an incident|'s incident/i);
    if (expected.phase === 'resolved') expect(text, where).toContain(DATA_LOSS);
    else expect(text, where).not.toMatch(/data was lost|no data/i);
    const corrections = (text.match(/correction:|update: the cause/gi) ?? []).length;
    if (expected.correction && d.channel !== 'sms') expect(corrections, `correction once: ${where}`).toBe(1);
    else expect(corrections, `correction at most once: ${where}`).toBeLessThanOrEqual(expected.correction ? 1 : 0);
    // Items 1 and 2: the impact as stated while failing; afterwards in the past, never softened, never a walk-back
    // quote.
    expect(text, where).not.toMatch(/Earlier we said|Some requests to Acme AI|Some answers from Acme AI/);
    if (!past) expect(text, `impact: ${where}`).toContain(`${IMPACT}.`);
    // SMS's one segment says "Fix in place: Acme AI." / "Resolved: Acme AI." instead.
    else if (d.channel !== 'sms') expect(text, `impact in the past: ${where}`).toContain(IMPACT_PAST);
    // Item 4: the operator's note stays with the updates where its tense holds.
    if (expected.phase === 'identified' && ['statuspage', 'linkedin', 'slack'].includes(d.channel))
      expect(text, where).toContain(NOTE);
    if (past) expect(text, `note not carried: ${where}`).not.toMatch(/rolling back/i);
    if (expected.phase === 'resolved')
      expect(text, `nothing ongoing at resolved: ${where}`).not.toMatch(/\bwe(?: are|'re) \w+ing\b/i);
    expect(text, where).not.toMatch(/\n /);
    // Item 6: display names only.
    if (d.channel !== 'slack') expect(text, `raw model id: ${where}`).not.toMatch(/\b(?:claude|gpt|gemini)-[\w.-]+/);
    // Item 7: every public sentence starts with a capital.
    if (d.channel !== 'slack')
      for (const s of sentencesOf(d.text)) expect(s, `capital: ${where}`).toMatch(/^[“"(]?[\p{Lu}\d]/u);
    // Item 8: "requests complete" said once at most.
    expect(
      (text.match(/requests? (?:complete|are completing|kept completing|completed)/gi) ?? []).length,
      where,
    ).toBeLessThanOrEqual(1);
    expect(text, where).not.toMatch(
      /retrying failed requests|routing requests to other models|Our app|AI features requests/i,
    );
  }
  expect(u.files['slack.md']).toContain(`Acme AI incident ${expected.incident}, update ${expected.update}`);
}

/** Each layer: the fresh evidence that shows it failing. */
const LAYERS: Array<[layer: string, evidence: string]> = [
  ['integration', 'integration-handler-502.json'],
  ['network', 'network-dns.json'],
  ['provider-api', 'provider-api-529.json'],
  ['model-endpoint', 'model-endpoint-opus-529.json'],
  ['model-quality', 'model-quality-canary.json'],
];

describe.concurrent(
  'a whole incident per layer: investigating → identified (layer found) → monitoring → resolved',
  () => {
    it.each(LAYERS)(
      '%s',
      async (layer, fixture) => {
        const dir = project();
        const open = hasOpenIncident(dir, fixture);
        // 1. Investigating, from evidence saved 45 minutes ago: the cause is not yet known; the operator states the impact.
        const e1 = evidenceAt(dir, fixture, 45);
        const u1 = await draft(dir, [
          '--from',
          e1.file,
          '--layer',
          'unknown',
          '--phase',
          'investigating',
          '--impact',
          IMPACT,
        ]);
        const id = u1.json.incident;
        // Item 11: a new incident's id is the minute and a random tail; how to continue it is said.
        expect(id).toMatch(/^\d{8}-\d{4}-[a-z2-9]{6}$/);
        expect(u1.result.stderr).toContain(`layerpost draft --incident ${id}`);
        // Item 12: old evidence is said before drafting.
        expect(u1.result.stderr).toMatch(/The evidence is 4[56] minutes old/);
        checkUpdate(u1, {
          layer: 'unknown',
          phase: 'investigating',
          update: 1,
          incidentInEvidence: open,
          correction: false,
          incident: id,
        });

        // 2. Identified, fresh evidence: the operator names the layer and adds a note; no --incident, the open one continues.
        const e2 = evidenceAt(dir, fixture, 0);
        const u2 = await draft(dir, [
          '--from',
          e2.file,
          '--layer',
          layer,
          '--phase',
          'identified',
          '--notes',
          NOTE,
          ...(layer === 'model-endpoint' ? ['--models', 'claude-opus-4-7,claude-opus-4-8'] : []),
        ]);
        expect(u2.result.stderr).toContain(`Continuing incident ${id} (Acme Notes, last update 1, investigating)`);
        expect(u2.result.stderr).not.toMatch(/minutes old|before the last update/);
        checkUpdate(u2, {
          layer,
          phase: 'identified',
          update: 2,
          incidentInEvidence: open,
          correction: true,
          incident: id,
        });
        if (layer === 'model-endpoint')
          expect(u2.manifest.drafts.find((d) => d.channel === 'statuspage')!.title).toContain(
            'Claude Opus 4.7 and Claude Opus 4.8',
          );

        // 3. Monitoring: a fix is in place and the probes pass. --yes keeps the layer, drops the note and says so.
        const e3 = evidenceAt(dir, 'all-passing.json', 0);
        const u3 = await draft(dir, ['--from', e3.file, '--phase', 'monitoring']);
        checkUpdate(u3, {
          layer,
          phase: 'monitoring',
          update: 3,
          incidentInEvidence: false,
          correction: false,
          incident: id,
        });
        expect(u3.result.stderr).toContain(`Not carried to monitoring: the note of the last update (“${NOTE}”)`);
        expect(u3.files['statuspage.md']).toContain(`${IMPACT_PAST} A fix is in place.`);
        expect(u3.manifest.proposal).toBeUndefined();
        expect(u3.manifest.stillFailing).toBeUndefined();

        // 4. Resolved: past tense, the data-loss sentence, and the real start and end (first failing, first passing evidence).
        const missing = await runCli(['draft', '--yes', '--from', e3.file, '--phase', 'resolved'], {
          cwd: dir,
          timeoutMs: 30_000,
        });
        expect(missing.code).toBe(2);
        expect(missing.stderr).toMatch(
          /missing answer: --data-loss\. Pass it as a flag or in --answers FILE \(only you know whether data was lost\)/,
        );
        const e4 = evidenceAt(dir, 'all-passing.json', 0);
        const u4 = await draft(dir, ['--from', e4.file, '--phase', 'resolved', '--data-loss', DATA_LOSS]);
        checkUpdate(u4, {
          layer,
          phase: 'resolved',
          update: 4,
          incidentInEvidence: false,
          correction: false,
          incident: id,
        });
        const hm = (iso: string) => `${iso.slice(11, 16)} UTC`;
        expect(u4.files['statuspage.md']).toContain(`The problem lasted from ${hm(e1.takenAt)} to ${hm(e3.takenAt)}.`);
        expect(u4.files['slack.md']).toContain(`*Duration:* ${hm(e1.takenAt)} to ${hm(e3.takenAt)}`);
        expect(u4.files['sms.txt']).toContain(`Fixed at ${hm(e3.takenAt)}.`);
        for (const f of PUBLIC.filter((f) => f !== 'sms.txt')) expect(u4.files[f], f).toContain(IMPACT_PAST);
        expect(readdirSync(join(dir, 'out', id)).sort()).toEqual([
          '001-investigating',
          '002-identified',
          '003-monitoring',
          '004-resolved',
        ]);
      },
      120_000,
    );
  },
);

describe('the published layer changes only by the operator', () => {
  it('a correction provider-api → integration is said once; fresh evidence elsewhere is noted, never published by --yes', async () => {
    const dir = project();
    const u1 = await draft(dir, ['--incident', 'inc', '--from', 'provider-api-529.json', '--phase', 'investigating']);
    expect(u1.manifest.layer).toBe('provider-api');
    const u2 = await draft(dir, [
      '--incident',
      'inc',
      '--from',
      'integration-handler-502.json',
      '--layer',
      'integration',
      '--phase',
      'identified',
    ]);
    expect(u2.manifest.correction).toBe(
      "Correction: earlier we said the cause was Anthropic's API; it is our own integration with Anthropic.",
    );
    for (const d of u2.manifest.drafts)
      expect(d.text, d.channel).toMatch(
        /Correction: (?:earlier we said|the cause is our own integration with Anthropic(?:, not Anthropic's API)?\.)/,
      );
    const u3 = await draft(dir, ['--incident', 'inc', '--from', 'provider-api-529.json', '--phase', 'identified']);
    expect(u3.manifest.layer).toBe('integration');
    expect(u3.manifest.proposal).toMatchObject({ layer: 'provider-api', kept: 'integration' });
    expect(u3.result.stderr).toMatch(
      /Fresh evidence points to provider-api \(\d+%\); the published layer integration is kept/,
    );
    for (const d of u3.manifest.drafts) expect(d.text, d.channel).not.toMatch(/correction/i);
    // Item 9: our fault while Anthropic's status page has an incident: the drafts do not vouch for Anthropic.
    for (const d of u3.manifest.drafts) {
      expect(d.text, d.channel).not.toMatch(/Anthropic is not at fault|working normally/);
      if (d.channel !== 'slack') expect(d.text, d.channel).toMatch(/The fault is on our side/);
    }
  }, 60_000);

  it('model-quality while the model answers 529 needs --confirm-override without a terminal, and is recorded', async () => {
    const dir = project();
    const refused = await runCli(
      [
        'draft',
        '--incident',
        'q',
        '--yes',
        '--from',
        'provider-api-529.json',
        '--layer',
        'model-quality',
        '--phase',
        'investigating',
      ],
      { cwd: dir },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^layerpost: --layer model-quality contradicts the evidence: the model's requests fail with errors.*529.*; pass --confirm-override to draft it anyway$/m,
    );
    expect(readdirSync(join(dir))).not.toContain('out');
    const confirmed = await runCli(
      [
        'draft',
        '--incident',
        'q',
        '--yes',
        '--json',
        '--from',
        'provider-api-529.json',
        '--layer',
        'model-quality',
        '--phase',
        'investigating',
        '--confirm-override',
      ],
      { cwd: dir },
    );
    expect([0, 1]).toContain(confirmed.code);
    const doc = JSON.parse(confirmed.stdout) as {
      override: { chosen: string; confirmed: boolean; contradictions: string[] };
    };
    expect(doc.override).toMatchObject({ chosen: 'model-quality', confirmed: true });
    expect(doc.override.contradictions.join(' ')).toMatch(/529/);
  }, 60_000);
});

describe('issue 23: the rest of an incident the operator may meet', () => {
  it('item 11 (issue 24 item 6): two products drafting into one folder in the same minute stay two incidents', async () => {
    const dir = project();
    const a = await draft(dir, [
      '--from',
      'provider-api-529.json',
      '--phase',
      'investigating',
      '--impact',
      'Search is failing',
    ]);
    const b = await draft(dir, [
      '--from',
      'provider-api-529.json',
      '--phase',
      'investigating',
      '--impact',
      'Chat is failing',
      '--config',
      writeConfig(dir, 'Beta Chat'),
    ]);
    expect(b.json.incident).not.toBe(a.json.incident);
    expect(b.json.newIncident).toBe(true);
    for (const d of b.manifest.drafts) expect(d.text, d.channel).not.toMatch(/Correction|Search is failing/);
    // A's follow-up continues A's incident, not B's.
    const a2 = await draft(dir, ['--from', 'provider-api-529.json', '--phase', 'identified']);
    expect(a2.json).toMatchObject({ incident: a.json.incident, update: 2 });
    // Several open incidents of one product: without a terminal, the operator must say which.
    const a3 = await draft(dir, ['--new', '--from', 'provider-api-529.json', '--phase', 'investigating']);
    expect(a3.json.incident).not.toBe(a.json.incident);
    const which = await runCli(['draft', '--yes', '--from', 'provider-api-529.json', '--phase', 'identified'], {
      cwd: dir,
    });
    expect(which.code).toBe(2);
    expect(which.stderr).toMatch(
      /2 open incidents of Acme Notes in .*: .*Pass --incident ID to continue one, or --new to start another/,
    );
  }, 90_000);

  it('item 1: a stated impact no rule can put in the past is asked for at resolved; item 3: a start after the end is refused', async () => {
    const dir = project();
    await draft(dir, [
      '--incident',
      'i',
      '--from',
      'provider-api-529.json',
      '--phase',
      'identified',
      '--impact',
      'Uploads stall for large files',
    ]);
    const e = evidenceAt(dir, 'all-passing.json', 0).file;
    const missing = await runCli(
      ['draft', '--incident', 'i', '--yes', '--from', e, '--phase', 'resolved', '--data-loss', DATA_LOSS],
      { cwd: dir },
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /missing answer: --impact\. .*“Uploads stall for large files\.”\) cannot be put in the past safely/,
    );
    const stepped = await runCli(
      [
        'draft',
        '--incident',
        'i',
        '--yes',
        '--from',
        e,
        '--phase',
        'resolved',
        '--data-loss',
        DATA_LOSS,
        '--impact',
        'Users saw errors when they searched.',
        '--started',
        new Date(Date.now() - 60_000).toISOString(),
        '--resolved-at',
        new Date(Date.now() - 3_600_000).toISOString(),
      ],
      { cwd: dir },
    );
    expect(stepped.code).toBe(2);
    expect(stepped.stderr).toMatch(/the incident would end before it started: .*has a clock stepped back\?/);
    const ok = await draft(dir, [
      '--incident',
      'i',
      '--from',
      e,
      '--phase',
      'resolved',
      '--data-loss',
      DATA_LOSS,
      '--impact',
      'Users saw errors when they searched.',
    ]);
    expect(ok.files['statuspage.md']).toContain('Users saw errors when they searched.');
  }, 60_000);

  it('item 12: monitoring from evidence where the failing probes still fail is confirmed, or kept with --yes and shown', async () => {
    const dir = project();
    await draft(dir, ['--incident', 's', '--from', 'provider-api-529.json', '--phase', 'identified']);
    const e = evidenceAt(dir, 'provider-api-529.json', 0).file;
    const refused = await runCli(
      [
        'draft',
        '--incident',
        's',
        '--from',
        e,
        '--phase',
        'monitoring',
        '--provider',
        'anthropic',
        '--layer',
        'provider-api',
        '--next-update',
        '30',
      ],
      { cwd: dir },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /--phase monitoring: our-handler, anthropic-opus, anthropic-sonnet failed before and still fail .*pass --yes/,
    );
    const kept = await draft(dir, ['--incident', 's', '--from', e, '--phase', 'monitoring']);
    expect(kept.manifest.stillFailing).toEqual(['our-handler', 'anthropic-opus', 'anthropic-sonnet']);
    expect(kept.result.stderr).toMatch(/Drafting monitoring although .* still fail/);
    expect(kept.files['review.html']).toContain('while probes still fail');
    // The evidence the first update was drafted from is older than it: said.
    expect(kept.result.stderr).not.toMatch(/before the last update/);
    const old = await runCli(
      ['draft', '--incident', 's', '--yes', '--from', 'provider-api-529.json', '--phase', 'identified'],
      { cwd: dir },
    );
    expect(old.stderr).toMatch(
      /The evidence was taken at 2026-11-21T14:02:00.000Z, before the last update \(2, monitoring/,
    );
  }, 60_000);
});

function writeConfig(dir: string, product: string): string {
  const file = join(dir, `${product.replace(/\W/g, '')}.config.json`);
  writeFileSync(file, JSON.stringify({ product: { name: product, feature: 'Acme AI' }, out: 'out' }));
  return file;
}
