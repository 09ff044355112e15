// `layerpost lint` end to end through the built CLI: every output format, exit codes, --max-warnings, --rules, config
// suppression.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/index.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { PLANTS } from '../lint/planted.js';

const SUBSET = ['unknown-variable', 'no-eta', 'speculation'] as const;
/** The line a run without a config starts stderr with (the repository has none). */
const NO_CONFIG = /^No layerpost\.config\.\{yaml,yml,json\} in .*\n/;
const plant = (rule: string) => PLANTS.find((p) => p.rule === rule)!;

/** A project directory with a template dir holding `files` (CHANNEL/VARIANT → source). */
async function project(files: Record<string, string>, config?: string): Promise<{ cwd: string; dir: string }> {
  const cwd = await mkdtemp(join(tmpdir(), 'layerpost-lint-'));
  for (const [name, source] of Object.entries(files)) {
    const p = join(cwd, 'templates', `${name}.hbs`);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, source);
  }
  if (config) await writeFile(join(cwd, 'layerpost.config.yaml'), config);
  return { cwd, dir: 'templates' };
}

// One planted fault per template file, so each finding's file is known.
const broken = () =>
  project({
    'channels/x/default': plant('unknown-variable').breaks['channels/x/default']!,
    'channels/mastodon/default': plant('no-eta').breaks['channels/x/default']!,
    'channels/threads/default': plant('speculation').breaks['channels/x/default']!,
  });
const fileOf: Record<(typeof SUBSET)[number], string> = {
  'unknown-variable': 'templates/channels/x/default.hbs',
  'no-eta': 'templates/channels/mastodon/default.hbs',
  speculation: 'templates/channels/threads/default.hbs',
};

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
});

