// Makes the V8 code caches of the CLI bundle and its vendor files (see bin/bundle-loader.js). Run by scripts/build.mjs.
//
// V8 caches the functions compiled so far, so each cache is made by a Node of its own that first runs a workload on
// local data only, and writes the caches that workload owns:
// - draft: `draft` of every channel from an evidence file (the incident path) → dist/cli.cjs.draft.cache
// - lint: `lint` of the embedded templates → dist/cli.cjs.lint.cache
// - general: `init`, then `layers` with the config it wrote (start-up, config, commander) → dist/cli.cjs.cache,
//   dist/vendor/yaml.cjs.cache
// - undici: requests to a local server → dist/vendor/undici.cjs.cache
// - xml: an Atom and an RSS status feed parsed → dist/vendor/xml.cjs.cache
// The prompts (dist/vendor/inquirer.cjs) get none: they load only when a person is at the terminal.
// V8 refuses a cache made under other flags, so nothing here may set one: undici does on Node 20 when the CLI makes
// a request (src/adapters/undici.ts), which is why the undici workload calls the vendor file directly.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { BUNDLE, cacheFile, cacheFits, loadBundle, loadScript } = require('../bin/bundle-loader.js');

const VENDOR = path.join(path.dirname(BUNDLE), 'vendor');
const EVIDENCE = {
  schema: 'layerpost.evidence/v1',
  probes: [
    { id: 'app', layer: 'integration', ok: true, outcome: 'ok', status: 200, latencyMs: 40, detail: '200' },
    { id: 'opus', layer: 'model-endpoint', provider: 'anthropic', model: 'claude-opus-4-7', ok: false, outcome: 'http-status', status: 529, errorType: 'overloaded_error', latencyMs: 300, detail: '529', samples: { total: 3, failed: 3 } },
  ],
  providers: [],
};
const FEED = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Status</title><entry><title>Elevated errors</title><updated>2026-06-01T10:00:00Z</updated><link href="https://status.example/i/1"/><content type="html">&lt;p&gt;Investigating&lt;/p&gt;</content></entry></feed>`;
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Status</title><item><title>Resolved: API errors</title><pubDate>Mon, 01 Jun 2026 10:00:00 GMT</pubDate><description><![CDATA[<p>Resolved</p>]]></description></item></channel></rss>`;

/** Runs the CLI in `dir` with its output swallowed; lint exits 1 on warnings, anything more is a broken build. */
async function cli(bundle, argv, dir) {
  const write = { out: process.stdout.write, err: process.stderr.write };
  let said = '';
  process.chdir(dir); // no project config of the repository's is read
  process.stdout.write = () => true;
  process.stderr.write = (s) => ((said += s), true);
  const code = await bundle.exports.main(argv).finally(() => ((process.stdout.write = write.out), (process.stderr.write = write.err)));
  if (code > 1) throw new Error(`layerpost ${argv[0]} exited ${code}: ${said.trim().split('\n').pop()}`);
}

const vendor = (name) => path.join(VENDOR, `${name}.cjs`);

/** Each workload, and the caches it writes: [file, command], a command's own cache of the bundle, or none for the rest. */
const CACHES = {
  draft: [[BUNDLE, 'draft']],
  lint: [[BUNDLE, 'lint']],
  general: [[BUNDLE], [vendor('yaml')]],
  undici: [[vendor('undici')]],
  xml: [[vendor('xml')]],
};

