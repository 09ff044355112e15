// A language is a template set: the German set in test/fixtures/templates-de lints clean and drafts a whole incident,
// its Slack evidence included, through the built CLI, with no TypeScript change.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { hbsFiles, literalPhrases } from './literals.js';

const DE = join(ROOT, 'test/fixtures/templates-de');
const EN = join(ROOT, 'templates');
const EVIDENCE = join(ROOT, 'test/fixtures/evidence/provider-api-529.json');
const FILES = [
  'statuspage.md',
  'x.txt',
  'bluesky.txt',
  'mastodon.txt',
  'threads.txt',
  'linkedin.txt',
  'sms.txt',
  'slack.md',
] as const;
const PHASES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
type Phase = (typeof PHASES)[number];

/** Words every channel of a phase must hold: the layer in German, the tense of the phase, what comes next. */
const EVERY_CHANNEL: Record<Phase, RegExp[]> = {
  investigating: [
    /die API von Anthropic/,
    /(?:Die Modellqualität|Das Modell selbst) ist (?:nicht beeinträchtigt|unverändert)/,
    /(?:Nächstes Update um|Das nächste Update folgt spätestens um|\*Nächstes Update:\*) \d\d:\d\d UTC/,
  ],
  identified: [
    /die API von Anthropic/,
    /(?:Die Modellqualität|Das Modell selbst) ist (?:nicht beeinträchtigt|unverändert)/,
    /(?:Nächstes Update um|Das nächste Update folgt spätestens um|\*Nächstes Update:\*) \d\d:\d\d UTC/,
  ],
  monitoring: [
    /die API von Anthropic/,
    /(?:Die Modellqualität|Das Modell selbst) war (?:nicht beeinträchtigt|unverändert)/,
    /(?:Nächstes Update um|Das nächste Update folgt spätestens um|\*Nächstes Update:\*) \d\d:\d\d UTC/,
  ],
  resolved: [
    /die API von Anthropic/,
    /(?:Die Modellqualität|Das Modell selbst) war (?:nicht beeinträchtigt|unverändert)/,
    /Es gingen keine Daten verloren\./,
    /Behoben|Die Störung dauerte von \d\d:\d\d UTC bis \d\d:\d\d UTC/,
  ],
};
/** The long cause sentence, in the channels that always carry it, in the phase's tense. */
const CAUSE: Record<Phase, string> = {
  investigating:
    'Derzeit liefert die API von Anthropic Fehler (HTTP 529, überlastet) für Claude Opus 4.7 und Claude Sonnet 4.6.',
  identified:
    'Derzeit liefert die API von Anthropic Fehler (HTTP 529, überlastet) für Claude Opus 4.7 und Claude Sonnet 4.6.',
  monitoring:
    'Während der Störung lieferte die API von Anthropic Fehler (HTTP 529, überlastet) für Claude Opus 4.7 und Claude Sonnet 4.6.',
  resolved:
    'Während der Störung lieferte die API von Anthropic Fehler (HTTP 529, überlastet) für Claude Opus 4.7 und Claude Sonnet 4.6.',
};
const TITLE: Record<Phase, string> = {
  investigating: 'Fehler bei Acme Notizen, verursacht durch die API von Anthropic',
  identified: 'Fehler bei Acme Notizen, verursacht durch die API von Anthropic',
  monitoring: 'Fehler bei Acme Notizen, verursacht durch die API von Anthropic',
  resolved: 'Behoben: Fehler bei Acme Notizen, verursacht durch die API von Anthropic',
};

