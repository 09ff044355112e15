// `npm run bench`: the installed package (npm pack, then npm install of the tarball), on each Node given: wall-time
// medians, instruction counts (valgrind, when installed) and peak memory, as ratios to `node -e 0` on the same Node.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const json = args.includes('--json');
const runs = Number(flag('runs') ?? 10);
const only = flag('only')?.split(',');
const withInstructions = !args.includes('--no-instructions') && spawnSync('valgrind', ['--version']).status === 0;
// NODE_EXTRA_CA_CERTS makes every Node parse that bundle at start, node -e 0 included, which hides what layerpost
// itself costs: measured without it unless --keep-env.
const baseEnv = { ...process.env, CI: 'true', NO_COLOR: '1' };
if (!args.includes('--keep-env')) delete baseEnv.NODE_EXTRA_CA_CERTS;
// The Nodes to measure: --node=PATH (repeatable), else this one and the registry's Node 22 and 24 where .ci/run puts
// them.
const nodes = args.filter((a) => a.startsWith('--node=')).map((a) => a.slice(7));
if (!nodes.length) {
  nodes.push(process.execPath);
  for (const major of [22, 24]) {
    const bin = join(process.env.TMPDIR || '/tmp', `layerpost-node${major}`, 'node_modules', 'node', 'bin', 'node');
    if (existsSync(bin)) nodes.push(bin);
    else
      process.stderr.write(
        `Node ${major}: not found at ${bin} (npm install --prefix ${join(process.env.TMPDIR || '/tmp', `layerpost-node${major}`)} node@${major})\n`,
      );
  }
}
const RSS_HOOK = fileURLToPath(new URL('./bench-rss.mjs', import.meta.url));
const log = (s) => process.stderr.write(s + '\n');

function exec(node, argv, opts) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(node, argv, {
      cwd: opts.cwd,
      env: { ...baseEnv, ...opts.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (opts.expect !== undefined && code !== opts.expect)
        reject(
          new Error(`${argv.join(' ')} ${signal ? `ended by ${signal}` : `exited ${code}`}: ${err.slice(0, 400)}`),
        );
      else resolve(ms);
    });
  });
}

