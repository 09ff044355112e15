// Makes dist/cli.cjs.cache, the V8 code cache of the CLI bundle (see bin/bundle-loader.js). Run by scripts/build.mjs
// in a Node of its own: V8 refuses a cache made under other flags, so nothing here may set one.
//
// V8 caches the functions compiled so far, so the bundle first runs the commands whose speed matters, on local
// data only: `draft` of every channel from an evidence file (the incident path) and `lint` of the embedded templates.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { CACHE, loadBundle } = require('../bin/bundle-loader.js');

async function main() {
  const { exports: cli, script, stamp } = loadBundle({ cache: false });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'layerpost-code-cache-'));
  try {
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
    const runs = [
      ['draft', '--from', evidence, '--layer', 'provider-api', '--phase', 'investigating', '--yes', '--out', path.join(tmp, 'drafts')],
      ['lint'],
    ];
    const cwd = process.cwd();
    const write = { out: process.stdout.write, err: process.stderr.write };
    process.chdir(tmp); // no project config of the repository's is read
    for (const argv of runs) {
      let said = '';
      process.stdout.write = () => true;
      process.stderr.write = (s) => ((said += s), true);
      const code = await cli.main(argv).finally(() => ((process.stdout.write = write.out), (process.stderr.write = write.err)));
      // lint exits 1 on warnings; anything past that is a broken build, and a cache of it is worth nothing.
      if (code > 1) throw new Error(`layerpost ${argv[0]} exited ${code}: ${said.trim().split('\n').pop()}`);
    }
    process.chdir(cwd);
    const part = `${CACHE}.${process.pid}.tmp`;
    fs.writeFileSync(part, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]));
    fs.renameSync(part, CACHE);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // A fresh Node must accept it (a flag set above, say, would make V8 refuse it on every run).
  const check = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(require.resolve('../bin/bundle-loader.js'))}).loadBundle().cached))`], { encoding: 'utf8' });
  if (check.stdout !== 'true') {
    fs.rmSync(CACHE, { force: true });
    throw new Error(`a fresh Node refused the code cache (${check.stdout || check.stderr.trim()})`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`code-cache: ${err.message}\n`);
    process.exit(1);
  },
);