let cwd: string;
beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  cwd = mkdtempSync(join(tmpdir(), 'layerpost-de-'));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('the German template set', () => {
  it('is complete: the same channel templates and phrase files as templates/', () => {
    expect([...hbsFiles(DE).keys()]).toEqual([...hbsFiles(EN).keys()]);
  });

  it('lints with no errors (every rule on: every layer × phase renders, no unknown variable or partial, within every limit)', async () => {
    const r = await runCli(['lint', DE, '--format', 'json'], { cwd });
    const out = JSON.parse(r.stdout) as {
      summary: { errors: number; renders: number };
      findings: Array<{ severity: string; file: string; rule: string; message: string }>;
    };
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.code, r.stderr).toBe(0);
    expect(out.summary.renders).toBeGreaterThan(0);
    // Every template rendered is the German one: no finding points into the embedded set.
    for (const f of out.findings) expect(f.file).toContain('templates-de');
  });

  it('drafts a whole incident (investigating → identified → monitoring → resolved) in German, with no English sentence of templates/', async () => {
    // Every run of two or more English words of templates/, and the English words a tense splits across runs.
    const english = [
      ...literalPhrases(EN),
      'is failing',
      'was failing',
      'Next update',
      'unaffected',
      'Cause:',
      'Correction',
    ];
    expect(english).toEqual(expect.arrayContaining(['Next update by', 'returning errors', 'We are investigating.']));
    for (const [i, phase] of PHASES.entries()) {
      const args = [
        'draft',
        '--templates',
        DE,
        '--from',
        EVIDENCE,
        '--yes',
        '--incident',
        'X',
        '--out',
        'OUT',
        '--product',
        'Acme Notizen',
        '--phase',
        phase,
      ];
      if (phase === 'resolved') args.push('--data-loss', 'Es gingen keine Daten verloren.');
      const r = await runCli(args, { cwd });
      expect(r.code, r.stderr).toBe(0);
      const bundle = join(cwd, 'OUT', 'X', `00${i + 1}-${phase}`);
      const title = (
        JSON.parse(readFileSync(join(bundle, 'statuspage.json'), 'utf8')) as { incident: { name: string } }
      ).incident.name;
      expect(title).toBe(TITLE[phase]);
      for (const file of FILES) {
        const text = readFileSync(join(bundle, file), 'utf8').replace(/\s+/g, ' ');
        for (const want of EVERY_CHANNEL[phase]) expect(text, `${phase} ${file}`).toMatch(want);
        if (['statuspage.md', 'linkedin.txt', 'slack.md'].includes(file))
          expect(text, `${phase} ${file}`).toContain(CAUSE[phase]);
        // Slack's evidence section too: the diagnosis's reasons are said by the set's reasons/ templates.
        for (const phrase of english)
          expect(text.toLowerCase(), `${phase} ${file}: "${phrase}"`).not.toContain(phrase.toLowerCase());
      }
    }
    // The evidence section says the reasons in German, and none of the sentences the English set says for them.
    const enArgs = ['draft', '--from', EVIDENCE, '--yes', '--incident', 'EN', '--out', 'OUT'];
    enArgs.push('--product', 'Acme Notes');
    const r = await runCli(enArgs, { cwd });
    expect(r.code, r.stderr).toBe(0);
    const evidenceLines = (path: string, heading: string) => {
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(heading);
      return text
        .slice(text.indexOf(heading))
        .split('\n')
        .filter((l) => l.startsWith('• '))
        .map((l) => l.slice(2));
    };
    const en = evidenceLines(join(cwd, 'OUT', 'EN', '001-investigating', 'slack.md'), '*Evidence*');
    const apiErrors = /^Anthropic's API returns errors \(.*→ 529 overloaded_error/;
    expect(en).toEqual(expect.arrayContaining([expect.stringMatching(apiErrors)]));
    const de = evidenceLines(join(cwd, 'OUT', 'X', '001-investigating', 'slack.md'), '*Belege*');
    expect(de).toHaveLength(en.length);
    const apiFehler = /^Die API von Anthropic liefert Fehler \(.*→ 529 overloaded_error/;
    expect(de).toEqual(expect.arrayContaining([expect.stringMatching(apiFehler)]));
    for (const line of en) expect(de, line).not.toContain(line);
    // The bundle keeps the reasons as the set said them, and the review page shows those.
    const bundle = join(cwd, 'OUT', 'X', '001-investigating');
    const manifest = JSON.parse(readFileSync(join(bundle, 'draft.json'), 'utf8')) as {
      diagnosis: Array<{ evidence: string[] }>;
    };
    expect(manifest.diagnosis.flatMap((h) => h.evidence)).toEqual(
      expect.arrayContaining([expect.stringMatching(apiFehler)]),
    );
    expect(readFileSync(join(bundle, 'review.html'), 'utf8')).toContain('Die API von Anthropic liefert Fehler (');
    // The phrases that differ by phase came out of the German files, in order.
    const statuspage = (n: number, phase: Phase) =>
      readFileSync(join(cwd, 'OUT', 'X', `00${n}-${phase}`, 'statuspage.md'), 'utf8');
    expect(statuspage(1, 'investigating')).toContain('Wir untersuchen das Problem.');
    expect(statuspage(2, 'identified')).toContain('Wir verfolgen die Störungsmeldung von Anthropic.');
    expect(statuspage(3, 'monitoring')).toContain('Eine Lösung für das Problem mit Acme Notizen ist umgesetzt.');
    expect(statuspage(3, 'monitoring')).toContain('Wir beobachten, wie sich die API von Anthropic erholt.');
    expect(statuspage(4, 'resolved')).toMatch(
      /Einige Anfragen an Acme Notizen schlugen fehl\.[\s\S]*Die Störung dauerte von \d\d:\d\d UTC bis \d\d:\d\d UTC\. Es gingen keine Daten verloren\./,
    );
  }, 60_000);
});