/** Instructions of one run (callgrind counts every thread's). Not spawnSync: the local server must keep answering. */
function instructions(node, argv, opts) {
  return new Promise((resolve) => {
    const child = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', node, ...argv], {
      cwd: opts.cwd,
      env: { ...baseEnv, ...opts.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', () => resolve(NaN));
    child.on('close', () => {
      const m = /Collected : (\d+)/.exec(err);
      resolve(m ? Number(m[1]) : NaN);
    });
  });
}

async function peakMiB(node, argv, opts) {
  const file = join(opts.cwd, `rss-${Math.random().toString(36).slice(2)}`);
  await exec(node, ['--import', RSS_HOOK, ...argv], { ...opts, env: { ...opts.env, LAYERPOST_BENCH_RSS: file } });
  return Number(await readFile(file, 'utf8').catch(() => 'NaN')) / 1024;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const tmp = await mkdtemp(join(tmpdir(), 'layerpost-bench-'));
const server = createServer((req, res) =>
  setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'), 200),
);
try {
  // The package as users get it.
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const tarball = join(tmp, JSON.parse(packed.stdout)[0].filename);
  const prefix = join(tmp, 'prefix');
  const installed = spawnSync(
    'npm',
    ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball],
    { encoding: 'utf8' },
  );
  if (installed.status !== 0) throw new Error(`npm install of the tarball failed: ${installed.stderr}`);
  const BIN = join(prefix, 'lib', 'node_modules', 'layerpost', 'bin', 'layerpost.js');

  // A local endpoint that answers after 200 ms, for the probe overlap case.
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const probeConfig = (n) => ({
    product: { name: 'Bench', feature: 'Bench AI' },
    providers: [],
    probes: Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      layer: 'integration',
      http: { url: `${base}/slow/${i}`, expect: { status: [200] } },
      timeoutMs: 5000,
    })),
    deadlineSeconds: 30,
  });
  await writeFile(join(tmp, 'one.json'), JSON.stringify(probeConfig(1)));
  await writeFile(join(tmp, 'hundred.json'), JSON.stringify(probeConfig(100)));
  await writeFile(join(tmp, 'thousand.json'), JSON.stringify(probeConfig(1000)));
  const probe = (id, model) => ({
    id,
    layer: 'model-endpoint',
    provider: 'anthropic',
    model,
    ok: false,
    outcome: 'http-status',
    status: 529,
    errorType: 'overloaded_error',
    latencyMs: 300,
    detail: '529',
    samples: { total: 3, failed: 3 },
  });
  await writeFile(
    join(tmp, 'evidence.json'),
    JSON.stringify({
      schema: 'layerpost.evidence/v1',
      takenAt: new Date().toISOString(),
      probes: [
        {
          id: 'our-handler',
          layer: 'integration',
          ok: false,
          outcome: 'http-status',
          status: 502,
          latencyMs: 40,
          detail: '502',
        },
        probe('opus', 'claude-opus-4-7'),
        probe('sonnet', 'claude-sonnet-4-6'),
      ],
      providers: [],
    }),
  );

  // The config `init` writes (the package's templates/config.example.yaml), in a folder of its own: what a team's
  // draft reads before it drafts.
  const teamDir = join(tmp, 'team');
  await mkdir(teamDir);
  await copyFile(
    join(prefix, 'lib', 'node_modules', 'layerpost', 'templates', 'config.example.yaml'),
    join(teamDir, 'layerpost.config.yaml'),
  );

  let draftN = 0;
  let coldN = 0;
  const draftArgv = () => [
    BIN,
    'draft',
    '--from',
    join(tmp, 'evidence.json'),
    '--layer',
    'provider-api',
    '--phase',
    'investigating',
    '--yes',
    '--product',
    'Acme',
    '--out',
    join(tmp, 'out'),
    '--incident',
    `bench-${draftN++}`,
  ];
  const cases = [
    { id: 'node', label: 'node -e 0', argv: () => ['-e', '0'] },
    { id: 'help', label: 'layerpost --help', argv: () => [BIN, '--help'], budget: 1.3 },
    { id: 'draft', label: 'layerpost draft --from E --yes', argv: draftArgv, budget: 3 },
    // The first run after an install or upgrade: no code cache yet (an empty cache folder each time), and it writes
    // one.
    {
      id: 'draft-first',
      label: 'layerpost draft, first run',
      argv: draftArgv,
      budget: 5,
      env: () => ({ XDG_CACHE_HOME: join(tmp, `cold-${coldN++}`) }),
    },
    // Not a case of the issue's: a draft as a team runs it, reading the YAML config `init` writes (no budget of its own).
    { id: 'draft-config', label: 'layerpost draft, with the config init writes', argv: draftArgv, cwd: teamDir },
    { id: 'lint', label: 'layerpost lint (embedded set)', argv: () => [BIN, 'lint'], budget: 8 },
    {
      id: 'probe1',
      label: 'layerpost probe (1 probe of 200 ms)',
      argv: () => [BIN, 'probe', '--config', join(tmp, 'one.json'), '--no-status', '--quiet'],
    },
    {
      id: 'probe100',
      label: 'layerpost probe (100 probes of 200 ms)',
      argv: () => [BIN, 'probe', '--config', join(tmp, 'hundred.json'), '--no-status', '--quiet'],
      budget: 1.5,
      vs: 'probe1',
    },
    // Seconds and peak memory, not a ratio: the budget is 2 s and 100 MiB.
    {
      id: 'probe1000',
      label: 'layerpost probe (1000 probes of 200 ms)',
      argv: () => [BIN, 'probe', '--config', join(tmp, 'thousand.json'), '--no-status', '--quiet'],
      seconds: 2,
      mib: 100,
    },
  ].filter((c) => !only || c.id === 'node' || only.includes(c.id) || cases0(only).includes(c.id));
  function cases0(ids) {
    return ids.includes('probe100') ? ['probe1'] : [];
  }

  const report = [];
  for (const node of nodes) {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    // A code cache of this run's own (a fresh folder, 0700): the first run writes it, the measured ones are the
    // "second run" users see; draft-first gets an empty one each time.
    const cacheHome = join(tmp, `cache-${version}`);
    await mkdir(cacheHome, { mode: 0o700 });
    const env = { XDG_CACHE_HOME: cacheHome };
    const opts = { cwd: tmp, env, expect: 0 };
    const optsOf = (c) => ({
      ...opts,
      ...(c.cwd ? { cwd: c.cwd } : {}),
      ...(c.env ? { env: { ...env, ...c.env() } } : {}),
    });
    log(`Node ${version}: ${runs} runs per case, interleaved, after 2 warm-up runs`);
    const times = Object.fromEntries(cases.map((c) => [c.id, []]));
    for (let i = 0; i < 2 + runs; i++) {
      for (const c of cases) {
        const ms = await exec(node, c.argv(), optsOf(c));
        if (i >= 2) times[c.id].push(ms);
      }
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    const rows = [];
    for (const c of cases) {
      const ref = c.vs ?? 'node';
      const ratio = median(times[c.id]) / median(times[ref]);
      const ins = withInstructions && !c.seconds ? await instructions(node, c.argv(), optsOf(c)) : undefined;
      // Peak memory: the largest of three runs (a run's peak varies with when the collector runs).
      let peak = 0;
      for (let k = 0; k < (c.mib ? 3 : 1); k++) peak = Math.max(peak, await peakMiB(node, c.argv(), optsOf(c)));
      rows.push({
        id: c.id,
        case: c.label,
        medianMs: Math.round(median(times[c.id]) * 10) / 10,
        ratio: Math.round(ratio * 100) / 100,
        against: c.vs ? 'one probe' : 'node -e 0',
        instructions: ins,
        budget: c.budget,
        seconds: c.seconds,
        mib: c.mib,
        peakMiB: Math.round(peak * 10) / 10,
      });
    }
    const insBase = rows.find((r) => r.id === 'node').instructions;
    for (const r of rows) {
      if (r.instructions !== undefined && !r.against.startsWith('one'))
        r.instructionRatio = Math.round((r.instructions / insBase) * 100) / 100;
      if (r.budget !== undefined) r.withinBudget = r.ratio <= r.budget;
      if (r.seconds !== undefined) r.withinBudget = r.medianMs <= r.seconds * 1000 && r.peakMiB <= r.mib;
    }
    report.push({ node: version, rows });
  }

  if (json)
    process.stdout.write(
      JSON.stringify({ runs, extraCaCerts: Boolean(baseEnv.NODE_EXTRA_CA_CERTS), report }, null, 2) + '\n',
    );
  else
    for (const { node, rows } of report) {
      const head = ['case', 'median', 'wall ratio', 'instructions', 'budget', 'peak RSS'];
      const lines = rows.map((r) => [
        r.case,
        `${r.medianMs.toFixed(1)} ms`,
        r.id === 'node' ? '1.00×' : `${r.ratio.toFixed(2)}× ${r.against}`,
        r.instructions === undefined || Number.isNaN(r.instructions)
          ? ''
          : `${Math.round(r.instructions / 1e6)} M${r.instructionRatio !== undefined && r.id !== 'node' ? ` (${r.instructionRatio.toFixed(2)}×)` : ''}`,
        r.seconds !== undefined
          ? `≤ ${r.seconds} s, ≤ ${r.mib} MiB ${r.withinBudget ? 'ok' : 'OVER'}`
          : r.budget === undefined
            ? ''
            : `≤ ${r.budget}× ${r.withinBudget ? 'ok' : 'OVER'}`,
        `${r.peakMiB.toFixed(1)} MiB`,
      ]);
      const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
      const fmt = (cells) =>
        cells
          .map((c, i) => c.padEnd(widths[i]))
          .join('  ')
          .trimEnd();
      console.log(
        `\nNode ${node}, installed package${baseEnv.NODE_EXTRA_CA_CERTS ? ' (NODE_EXTRA_CA_CERTS set)' : ''}`,
      );
      console.log(fmt(head));
      console.log(widths.map((w) => '-'.repeat(w)).join('  '));
      for (const l of lines) console.log(fmt(l));
    }
  if (!json) {
    // The table the README quotes: each case's ratio (or seconds and memory) per Node.
    const majors = report.map((r) => `Node ${r.node.replace(/^v(\d+).*/, '$1')}`);
    const ids = report[0]?.rows.map((r) => r.id).filter((id) => id !== 'node' && id !== 'probe1') ?? [];
    const cell = (r) =>
      r.seconds !== undefined
        ? `${(r.medianMs / 1000).toFixed(2)} s, ${r.peakMiB.toFixed(0)} MiB`
        : `${r.ratio.toFixed(2)}×`;
    const budget = (r) =>
      r.seconds !== undefined ? `≤ ${r.seconds} s, ≤ ${r.mib} MiB` : r.budget !== undefined ? `≤ ${r.budget}×` : '';
    console.log(
      `\n${runs} measured runs per case, interleaved; wall-time median as a ratio to \`node -e 0\` of the same Node (probe 100: to one probe)\n`,
    );
    console.log(`| case | ${majors.join(' | ')} | budget |`);
    console.log(`|---|${majors.map(() => '---').join('|')}|---|`);
    for (const id of ids) {
      const rows = report.map((r) => r.rows.find((x) => x.id === id));
      console.log(`| ${rows[0].case} | ${rows.map(cell).join(' | ')} | ${budget(rows[0])} |`);
    }
    console.log(
      `| \`node -e 0\` | ${report.map((r) => `${r.rows.find((x) => x.id === 'node').medianMs.toFixed(0)} ms`).join(' | ')} | |`,
    );
  }
} finally {
  server.close();
  server.closeAllConnections?.();
  await rm(tmp, { recursive: true, force: true });
}
