// Makes the V8 code caches of the CLI bundle (see bin/bundle-loader.js): dist/cli.cjs.draft.cache,
// dist/cli.cjs.lint.cache and dist/cli.cjs.cache for every other command. Run by scripts/build.mjs.
//
// V8 caches the functions compiled so far, so each cache is made by a Node of its own that first runs its command
// on local data only: `draft` of every channel from an evidence file (the incident path), `lint` of the embedded
// templates, and `layers` (start-up and commander) for the rest. V8 refuses a cache made under other flags, so
// nothing here may set one (undici does on Node 20, which is why no workload touches the network).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { cacheFile, loadBundle } = require('../bin/bundle-loader.js');

const WORKLOADS = {
  draft: (tmp) => {
    const evidence = path.join(tmp, 'evidence.json');
    fs.writeFileSync(
      evidence,
      JSON.stringify({
        schema: 'layerpost.evidence/v1',
        takenAt: new Date().toISOString(),
        probes: [
          { id: 'app', layer: 'integration', ok: true, outcome: 'ok', status: 200, latencyMs: 40, detail: '200' },
          { id: 'opus', layer: 'model-endpoint', provider: 'anthropic', model: 'claude-opus-4-7', ok: false, outcome: 'http-status', status: 529, errorType: 'overloaded_error', latencyMs: 300, detail: '529', samples: { total: 3, failed: 3 } },
        ],
        providers: [],
      }),
    );
    return ['draft', '--from', evidence, '--layer', 'provider-api', '--phase', 'investigating', '--yes', '--out', path.join(tmp, 'drafts')];
  },
  lint: () => ['lint'],
  '': () => ['layers'],
};

/** In a Node of its own: run one workload, then write its cache. */
async function make(name) {
  const { exports: cli, script, stamp } = loadBundle({ cache: false });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'layerpost-code-cache-'));
  try {
    const argv = WORKLOADS[name](tmp);
    const write = { out: process.stdout.write, err: process.stderr.write };
    let said = '';
    process.chdir(tmp); // no project config of the repository's is read
    process.stdout.write = () => true;
    process.stderr.write = (s) => ((said += s), true);
    const code = await cli.main(argv).finally(() => ((process.stdout.write = write.out), (process.stderr.write = write.err)));
    // lint exits 1 on warnings; anything past that is a broken build, and a cache of it is worth nothing.
    if (code > 1) throw new Error(`layerpost ${argv[0]} exited ${code}: ${said.trim().split('\n').pop()}`);
    const file = cacheFile(name || undefined);
    const part = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(part, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]));
    fs.renameSync(part, file);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Each workload in a fresh Node, then a check that a fresh Node takes each cache. */
function makeAll() {
  for (const name of Object.keys(WORKLOADS)) {
    const r = spawnSync(process.execPath, [__filename, name || '--default'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error((r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').pop());
    // A fresh Node must accept it (a flag set by the workload, say, would make V8 refuse it on every run).
    const check = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(require.resolve('../bin/bundle-loader.js'))}).loadBundle({ command: ${JSON.stringify(name || undefined)} }).cached))`], { encoding: 'utf8' });
    if (check.stdout !== 'true') {
      fs.rmSync(cacheFile(name || undefined), { force: true });
      throw new Error(`a fresh Node refused the ${name || 'general'} code cache (${check.stdout || check.stderr.trim()})`);
    }
  }
}

const arg = process.argv[2];
(arg === undefined ? Promise.resolve().then(makeAll) : make(arg === '--default' ? '' : arg)).then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`code-cache: ${err.message}\n`);
    process.exit(1);
  },
);
