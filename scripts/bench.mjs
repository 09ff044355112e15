// `npm run bench`: wall-time medians and peak memory of the CLI's main paths, as ratios to `node -e 0` in the same run.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 10);
// --only=draft,lint: just these cases (node -e 0, and what a ratio is measured against, always run).
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
// NODE_EXTRA_CA_CERTS makes every Node process read and parse that bundle at start: on this sandbox (the Debian bundle,
// ~140 certificates) it is ~80 % of `node -e 0`'s instructions, so it lowers every ratio. --clean-env measures without it.
const cleanEnv = args.includes('--clean-env');
const baseEnv = { ...process.env, CI: 'true', NO_COLOR: '1' };
if (cleanEnv) delete baseEnv.NODE_EXTRA_CA_CERTS;
const extraCa = Boolean(baseEnv.NODE_EXTRA_CA_CERTS);
const warmup = 2;
const BIN = fileURLToPath(new URL('../bin/layerpost.js', import.meta.url));
const RSS_HOOK = fileURLToPath(new URL('./bench-rss.mjs', import.meta.url));
const node = process.execPath;
const log = (s) => process.stderr.write(s + '\n');

function exec(argv, opts = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(node, argv, { cwd: opts.cwd, env: { ...baseEnv, ...opts.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (opts.expect !== undefined && code !== opts.expect) reject(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(0, 400)}`));
      else resolve(ms);
    });
  });
}

async function peakRss(argv, opts) {
  const file = join(opts.tmp, `rss-${Math.random().toString(36).slice(2)}`);
  await exec(['--import', RSS_HOOK, ...argv], { ...opts, env: { ...opts.env, LAYERPOST_BENCH_RSS: file } });
  const kb = Number(await readFile(file, 'utf8').catch(() => 'NaN'));
  return kb / 1024;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const tmp = await mkdtemp(join(tmpdir(), 'layerpost-bench-'));
// A local endpoint that answers after 200 ms, for the probe overlap case.
const server = createServer((req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'), 200));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const probeConfig = (n) => ({
  product: { name: 'Bench', feature: 'Bench AI' },
  providers: [],
  probes: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, layer: 'integration', http: { url: `${base}/slow/${i}`, expect: { status: [200] } }, timeoutMs: 5000 })),
  deadlineSeconds: 30,
});
await writeFile(join(tmp, 'one.json'), JSON.stringify(probeConfig(1)));
await writeFile(join(tmp, 'hundred.json'), JSON.stringify(probeConfig(100)));
const now = new Date().toISOString();
await writeFile(
  join(tmp, 'evidence.json'),
  JSON.stringify({
    schema: 'layerpost.evidence/v1',
    takenAt: now,
    probes: [
      { id: 'our-handler', layer: 'integration', ok: false, outcome: 'http-status', status: 502, latencyMs: 40, detail: '502' },
      { id: 'opus', layer: 'model-endpoint', provider: 'anthropic', model: 'claude-opus-4-7', ok: false, outcome: 'http-status', status: 529, errorType: 'overloaded_error', latencyMs: 300, detail: '529', samples: { total: 3, failed: 3 } },
      { id: 'sonnet', layer: 'model-endpoint', provider: 'anthropic', model: 'claude-sonnet-4-6', ok: false, outcome: 'http-status', status: 529, errorType: 'overloaded_error', latencyMs: 280, detail: '529', samples: { total: 3, failed: 3 } },
    ],
    providers: [],
  }),
);

let draftN = 0;
// The code caches the build made fit only the Node that built (bin/bundle-loader.js): say whether they fit this one.
const { BUNDLE: CLI_BUNDLE, cacheFits } = createRequire(import.meta.url)('../bin/bundle-loader.js');
const codeCaches = cacheFits(CLI_BUNDLE, 'draft');
const cases = [
  { id: 'node', label: 'node -e 0', argv: () => ['-e', '0'], expect: 0 },
  { id: 'help', label: 'layerpost --help', argv: () => [BIN, '--help'], expect: 0, budget: 1.3 },
  {
    id: 'draft',
    label: 'layerpost draft --from E --layer provider-api --phase investigating --yes',
    argv: () => [BIN, 'draft', '--from', join(tmp, 'evidence.json'), '--layer', 'provider-api', '--phase', 'investigating', '--yes', '--out', join(tmp, 'out'), '--incident', `bench-${draftN++}`],
    expect: 0,
    budget: 2,
  },
  { id: 'lint', label: 'layerpost lint (embedded templates, every layer × phase)', argv: () => [BIN, 'lint'], expect: 0, budget: 2.5 },
  { id: 'probe1', label: 'layerpost probe (1 probe of 200 ms)', argv: () => [BIN, 'probe', '--config', join(tmp, 'one.json'), '--no-status', '--quiet'], expect: 0 },
  { id: 'probe100', label: 'layerpost probe (100 probes of 200 ms)', argv: () => [BIN, 'probe', '--config', join(tmp, 'hundred.json'), '--no-status', '--quiet'], expect: 0, budget: 1.5, vs: 'probe1' },
];

if (only) {
  const keep = new Set(['node', ...only, ...cases.filter((c) => only.includes(c.id) && c.vs).map((c) => c.vs)]);
  for (let i = cases.length - 1; i >= 0; i--) if (!keep.has(cases[i].id)) cases.splice(i, 1);
}

try {
  const times = Object.fromEntries(cases.map((c) => [c.id, []]));
  log(`layerpost bench: ${warmup} warm-up + ${runs} runs per case, interleaved, on Node ${process.version}`);
  log(codeCaches ? `code caches: made by the build for this Node (V8 ${process.versions.v8})` : 'code caches: none fit this Node (built by another Node version?): `node scripts/build.mjs` with this Node makes them');
  if (extraCa) log(`NODE_EXTRA_CA_CERTS is set (${baseEnv.NODE_EXTRA_CA_CERTS}): every process, node -e 0 included, parses it at start, which lowers the ratios; --clean-env measures without it`);
  for (let i = 0; i < warmup + runs; i++) {
    for (const c of cases) {
      const ms = await exec(c.argv(), { cwd: tmp, expect: c.expect });
      if (i >= warmup) times[c.id].push(ms);
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const rss = {};
  for (const c of cases) rss[c.id] = await peakRss(c.argv(), { cwd: tmp, tmp, expect: c.expect });
  const baseMs = median(times.node);
  const rows = cases.map((c) => {
    const med = median(times[c.id]);
    const ref = c.vs ? median(times[c.vs]) : baseMs;
    const ratio = med / ref;
    return {
      case: c.label,
      medianMs: Math.round(med * 10) / 10,
      ratio: Math.round(ratio * 100) / 100,
      against: c.vs ? 'one probe' : 'node -e 0',
      budget: c.budget,
      withinBudget: c.budget === undefined ? undefined : ratio <= c.budget,
      peakMiB: Math.round(rss[c.id] * 10) / 10,
      withinMemory: c.id === 'node' ? undefined : rss[c.id] <= 120,
    };
  });
  if (json) process.stdout.write(JSON.stringify({ node: process.version, runs, extraCaCerts: extraCa, codeCaches, rows }, null, 2) + '\n');
  else {
    const head = ['case', 'median', 'ratio', 'budget', 'peak RSS'];
    const lines = rows.map((r) => [
      r.case,
      `${r.medianMs.toFixed(1)} ms`,
      r.case === 'node -e 0' ? '1.00×' : `${r.ratio.toFixed(2)}× ${r.against}`,
      r.budget === undefined ? '' : `≤ ${r.budget}× ${r.withinBudget ? 'ok' : 'OVER'}`,
      `${r.peakMiB.toFixed(1)} MiB${r.withinMemory === false ? ' OVER' : ''}`,
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    const fmt = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
    console.log(fmt(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const l of lines) console.log(fmt(l));
  }
} finally {
  server.close();
  server.closeAllConnections?.();
  await rm(tmp, { recursive: true, force: true });
}
