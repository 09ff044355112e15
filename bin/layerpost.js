#!/usr/bin/env node
// Entry shim: Node's compile cache in the OS cache directory, then the CLI (dist/cli.js, built by scripts/build.mjs).
// CommonJS (bin/package.json) so the shim itself starts without the ES module loader.
'use strict';
const { existsSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

const args = process.argv.slice(2);

/** Where compiled code is kept between runs; NODE_DISABLE_COMPILE_CACHE=1 turns it off, NODE_COMPILE_CACHE moves it. */
function cacheDir() {
  const env = process.env;
  if (process.platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'layerpost', 'Cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'layerpost');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'layerpost');
}

// Node 22.1+; Node 20 runs without it.
require('node:module').enableCompileCache?.(cacheDir());
// Stack traces (shown with --verbose only) name src/ files and lines through the build's source maps.
if (args.includes('--verbose')) process.setSourceMapsEnabled(true);

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
    return await import('../dist/cli.js');
  } catch (err) {
    const build = join(__dirname, '..', 'scripts', 'build.mjs');
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || existsSync(join(__dirname, '..', 'dist', 'cli.js')) || !existsSync(build)) throw err;
    process.stderr.write('layerpost: no build yet in this clone: running `npm run build` first\n');
    const r = require('node:child_process').spawnSync(process.execPath, [build], { stdio: ['ignore', 2, 2] });
    if (r.status !== 0) throw err;
    return import('../dist/cli.js');
  }
}

const help = prerenderedHelp();
if (help !== undefined) {
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
