// The CLI contract end to end: help, version, layers, usage errors, config errors, init, demo, exit codes.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { xLength } from '../../src/drafts/channels/x.js';

const tmp = () => mkdtemp(join(tmpdir(), 'layerpost-cli-'));

describe('layerpost CLI', () => {
  it('--help lists every command of SPEC §6 and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['status', 'probe', 'draft', 'lint', 'review', 'layers', 'init', 'demo', 'watch'])
      expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    for (const flag of ['--config', '--json', '--no-color', '--quiet', '--verbose', '--version'])
      expect(r.stdout).toContain(flag);
  });

  it('the pre-rendered --help is exactly what commander prints (`help`, and --help beside another flag)', async () => {
    const fast = await runCli(['--help']);
    const parsed = await runCli(['help']);
    const full = await runCli(['--no-color', '--help']);
    expect(fast.stdout).toBe(parsed.stdout);
    expect(fast.stdout).toBe(full.stdout);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('layers --json prints the six layers with plain names and not-affected statements, and only JSON', async () => {
    const r = await runCli(['layers', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { layers: Array<{ id: string; name: string; notAffected: string }> };
    expect(doc.layers.map((l) => l.id)).toEqual([
      'integration',
      'network',
      'provider-api',
      'model-endpoint',
      'model-quality',
      'unknown',
    ]);
    for (const l of doc.layers) {
      expect(l.name.length).toBeGreaterThan(5);
      expect(l.notAffected.length).toBeGreaterThan(10);
    }
    expect(r.stderr).toBe('');
  });

  it('layers as text has no colour codes under NO_COLOR', async () => {
    const r = await runCli(['layers'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("provider-api  our AI provider's API");
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("layers says each layer in the template set's words: a German set (--templates) rewords it, --json too", async () => {
    const de = join(ROOT, 'test/fixtures/templates-de');
    const r = await runCli(['layers', '--templates', de]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('provider-api  die API von unserem KI-Anbieter');
    expect(r.stdout).toContain('  not affected: Die Modellqualität ist nicht beeinträchtigt.');
    expect(r.stdout).toContain('  evidence:     die Belege widersprechen sich oder fehlen');
    expect(r.stdout).not.toMatch(/\b(?:the|our|is|are)\b/);
    const j = await runCli(['layers', '--json', '--templates', de]);
    const layers = (JSON.parse(j.stdout) as { layers: Array<Record<string, unknown>> }).layers;
    expect(layers.find((l) => l.id === 'network')).toMatchObject({
      name: 'die Netzwerkverbindung zwischen uns und unserem KI-Anbieter',
      notAffected: 'Der Dienst von unserem KI-Anbieter ist nicht betroffen.',
      providerLayer: false,
    });
  });

  it("layers: a team's own layer from config is said in the words its config gives", async () => {
    const dir = await tmp();
    await writeFile(
      join(dir, 'layerpost.config.yaml'),
      [
        'layers:',
        '  - id: vector-db',
        '    name: our vector database',
        '    notAffected: The models and their answers are not affected.',
        '    evidence: search probes fail while model probes pass',
        '',
      ].join('\n'),
    );
    const r = await runCli(['layers'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('vector-db  our vector database');
    expect(r.stdout).toContain('  not affected: The models and their answers are not affected.');
    expect(r.stdout).toContain('  evidence:     search probes fail while model probes pass');
  });

  it('an unknown flag or command exits 2 with one "layerpost: …" line and no stack trace', async () => {
    for (const args of [['layers', '--bogus'], ['bogus'], ['lint', '--format', 'xml']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^layerpost: [^\n]+\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a typo gets the closest word in the same one-line style', async () => {
    const phase = await runCli(['draft', '--phase', 'investigatng', '--no-input']);
    expect(phase.code).toBe(2);
    expect(phase.stderr).toBe('layerpost: --phase: unknown phase "investigatng"; did you mean "investigating"?\n');
    const far = await runCli(['draft', '--phase', 'zzz', '--no-input']);
    expect(far.stderr).toBe(
      'layerpost: --phase: unknown phase "zzz" (known: investigating, identified, monitoring, resolved)\n',
    );
    const cmd = await runCli(['staus']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toBe(`layerpost: unknown command 'staus'; did you mean "status"?\n`);
    const opt = await runCli(['status', '--provder', 'x']);
    expect(opt.stderr).toBe(`layerpost: unknown option '--provder'; did you mean "--provider"?\n`);
  });

  // One did-you-mean for every id a user types, in the one usage-error style, exit 2.
  it.each([
    [
      ['draft', '--layer', 'provder-api', '--no-input', '--yes'],
      '--layer: unknown layer "provder-api"; did you mean "provider-api"?',
    ],
    [['status', '--provider', 'anthropc'], '--provider: unknown provider "anthropc"; did you mean "anthropic"?'],
    [
      ['draft', '--channels', 'blusky', '--no-input', '--yes'],
      '--channels: unknown channel "blusky"; did you mean "bluesky"?',
    ],
    [['probe', '--only', 'anthropic-dsn'], '--only: unknown probe id "anthropic-dsn"; did you mean "anthropic-dns"?'],
    [['demo', 'provder-api'], 'unknown scenario "provder-api"; did you mean "provider-api"?'],
    [['help', 'staus'], 'help: unknown command "staus"; did you mean "status"?'],
    [['lint', '--format', 'sarf'], '--format: unknown format "sarf"; did you mean "sarif"?'],
  ])('did you mean: %j', async (args, line) => {
    const r = await runCli(args, { cwd: await tmp() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`layerpost: ${line}`);
  });

  it("help COMMAND prints that command's help; help alone the top-level one", async () => {
    const lint = await runCli(['help', 'lint']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/^Usage: layerpost lint /);
    const top = await runCli(['help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^Usage: layerpost \[options\] \[command\]/);
  });

  it('-v prints the version, as -V and --version do', async () => {
    const v = await runCli(['-v']);
    const V = await runCli(['-V']);
    const version = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(V.stdout).toBe(v.stdout);
    expect(version.stdout).toBe(v.stdout);
  });

  it.each(['doctor', 'status', 'probe', 'draft', 'lint', 'review', 'layers', 'init', 'templates', 'demo', 'watch'])(
    '%s --help has Examples and shows the global options',
    async (cmd) => {
      const r = await runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      const examples = r.stdout
        .slice(r.stdout.indexOf('\nExamples:\n') + 11)
        .trimEnd()
        .split('\n');
      expect(r.stdout).toContain('\nExamples:\n');
      expect(examples.length).toBeGreaterThan(1);
      for (const line of examples) expect(line).toMatch(new RegExp(`^  \\$ layerpost ${cmd}\\b`));
      const global = r.stdout.slice(r.stdout.indexOf('Global Options:'));
      for (const flag of ['--json', '--config', '--no-input', '--no-color', '--quiet', '--verbose'])
        expect(global).toContain(flag);
    },
  );

  it('a bad config exits 2 naming the file and the field path', async () => {
    const dir = await tmp();
    await writeFile(
      join(dir, 'layerpost.config.yaml'),
      'probes:\n  - id: x\n    layer: integration\n    http: { url: not-a-url }\n',
    );
    const r = await runCli(['layers'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('layerpost.config.yaml: probes[0].http.url:');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('malformed YAML exits 2 with line and column; --verbose adds the stack', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'layerpost.config.yaml'), 'product:\n  name: [unclosed\n');
    const r = await runCli(['layers'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/layerpost\.config\.yaml:\d+:\d+: invalid YAML/);
    const v = await runCli(['layers', '--verbose'], { cwd: dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/\n\s+at /);
  });

  it('--config naming a missing file exits 2', async () => {
    const r = await runCli(['layers', '--config', '/nonexistent/layerpost.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/nonexistent/layerpost.yaml: no such config file');
  });

  it('draft without a terminal and without answers exits 2 naming --layer', async () => {
    const dir = await tmp();
    const evidence = { schema: 'layerpost.evidence/v1', takenAt: new Date().toISOString(), probes: [], providers: [] };
    await writeFile(join(dir, 'e.json'), JSON.stringify(evidence));
    const r = await runCli(['draft', '--from', 'e.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /missing answers?: --layer, --phase, --next-update, --product \(or product\.name in layerpost\.config\.yaml\)/,
    );
    expect(await readdir(dir)).toEqual(['e.json']);
    // Every other answer given, only the product is missing: one line naming it.
    const p = await runCli(['draft', '--from', 'e.json', '--layer', 'unknown', '--phase', 'investigating', '--yes'], {
      cwd: dir,
    });
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(
      /^layerpost: no product name: set product\.name in layerpost\.config\.yaml, or pass --product NAME$/m,
    );
  });

  it('init writes only a commented config that loads, names no invented product, and points editors at the schema', async () => {
    const dir = await tmp();
    const r = await runCli(['init', dir]);
    expect(r.code).toBe(0);
    expect(await readdir(dir)).toEqual(['layerpost.config.yaml']);
    const config = await readFile(join(dir, 'layerpost.config.yaml'), 'utf8');
    const [first, second] = config.split('\n');
    const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(first!)![1]!;
    expect(JSON.parse(await readFile(schema, 'utf8'))).toMatchObject({ type: 'object', additionalProperties: false });
    expect(second).toMatch(/^# layerpost configuration/);
    expect(config).not.toMatch(/Acme|acme\.example/);
    expect(config).not.toMatch(/^\s*name:/m);
    expect(config).toMatch(/^\s*# name: ""/m);
    expect(config).toContain('mitigation: We fail over to our second region.');
    expect((await runCli(['layers', '--json'], { cwd: dir })).code).toBe(0);
    // the embedded templates lint clean under it, and a draft asks for the product's name
    const lint = await runCli(['lint'], { cwd: dir });
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/^✔ no problems/);
    const draft = await runCli(
      ['draft', '--from', join(ROOT, 'test/fixtures/evidence/provider-api-529.json'), '--no-input', '--yes'],
      { cwd: dir },
    );
    expect(draft.code).toBe(2);
    expect(draft.stderr.trim().split('\n').at(-1)).toBe(
      'layerpost: no product name: set product.name in layerpost.config.yaml, or pass --product NAME',
    );
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await runCli(['init', dir, '--force'])).code).toBe(0);
  });

  it('init --templates copies the templates and uses them; templates eject copies one', async () => {
    const dir = await tmp();
    expect((await runCli(['init', dir, '--templates'])).code).toBe(0);
    expect(await readdir(join(dir, 'templates'))).toEqual(expect.arrayContaining(['channels', 'phrases']));
    // The commented config comes from the embedded set's config.example.yaml, which is not copied as a template.
    expect(await readdir(join(dir, 'templates'))).not.toContain('config.example.yaml');
    expect(await readFile(join(dir, 'layerpost.config.yaml'), 'utf8')).toMatch(/^templates: \.\/templates$/m);

    const one = await tmp();
    expect((await runCli(['init', one])).code).toBe(0);
    const typo = await runCli(['templates', 'eject', 'channels/x/defualt'], { cwd: one });
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim().split('\n').at(-1)).toBe(
      'layerpost: templates eject: unknown template "channels/x/defualt"; did you mean "channels/x/default"?',
    );
    const eject = await runCli(['templates', 'eject', 'channels/x/default'], { cwd: one });
    expect(eject.code, eject.stderr).toBe(0);
    expect(await readFile(join(one, 'templates', 'channels', 'x', 'default.hbs'), 'utf8')).toBe(
      await readFile(join(ROOT, 'templates', 'channels', 'x', 'default.hbs'), 'utf8'),
    );
    expect(await readFile(join(one, 'layerpost.config.yaml'), 'utf8')).toMatch(/^templates: \.\/templates$/m);
    expect((await runCli(['templates', 'eject', 'channels/x/default'], { cwd: one })).code).toBe(2);
    expect((await runCli(['lint'], { cwd: one })).code).toBe(0);
    const list = await runCli(['templates', 'list'], { cwd: one });
    expect(list.stdout.split('\n')).toContain('phrases/cause/network');
  });
});

describe('layerpost demo', () => {
  it.each(['provider-api', 'model-endpoint', 'integration', 'network', 'model-quality'])(
    'demo %s --yes writes a bundle whose drafts name the diagnosed layer',
    async (scenario) => {
      const dir = await tmp();
      const r = await runCli(['demo', scenario, '--yes', '--json', '--out', join(dir, 'out')], { timeoutMs: 60_000 });
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as {
        bundle: string;
        layer: string;
        drafts: Array<{ channel: string; text: string; length: number; limit: number }>;
      };
      expect(doc.layer).toBe(scenario);
      const files = await readdir(doc.bundle);
      for (const f of [
        'statuspage.md',
        'statuspage.json',
        'x.txt',
        'bluesky.txt',
        'mastodon.txt',
        'linkedin.txt',
        'linkedin.json',
        'slack.md',
        'evidence.json',
        'answers.json',
        'review.html',
        'draft.json',
      ])
        expect(files).toContain(f);
      // linkedin.txt is what a person pastes (no API escapes); linkedin.json carries the escaped form.
      const linkedin = await readFile(join(doc.bundle, 'linkedin.txt'), 'utf8');
      expect(linkedin).not.toMatch(/\\[\\|{}@[\]()<>#*_~]/);
      const payload = JSON.parse(await readFile(join(doc.bundle, 'linkedin.json'), 'utf8')) as { commentary: string };
      expect(payload.commentary.replace(/\\([\\|{}@[\]()<>#*_~])/g, '$1')).toBe(linkedin.trimEnd());
      const x = doc.drafts.find((d) => d.channel === 'x')!;
      expect(x.length).toBeLessThanOrEqual(280);
      // the bundled counter (parseTweet alone, polyfills trimmed) counts as the twitter-text package does
      expect(x.length).toBe(xLength(x.text).weighted);
      if (scenario === 'provider-api')
        expect(x.text).toMatch(/Anthropic's API is returning errors \(HTTP 529, overloaded\)/);
      if (scenario === 'model-endpoint') {
        expect(x.text).toContain('Claude Opus 4.7');
        // the review page's header names the model as the drafts do
        expect(JSON.parse(await readFile(join(doc.bundle, 'draft.json'), 'utf8')).modelNames).toEqual([
          'Claude Opus 4.7',
        ]);
        expect(await readFile(join(doc.bundle, 'review.html'), 'utf8')).toContain(' · models Claude Opus 4.7');
      }
      if (scenario !== 'model-quality')
        expect(doc.drafts.map((d) => d.text).join('\n')).not.toMatch(/quality of .*answers|worse answers/i);
    },
    60_000,
  );

  it('the bundled X counter agrees with twitter-text on emoji, CJK and URLs', async () => {
    const dir = await tmp();
    const evidence = { schema: 'layerpost.evidence/v1', takenAt: new Date().toISOString(), probes: [], providers: [] };
    await writeFile(join(dir, 'e.json'), JSON.stringify(evidence));
    const impact = 'Acme AI 🚨 (アクメ) answers fail for many users 👩‍💻; see https://status.acme.example/incidents/42';
    const r = await runCli(
      [
        'draft',
        '--from',
        'e.json',
        '--layer',
        'unknown',
        '--phase',
        'investigating',
        '--impact',
        impact,
        '--next-update',
        '30',
        '--product',
        'Acme',
        '--channels',
        'x',
        '--json',
        '--out',
        'out',
      ],
      { cwd: dir },
    );
    const doc = JSON.parse(r.stdout) as { drafts: Array<{ text: string; length: number }> };
    const x = doc.drafts[0]!;
    expect(x.text).toContain('アクメ');
    expect(x.length).toBe(xLength(x.text).weighted);
  });

  it('an unknown scenario exits 2 listing the known ones', async () => {
    const r = await runCli(['demo', 'meteor']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('provider-api');
  });
});
