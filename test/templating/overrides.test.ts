// A team's words reach the drafts through the built CLI: a layer renamed in config reaches every channel, one phrase
// from a team directory replaces only itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

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
const made: string[] = [];

beforeAll(() => {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
});
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A project dir holding `files` (relative path → text); returns it. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'layerpost-override-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** Draft one update from an evidence fixture in `cwd`; every channel's text (one line) and the status page title. */
async function draft(
  cwd: string,
  evidence: string,
  extra: string[] = [],
): Promise<{ texts: Record<string, string>; title: string }> {
  const args = [
    'draft',
    '--from',
    join(ROOT, 'test/fixtures/evidence', evidence),
    '--yes',
    '--incident',
    'I',
    '--out',
    'out',
    '--product',
    'Acme Notes',
    ...extra,
  ];
  const r = await runCli(args, { cwd });
  expect(r.code, r.stderr).toBe(0);
  const [update] = readdirSync(join(cwd, 'out', 'I'));
  const bundle = join(cwd, 'out', 'I', update!);
  const texts = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(bundle, f), 'utf8').replace(/\s+/g, ' ')]));
  const title = (JSON.parse(readFileSync(join(bundle, 'statuspage.json'), 'utf8')) as { incident: { name: string } })
    .incident.name;
  return { texts, title };
}

describe('overrides', () => {
  it('a layer renamed in config ("our connection to {{provider.name}}") is named in every channel of a network incident', async () => {
    const embedded = await draft(project({}), 'network-dns.json');
    // The embedded name is what the rename replaces.
    for (const f of FILES) expect(embedded.texts[f], f).toContain('the network between us and Anthropic');

    const cwd = project({
      'layerpost.config.yaml': 'layers:\n  - id: network\n    name: "our connection to {{provider.name}}"\n',
    });
    const { texts, title } = await draft(cwd, 'network-dns.json');
    expect(title).toBe('Acme Notes errors caused by our connection to Anthropic');
    for (const f of FILES) {
      expect(texts[f], f).toContain('our connection to Anthropic');
      expect(texts[f], f).not.toContain('the network between us and');
    }
  });

  it('one phrase from a team directory replaces only itself; the other phrases stay the embedded ones', async () => {
    const mine = 'Answers from Claude are not affected.';
    const cwd = project({ 'team/phrases/not-affected-short/provider-api.hbs': mine });
    const { texts, title } = await draft(cwd, 'provider-api-529.json', ['--templates', 'team']);
    // The short not-affected sentence is said where the channels say it: the social channels and SMS.
    for (const f of ['x.txt', 'bluesky.txt', 'mastodon.txt', 'threads.txt', 'sms.txt']) {
      expect(texts[f], f).toContain(mine);
      expect(texts[f], f).not.toContain('Model quality is unaffected.');
    }
    // Everything else is the embedded set's: the long not-affected sentence, the cause, the title, the closing.
    expect(title).toBe("Acme Notes errors caused by Anthropic's API");
    for (const f of ['statuspage.md', 'linkedin.txt', 'slack.md']) {
      expect(texts[f], f).not.toContain(mine);
      expect(texts[f], f).toContain('The model itself is unchanged: answers that do complete are not affected.');
    }
    for (const f of FILES.filter((x) => x !== 'sms.txt'))
      expect(texts[f], f).toMatch(/Anthropic's API is returning errors \(HTTP 529, overloaded\)/);
    // SMS keeps to one segment: its shortest form names the layer without the error words.
    expect(texts['sms.txt']).toContain("Cause: Anthropic's API.");
    expect(texts['x.txt']).toMatch(/Next update by \d\d:\d\d UTC\./);
  });

  it("a channel's own folder changes that channel alone; the shared social text changes every social channel", async () => {
    const social = readFileSync(join(ROOT, 'templates', 'phrases', 'social-post.hbs'), 'utf8').trimEnd();
    const cwd = project({
      'team/channels/x/default.hbs': 'ONLY-X. {{> social-post}}',
      'team/phrases/social-post.hbs': `${social} EVERY-SOCIAL.`,
    });
    const { texts } = await draft(cwd, 'provider-api-529.json', ['--templates', 'team']);
    expect(texts['x.txt']).toMatch(/^ONLY-X\. .+ EVERY-SOCIAL\. $/);
    for (const f of ['bluesky.txt', 'mastodon.txt', 'threads.txt'])
      expect(texts[f], f).toMatch(/^(?!ONLY-X).+ EVERY-SOCIAL\. $/);
    for (const f of ['statuspage.md', 'linkedin.txt', 'sms.txt', 'slack.md'])
      expect(texts[f], f).not.toMatch(/ONLY-X|EVERY-SOCIAL/);
  });

  it('a team directory in the older layout is refused with one line saying where the file goes now (exit 2)', async () => {
    for (const [old, now] of [
      ['sms/default.hbs', 'channels/sms/default.hbs'],
      ['statuspage/title.hbs', 'channels/statuspage/title.hbs'],
      ['social/short.hbs', 'phrases/social-post-short.hbs'],
    ] as const) {
      const cwd = project({ [`team/${old}`]: '{{product.name}}' });
      const r = await runCli(
        [
          'draft',
          '--from',
          join(ROOT, 'test/fixtures/evidence/network-dns.json'),
          '--yes',
          '--incident',
          'I',
          '--out',
          'out',
          '--templates',
          'team',
        ],
        { cwd },
      );
      expect(r.code, r.stderr).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines.at(-1)).toBe(
        `layerpost: ${join(cwd, 'team', old)}: this template now goes in ${join(cwd, 'team', now)}${old.startsWith('social/') ? ' (the text every social channel and SMS share; channels/x/short.hbs changes X alone)' : ''}; move it there`,
      );
      expect(readdirSync(cwd)).not.toContain('out');
    }
  });
});
