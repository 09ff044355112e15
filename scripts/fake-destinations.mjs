// Runs the test suite's fake Statuspage, Slack, Mastodon and Bluesky on 127.0.0.1 for trying `layerpost publish` by
// hand: prints the config and variables to use, then one line per post that arrives, and the whole remote state on
// Ctrl-C (or --state FILE, rewritten after every post). `--slow MS` delays each answer, to interrupt a run half-way.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ROOT } from './bundle-options.mjs';

const { values: o } = parseArgs({
  options: {
    port: { type: 'string', default: '4610' },
    slow: { type: 'string', default: '0' },
    state: { type: 'string' },
  },
});
const tmp = mkdtempSync(join(tmpdir(), 'layerpost-fakes-'));
const out = join(tmp, 'fakes.mjs');
await build({
  entryPoints: [join(ROOT, 'test/publish/fakes.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
const { fakeStatuspage, fakeSlack, fakeMastodon, fakeBluesky } = await import(pathToFileURL(out).href);
rmSync(tmp, { recursive: true, force: true });

const SECRETS = {
  STATUSPAGE_API_KEY: 'fake-statuspage-key',
  SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
  MASTODON_TOKEN: 'fake-mastodon-token',
  BLUESKY_APP_PASSWORD: 'fake-app-password',
};
const port = Number(o.port);
const sp = await fakeStatuspage({ page: 'demo', key: SECRETS.STATUSPAGE_API_KEY, port });
const slack = await fakeSlack({ token: SECRETS.SLACK_BOT_TOKEN, channel: 'C0INCIDENTS', port: port + 1 });
const masto = await fakeMastodon({ token: SECRETS.MASTODON_TOKEN, port: port + 2 });
const bsky = await fakeBluesky({
  identifier: 'status.acme.test',
  password: SECRETS.BLUESKY_APP_PASSWORD,
  port: port + 3,
});

const state = () => ({
  statuspage: sp.incidents.map((i) => ({
    incident: i.id,
    name: i.name,
    status: i.status,
    components: i.components,
    updates: [...i.incident_updates].reverse().map((u) => `${u.status}: ${u.body.split('\n')[0]}`),
  })),
  slack: slack.messages.map((m) => ({
    ts: m.ts,
    inThread: m.thread_ts ?? null,
    draft: m.metadata?.event_payload?.draft_id,
    text: m.text.split('\n')[0],
  })),
  mastodon: masto.statuses.map((s) => ({ id: s.id, inReplyTo: s.in_reply_to_id, text: s.text })),
  bluesky: bsky.records.map((r) => ({
    rkey: r.rkey,
    replyTo: r.value.reply?.parent.uri.split('/').pop() ?? null,
    text: r.value.text,
  })),
});
const save = () => o.state && writeFileSync(o.state, JSON.stringify(state(), null, 2) + '\n');
const slow = Number(o.slow);
for (const [name, f] of [
  ['statuspage', sp],
  ['slack', slack],
  ['mastodon', masto],
  ['bluesky', bsky],
]) {
  f.onWrite = async (route, phase) => {
    if (phase !== 'after') return;
    process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${name}: ${route} accepted\n`);
    save();
    if (slow) await new Promise((r) => setTimeout(r, slow));
  };
}
save();
process.stdout.write(`Fake destinations on 127.0.0.1 (Ctrl-C to stop). Add to layerpost.config.yaml:

publish:
  statuspage: { url: "${sp.url}/v1", page: demo, apiKey: "\${STATUSPAGE_API_KEY}", components: [cmp-ai] }
  slack: { url: "${slack.url}/api", channel: C0INCIDENTS, token: "\${SLACK_BOT_TOKEN}" }
  mastodon: { url: "${masto.url}", token: "\${MASTODON_TOKEN}" }
  bluesky: { url: "${bsky.url}", identifier: status.acme.test, password: "\${BLUESKY_APP_PASSWORD}" }

and in the shell that runs layerpost:

${Object.entries(SECRETS)
  .map(([k, v]) => `  export ${k}=${v}`)
  .join('\n')}

`);
process.on('SIGINT', async () => {
  process.stdout.write('\n' + JSON.stringify(state(), null, 2) + '\n');
  await Promise.all([sp, slack, masto, bsky].map((f) => f.close()));
  process.exit(0);
});