describe('layerpost lint', () => {
  it('the embedded set is clean: exit 0 and a summary line', async () => {
    const r = await runCli(['lint']);
    expect(r.stderr.replace(NO_CONFIG, '')).toBe('');
    expect(r.code).toBe(0);
    // Every file of the embedded set, channel templates and phrases alike, is checked.
    // (templates/review/ is the review page's own set, not the drafts')
    const files = (await readdir(join(ROOT, 'templates'), { recursive: true })).filter(
      (f) => f.endsWith('.hbs') && !f.startsWith(`review${sep}`),
    ).length;
    expect(files).toBeGreaterThan(40);
    expect(r.stdout).toMatch(
      new RegExp(`^✔ no problems: ${files} files, \\d+ renders \\(84 layer × phase × fixture cases\\)\n$`),
    );
  });

  it('text: grouped by file, line:col, severity, rule, and a summary; exit 1', async () => {
    const { cwd, dir } = await broken();
    const r = await runCli(['lint', dir], { cwd });
    expect(r.code).toBe(1);
    for (const rule of SUBSET) {
      const at = r.stdout.indexOf(`${fileOf[rule]}\n`);
      expect(at, r.stdout).toBeGreaterThanOrEqual(0);
      expect(r.stdout.slice(at).split('\n\n')[0]).toMatch(
        new RegExp(`^ {2}\\d+:\\d+ +(error|warning) {2}.+ {2}${rule}$`, 'm'),
      );
    }
    expect(r.stdout).toMatch(/^✖ \d+ problems \(\d+ errors?, \d+ warnings?\) in 3 files, \d+ renders/m);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('text is coloured when asked', async () => {
    const { cwd, dir } = await broken();
    const r = await runCli(['lint', dir], { cwd, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\u001b\[31merror/);
  });

  it('json (and --json) carry file, line, column, rule, severity and a summary', async () => {
    const { cwd, dir } = await broken();
    for (const args of [['--format', 'json'], ['--json']]) {
      const r = await runCli(['lint', dir, ...args], { cwd });
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout) as {
        summary: { errors: number; warnings: number; filesChecked: number; renders: number };
        findings: Array<Record<string, unknown>>;
      };
      expect(out.summary.filesChecked).toBe(3);
      expect(out.summary.renders).toBeGreaterThan(0);
      for (const rule of SUBSET)
        expect(out.findings).toContainEqual(
          expect.objectContaining({
            rule,
            file: fileOf[rule],
            line: expect.any(Number),
            column: expect.any(Number),
            severity: RULES.find((x) => x.id === rule)!.severity,
          }),
        );
      expect(out.summary.errors).toBe(out.findings.filter((f) => f.severity === 'error').length);
    }
  });

  it('github: one workflow command per finding', async () => {
    const { cwd, dir } = await broken();
    const r = await runCli(['lint', dir, '-f', 'github'], { cwd });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    for (const l of lines)
      expect(l).toMatch(
        /^::(error|warning) file=templates\/channels\/[a-z]+\/default\.hbs(,line=\d+,col=\d+)?,title=layerpost [a-z-]+::[^\n]+$/,
      );
    for (const rule of SUBSET)
      expect(
        lines.some(
          (l) =>
            l.startsWith(`::${RULES.find((x) => x.id === rule)!.severity} file=${fileOf[rule]},`) &&
            l.includes(`title=layerpost ${rule}::`),
        ),
      ).toBe(true);
  });

  it('sarif: SARIF 2.1.0 with every rule in tool.driver.rules and located results', async () => {
    const { cwd, dir } = await broken();
    const r = await runCli(['lint', dir, '--format', 'sarif'], { cwd });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    // The tool's version is the one --version prints (the build's), not a second reading of package.json.
    expect(sarif.runs[0].tool.driver.version).toBe((await runCli(['--version'])).stdout.trim());
    expect(sarif.runs[0].tool.driver.version).not.toBe('0.0.0-dev');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('layerpost');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(RULES.map((x) => x.id));
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.fullDescription.text.length).toBeGreaterThan(100);
      expect(rule.help.text.length).toBeGreaterThan(100);
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
    for (const rule of SUBSET) {
      const res = run.results.find((x: { ruleId: string }) => x.ruleId === rule);
      expect(res).toBeDefined();
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(rule);
      expect(res.level).toBe(RULES.find((x) => x.id === rule)!.severity);
      expect(res.message.text.length).toBeGreaterThan(10);
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe(fileOf[rule]);
      expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(res.locations[0].physicalLocation.region.startColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it('almost-broken templates are clean in every format', async () => {
    const { cwd, dir } = await project({
      'channels/x/default': plant('unknown-variable').almost['channels/x/default']!,
      'channels/mastodon/default': plant('no-eta').almost['channels/x/default']!,
      'channels/threads/default': plant('speculation').almost['channels/x/default']!,
    });
    const text = await runCli(['lint', dir], { cwd });
    expect(text.stdout).toMatch(/^✔ no problems: 3 files/);
    expect(text.code).toBe(0);
    expect(JSON.parse((await runCli(['lint', dir, '-f', 'json'], { cwd })).stdout).findings).toEqual([]);
    expect((await runCli(['lint', dir, '-f', 'github'], { cwd })).stdout).toBe('');
    expect(JSON.parse((await runCli(['lint', dir, '-f', 'sarif'], { cwd })).stdout).runs[0].results).toEqual([]);
  });

  it("a phrase override that breaks a rule is reported at the override's file and line (tense, provider-incident)", async () => {
    const { cwd, dir } = await project({ ...plant('tense').breaks, ...plant('provider-incident').breaks });
    const r = await runCli(['lint', dir, '-f', 'json'], { cwd });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: { filesChecked: number }; findings: Array<Record<string, unknown>> };
    expect(out.summary.filesChecked).toBe(2);
    expect(out.findings).toContainEqual(
      expect.objectContaining({
        rule: 'tense',
        severity: 'error',
        file: 'templates/phrases/cause/provider-api.hbs',
        line: 1,
        column: expect.any(Number),
      }),
    );
    expect(out.findings).toContainEqual(
      expect.objectContaining({
        rule: 'provider-incident',
        severity: 'error',
        file: 'templates/phrases/action/tracking-provider.hbs',
        line: 1,
        column: expect.any(Number),
      }),
    );
    const almost = await project({ ...plant('tense').almost, ...plant('provider-incident').almost });
    const ok = JSON.parse((await runCli(['lint', almost.dir, '-f', 'json'], { cwd: almost.cwd })).stdout) as {
      findings: Array<{ rule: string }>;
    };
    expect(ok.findings.filter((f) => f.rule === 'tense' || f.rule === 'provider-incident')).toEqual([]);
  });

  it('--max-warnings: warnings pass unless there are more than allowed', async () => {
    const { cwd, dir } = await project({
      'channels/threads/default': plant('speculation').breaks['channels/x/default']!,
    });
    expect((await runCli(['lint', dir], { cwd })).code).toBe(0);
    expect((await runCli(['lint', dir, '--max-warnings', '5'], { cwd })).code).toBe(0);
    const r = await runCli(['lint', dir, '--max-warnings', '0'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/more than --max-warnings 0/);
  });

  it('config lint.rules switches rules off and re-levels them; the configured template dir is linted by default', async () => {
    const { cwd } = await broken();
    const config =
      'templates: ./templates\nlint:\n  rules:\n    unknown-variable: off\n    no-eta: warning\n    speculation: off\n';
    await writeFile(join(cwd, 'layerpost.config.yaml'), config);
    const r = await runCli(['lint', '-f', 'json'], { cwd });
    const out = JSON.parse(r.stdout) as { findings: Array<{ rule: string; severity: string }> };
    expect(out.findings.map((f) => f.rule)).not.toContain('unknown-variable');
    expect(out.findings.filter((f) => f.rule === 'no-eta').map((f) => f.severity)).toEqual(['warning']);
    expect(r.code).toBe(0);
    const rules = await runCli(['lint', '--rules'], { cwd });
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^unknown-variable +off +Every variable path/m);
    expect(rules.stdout).toMatch(/^no-eta +warning +No promise/m);
  });

  it('--rules lists every rule with its severity and description', async () => {
    const r = await runCli(['lint', '--rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toMatch(new RegExp(`^${rule.id} +${rule.severity} +\\S`, 'm'));
  });

  it('a directory that is not a template directory: exit 2, one line', async () => {
    const r = await runCli(['lint', 'no/such/dir']);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(NO_CONFIG, '')).toMatch(
      /^layerpost: .*no\/such\/dir: not a template directory or \.hbs file \(it does not exist\)\n$/,
    );
  });

  it('a syntax error is a finding, not a crash', async () => {
    const { cwd, dir } = await project({ 'channels/x/default': '{{#if layer.id}}\n{{impact.text}}\n' });
    const r = await runCli(['lint', dir, '-f', 'github'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error file=templates\/channels\/x\/default\.hbs,line=\d+,col=\d+,title=layerpost syntax::syntax error/m,
    );
  });

  // Lint in CI: a wrong path must not pass, paths are the repository's, files as well as folders.
  it('a folder with no templates: exit 2, not "no problems: 0 files"', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'layerpost-lint-'));
    await mkdir(join(cwd, 'empty'));
    const r = await runCli(['lint', 'empty'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.replace(NO_CONFIG, '')).toBe('layerpost: empty: no templates (*.hbs) in it; nothing to lint\n');
  });

  it('github and sarif paths are from the repository root (GITHUB_WORKSPACE, else the git root), text from here', async () => {
    const { cwd } = await broken();
    await mkdir(join(cwd, '.git'));
    const sub = join(cwd, 'ops', 'ci');
    await mkdir(sub, { recursive: true });
    const env = { GITHUB_WORKSPACE: undefined };
    const gh = await runCli(['lint', '../../templates', '-f', 'github'], { cwd: sub, env });
    expect(gh.code).toBe(1);
    expect(gh.stdout).toContain('file=templates/channels/x/default.hbs,');
    expect(gh.stdout).not.toContain('../');
    const sarif = JSON.parse((await runCli(['lint', '../../templates', '-f', 'sarif'], { cwd: sub, env })).stdout);
    expect(
      sarif.runs[0].results.map(
        (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          x.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    ).toContain('templates/channels/x/default.hbs');
    const ws = await runCli(['lint', '../../templates', '-f', 'github'], {
      cwd: sub,
      env: { GITHUB_WORKSPACE: join(cwd, 'templates') },
    });
    expect(ws.stdout).toContain('file=channels/x/default.hbs,');
    const text = await runCli(['lint', '../../templates'], { cwd: sub, env });
    expect(text.stdout).toContain('../../templates/channels/x/default.hbs');
  });

  it('takes .hbs files as well as folders: only those files are reported', async () => {
    const { cwd } = await broken();
    const r = await runCli(['lint', 'templates/channels/x/default.hbs', '-f', 'json'], { cwd });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<{ rule: string; file: string }>; summary: { files: number } };
    expect(new Set(out.findings.map((f) => f.file))).toEqual(new Set(['templates/channels/x/default.hbs']));
    expect(out.findings.map((f) => f.rule)).toContain('unknown-variable');
    const clean = await runCli(['lint', join(ROOT, 'templates', 'phrases', 'cause', 'network.hbs')], { cwd });
    expect(clean.stdout).toMatch(/^✔ no problems: 1 file/);
    expect(clean.code).toBe(0);
    await writeFile(join(cwd, 'notes.txt'), 'x');
    const notTemplate = await runCli(['lint', 'notes.txt'], { cwd });
    expect(notTemplate.code).toBe(2);
    expect(notTemplate.stderr).toMatch(/notes\.txt: not a template directory or \.hbs file\n$/);
  });

  it('--quiet reports errors only; --max-warnings -1 means no limit', async () => {
    const { cwd, dir } = await project({
      'channels/threads/default': plant('speculation').breaks['channels/x/default']!,
    });
    const loud = await runCli(['lint', dir], { cwd });
    expect(loud.stdout).toMatch(/warning/);
    const quiet = await runCli(['lint', dir, '--quiet'], { cwd });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
    const json = JSON.parse((await runCli(['lint', dir, '--quiet', '-f', 'json'], { cwd })).stdout) as {
      findings: Array<{ severity: string }>;
    };
    expect(json.findings.filter((f) => f.severity !== 'error')).toEqual([]);
    expect((await runCli(['lint', dir, '--quiet', '--max-warnings', '0'], { cwd })).code).toBe(1);
    const unlimited = await runCli(['lint', dir, '--max-warnings', '-1'], { cwd });
    expect(unlimited.stderr.replace(NO_CONFIG, '')).toBe('');
    expect(unlimited.code).toBe(0);
  });

  it('the help documents the disable comment; the unknown-variable rule points to the shipped field table', async () => {
    const help = await runCli(['lint', '--help']);
    expect(help.stdout).toContain('{{!-- layerpost-disable RULE, RULE --}}');
    const rules = JSON.parse((await runCli(['lint', '--rules', '--json'])).stdout) as {
      rules: Array<{ id: string; description: string; docs: string }>;
    };
    const rule = rules.rules.find((r) => r.id === 'unknown-variable')!;
    expect(rule.description + rule.docs).not.toMatch(/src\//);
    expect(rule.description).toContain('templates/README.md');
  });
});
