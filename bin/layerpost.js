#!/usr/bin/env node
// Entry shim: the CLI (dist/cli.cjs, built by scripts/build.mjs) through its code cache (./code-cache.js).
// CommonJS (bin/package.json) so the shim itself starts without the ES module loader.
'use strict';
const args = process.argv.slice(2);
const { main } = require('./code-cache.js').load(require('node:path').join(__dirname, '..', 'dist', 'cli.cjs'), args);
main(args).then((code) => {
  process.exitCode = code;
  // The command is done: once its output has reached the pipe or terminal, end now rather than after Node frees the
  // heap (~5–13 ms after a lint). Output still queued for a slow reader is waited for: the run ends as it would.
  if (!process.stdout.writableLength && !process.stderr.writableLength) process.exit();
});
