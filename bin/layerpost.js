#!/usr/bin/env node
// Entry shim: the bundled CLI with its code cache (bin/bundle-loader.js), or, for a bare --help, its pre-rendered text.
// CommonJS (bin/package.json): Node starts a CommonJS entry ~6 ms sooner than an ES module one, which is most of
// what a bare --help costs beyond Node itself.
'use strict';
// Node 22+: its own compile cache, for when the bundle's cache does not fit this Node (see bundle-loader.js).
require('node:module').enableCompileCache?.();
const args = process.argv.slice(2);

/** Keep-alive sockets or a stray timer must not hold an incident tool open. */
function finish(code) {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 100).unref();
}

/** The command word, for the code cache made for it (a wrong guess costs speed, never correctness). */
function commandOf(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-c' || argv[i] === '--config') i++;
    else if (!argv[i].startsWith('-')) return argv[i];
  }
  return undefined;
}

/** The help text rendered by the build, or undefined before a build (the CLI below then says what to run). */
function prerenderedHelp() {
  try {
    return require('../dist/help.cjs').help;
  } catch {
    return undefined;
  }
}

const help = args.length === 1 && (args[0] === '--help' || args[0] === '-h') ? prerenderedHelp() : undefined;
if (help !== undefined) {
  process.stdout.write(help);
  finish(0);
} else {
  let main;
  try {
    ({ main } = require('./bundle-loader.js').loadBundle({ command: commandOf(args) }).exports);
  } catch (err) {
    // Only a missing or broken build gets here: the CLI itself turns every error into a message and an exit code.
    process.stderr.write(`layerpost: cannot load the CLI (${err && err.message ? err.message.split('\n')[0] : err}); run \`npm run build\`\n`);
    finish(70);
  }
  if (main) main(args).then(finish);
}
