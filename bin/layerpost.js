#!/usr/bin/env node
// Entry shim: the CLI (dist/cli.cjs, built by scripts/build.mjs) with its code cache (./code-cache.js).
// CommonJS (bin/package.json) so the shim itself starts without the ES module loader.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');

/** The bundle's exports, through the code cache unless NODE_DISABLE_COMPILE_CACHE is set or --verbose asks for src/ lines. */
function loadCli() {
  const codeCache = require('./code-cache.js');
  // `probe` keeps up to --concurrency requests in flight, and V8 doubles its young generation (to 32 MiB on Node 22
  // and 24) while they live: it stays at its first size, collected more often. (Before the bundle is compiled: V8's
  // code cache checks the flags it was made with.)
  if (codeCache.commandOf(args) === 'probe') require('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
  if (args.includes('--verbose')) {
    // Stack traces (shown with --verbose only) name src/ files and lines through the build's source map.
    process.setSourceMapsEnabled(true);
    return require(BUNDLE);
  }
  return codeCache.loadBundle(BUNDLE, args, { disabled: Boolean(process.env.NODE_DISABLE_COMPILE_CACHE) });
}

/** Keep-alive sockets or a stray timer must not hold an incident tool open. */
function finish(code) {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 100).unref();
}

/** The text of a bare --help, rendered by the build (scripts/build.mjs), or undefined before a build. */
function prerenderedHelp() {
  if (args.length !== 1 || (args[0] !== '--help' && args[0] !== '-h')) return undefined;
  try {
    return require('node:fs').readFileSync(join(__dirname, '..', 'dist', 'help.txt'), 'utf8');
  } catch {
    return undefined;
  }
}

/** A clone has no dist/ until its first build (npm builds it in prepare; `npm ci --ignore-scripts` does not): build it now, once. */
async function load() {
  try {
    return loadCli();
  } catch (err) {
    const build = join(__dirname, '..', 'scripts', 'build.mjs');
    if ((err?.code !== 'ENOENT' && err?.code !== 'MODULE_NOT_FOUND') || existsSync(BUNDLE) || !existsSync(build)) throw err;
    process.stderr.write('layerpost: no build yet in this clone: running `npm run build` first\n');
    const r = require('node:child_process').spawnSync(process.execPath, [build], { stdio: ['ignore', 2, 2] });
    if (r.status !== 0) throw err;
    return loadCli();
  }
}

const help = prerenderedHelp();
if (help !== undefined) {
  // A reader that closed early (`layerpost --help | head`) ends the run quietly, as the CLI's own output does.
  process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE') throw err;
  });
  process.stdout.write(help);
  finish(0);
} else
  load().then(
    ({ main }) => main(args).then(finish),
    (err) => {
      // Only a missing or broken build gets here: the CLI itself turns every error into a message and an exit code.
      process.stderr.write(`layerpost: cannot load the CLI (${err && err.message ? err.message.split('\n')[0] : err}); run \`npm run build\`\n`);
      finish(70);
    },
  );