/** What each workload runs (in `tmp`); each returns the scripts it compiled. */
const WORKLOADS = {
  async draft(tmp) {
    const bundle = loadBundle({ cache: false });
    const evidence = path.join(tmp, 'evidence.json');
    fs.writeFileSync(evidence, JSON.stringify({ ...EVIDENCE, takenAt: new Date().toISOString() }));
    await cli(bundle, ['draft', '--from', evidence, '--layer', 'provider-api', '--phase', 'investigating', '--yes', '--out', path.join(tmp, 'drafts')], tmp);
    return bundle.scripts;
  },
  async lint(tmp) {
    const bundle = loadBundle({ cache: false });
    await cli(bundle, ['lint'], tmp);
    return bundle.scripts;
  },
  async general(tmp) {
    const bundle = loadBundle({ cache: false });
    await cli(bundle, ['init', tmp], tmp);
    await cli(bundle, ['layers'], tmp);
    return bundle.scripts;
  },
  async undici() {
    const { exports, scripts } = loadScript(vendor('undici'), { cache: false });
    const { Agent, request } = exports;
    const http = require('node:http');
    const server = http.createServer((req, res) => res.writeHead(req.url === '/slow' ? 503 : 200, { 'content-type': 'application/json' }).end('{"status":{"indicator":"none"}}'));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const agent = new Agent({ connect: { timeout: 2000 } });
    try {
      for (const p of ['/', '/slow', '/']) {
        const res = await request(`http://127.0.0.1:${server.address().port}${p}`, { dispatcher: agent, method: 'GET', headers: { accept: 'application/json' }, signal: AbortSignal.timeout(5000) });
        await res.body.text();
      }
    } finally {
      await agent.close();
      server.close();
    }
    return scripts;
  },
  async xml() {
    const { exports, scripts } = loadScript(vendor('xml'), { cache: false });
    const { XMLParser, XMLValidator } = exports;
    for (const doc of [FEED, RSS]) {
      if (XMLValidator.validate(doc) !== true) throw new Error('xml workload: invalid feed');
      new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(doc);
    }
    return scripts;
  },
};

/** In a Node of its own: run one workload, then write its caches. */
async function make(name) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'layerpost-code-cache-'));
  const cwd = process.cwd();
  try {
    const scripts = await WORKLOADS[name](tmp);
    process.chdir(cwd);
    for (const [file, command] of CACHES[name]) {
      const { script, stamp } = scripts.get(file) ?? {};
      if (!script) throw new Error(`${name} workload did not load ${path.relative(cwd, file)}`);
      const target = cacheFile(file, command);
      const part = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(part, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]));
      fs.renameSync(part, target);
    }
  } finally {
    process.chdir(cwd);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Each workload in a fresh Node, then a check that a fresh Node takes each of its caches. */
function makeAll() {
  const loader = JSON.stringify(require.resolve('../bin/bundle-loader.js'));
  const failed = [];
  for (const [name, caches] of Object.entries(CACHES)) {
    const check = caches.map(([file, command]) => `require(${loader}).loadScript(${JSON.stringify(file)}, { command: ${JSON.stringify(command)} }).cached`).join(' && ');
    // A fresh Node must accept the caches (a flag set by the workload, say, would make V8 refuse them on every run).
    // Another build running at the same time (a test file that builds first, say) can replace a file between its
    // cache's making and this check, and the stamp no longer fits: each cache gets three tries.
    let refused = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = spawnSync(process.execPath, [__filename, name], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error((r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').pop());
      const c = spawnSync(process.execPath, ['-e', `process.stdout.write(String(${check}))`], { encoding: 'utf8' });
      refused = c.stdout === 'true' ? '' : c.stdout || c.stderr.trim();
      if (!refused) break;
    }
    if (refused) failed.push(`${name} (${refused})`);
  }
  if (failed.length) throw new Error(`a fresh Node refused these code caches: ${failed.join(', ')}`);
}

/** Every cache file the workloads write. */
const cacheFiles = () => Object.values(CACHES).flatMap((caches) => caches.map(([file, command]) => cacheFile(file, command)));

/** Whether every cache exists and fits its file as it is now (same V8, size and modification time). */
function allFit() {
  return Object.values(CACHES).every((caches) =>
    caches.every(([file, command]) => {
      try {
        return cacheFits(file, command);
      } catch {
        return false; // the file itself is missing
      }
    }),
  );
}

// No argument: make them all. --if-stale: only when some cache does not fit (a rebuild that changed nothing keeps
// them). A workload name: that workload, in this Node (how makeAll runs each).
// Required (by the build, for the files to keep): nothing runs.
if (require.main === module) {
  const arg = process.argv[2];
  const job = arg === undefined || arg === '--if-stale' ? () => (arg && allFit() ? undefined : makeAll()) : () => make(arg);
  Promise.resolve().then(job).then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(`code-cache: ${err.message}\n`);
      process.exit(1);
    },
  );
}

module.exports = { cacheFiles };
