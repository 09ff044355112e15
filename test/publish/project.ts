// A project wired to the four fake destinations, and a four-update incident drafted with the built CLI.
import { cpSync, copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliOptions, type CliResult } from '../helpers/cli.js';
import { fakeBluesky, fakeMastodon, fakeSlack, fakeStatuspage } from './fakes.js';

const FIXTURES = new URL('../fixtures/evidence/', import.meta.url);

export const SECRETS = {
  STATUSPAGE_API_KEY: 'sp-key-7f3a9c2e1b',
  SLACK_BOT_TOKEN: 'xoxb-fake-4711-secret',
  MASTODON_TOKEN: 'masto-token-55aa77',
  BLUESKY_APP_PASSWORD: 'abcd-efgh-ijkl-mnop',
};

export type Fakes = Awaited<ReturnType<typeof startFakes>>;

export async function startFakes(opts: { duplicateKey500?: boolean; historyScope?: boolean } = {}) {
  const [statuspage, slack, mastodon, bluesky] = await Promise.all([
    fakeStatuspage({ page: 'pg1', key: SECRETS.STATUSPAGE_API_KEY }),
    fakeSlack({ token: SECRETS.SLACK_BOT_TOKEN, channel: 'C0INCIDENT', historyScope: opts.historyScope }),
    fakeMastodon({ token: SECRETS.MASTODON_TOKEN, duplicateKey500: opts.duplicateKey500 }),
    fakeBluesky({ identifier: 'status.acme.test', password: SECRETS.BLUESKY_APP_PASSWORD }),
  ]);
  return {
    statuspage,
    slack,
    mastodon,
    bluesky,
    close: () => Promise.all([statuspage, slack, mastodon, bluesky].map((f) => f.close())),
  };
}

export function publishConfig(
  f: Pick<Fakes, 'statuspage' | 'slack' | 'mastodon' | 'bluesky'>,
  extra: Record<string, unknown> = {},
) {
  return {
    // Generous: a loopback answer slowed by a busy machine must not read as a timeout (the fault tests set their own).
    timeoutSeconds: 10,
    rateLimitWaitSeconds: 5,
    statuspage: {
      url: `${f.statuspage.url}/v1`,
      page: 'pg1',
      apiKey: '${STATUSPAGE_API_KEY}',
      components: ['cmp-ai'],
      componentStatus: { layers: { 'model-quality': 'degraded_performance' } },
    },
    slack: { url: `${f.slack.url}/api`, channel: 'C0INCIDENT', token: '${SLACK_BOT_TOKEN}' },
    mastodon: { url: f.mastodon.url, token: '${MASTODON_TOKEN}' },
    bluesky: {
      url: f.bluesky.url,
      identifier: 'status.acme.test',
      password: '${secret:BLUESKY_APP_PASSWORD}',
      appUrl: 'https://bsky.example',
    },
    ...extra,
  };
}

const dirs: string[] = [];
export function cleanup(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function tempDir(prefix = 'layerpost-publish-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

export function writeConfig(dir: string, publish: unknown): void {
  writeFileSync(
    join(dir, 'layerpost.config.json'),
    JSON.stringify({ product: { name: 'Acme Notes', feature: 'Acme AI' }, out: 'out', publish }, null, 2),
  );
}

/** A project folder with the evidence fixtures and a config publishing to `publish`. */
export function project(publish: unknown): string {
  const dir = tempDir();
  writeConfig(dir, publish);
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.json')) copyFileSync(new URL(f, FIXTURES), join(dir, f));
  return dir;
}

/** The environment a publisher runs with: the credentials, and a drafter identity that is not a git user. */
export function env(extra: Record<string, string> = {}): Record<string, string> {
  return { ...SECRETS, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...extra };
}

export const cli = (dir: string, args: string[], opts: CliOptions = {}): Promise<CliResult> =>
  runCli(args, { cwd: dir, timeoutMs: 60_000, ...opts, env: { ...env(), ...opts.env } });

/** The four updates of a provider-api incident, drafted as an operator would (`--yes`, --from evidence). */
export async function draftIncident(dir: string, incident = 'inc', updates = 4): Promise<string[]> {
  const steps = [
    [
      '--from',
      'provider-api-529.json',
      '--layer',
      'unknown',
      '--phase',
      'investigating',
      '--impact',
      'Answers fail for many users',
    ],
    ['--from', 'provider-api-529.json', '--layer', 'provider-api', '--phase', 'identified'],
    ['--from', 'all-passing.json', '--phase', 'monitoring'],
    ['--from', 'all-passing.json', '--phase', 'resolved', '--data-loss', 'No customer data was lost.'],
  ].slice(0, updates);
  const bundles: string[] = [];
  for (const s of steps) {
    const r = await cli(dir, [
      'draft',
      '--incident',
      incident,
      '--yes',
      '--json',
      '--channels',
      'statuspage,slack,mastodon,bluesky,x',
      ...s,
    ]);
    expect([0, 1], r.stderr).toContain(r.code);
    bundles.push((JSON.parse(r.stdout) as { bundle: string }).bundle);
  }
  return bundles;
}

export async function approve(dir: string, bundle: string, as = 'Dana Lee', channels?: string): Promise<CliResult> {
  const r = await cli(dir, ['approve', bundle, '--as', as, ...(channels ? ['--channels', channels] : [])]);
  expect(r.code, r.stderr).toBe(0);
  return r;
}

export function copyProject(from: string): string {
  const to = tempDir();
  cpSync(from, to, { recursive: true });
  return to;
}
