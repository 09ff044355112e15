#!/usr/bin/env node
// Entry shim: the CLI (dist/cli.cjs, built by scripts/build.mjs) through its code cache (./code-cache.js).
// CommonJS (bin/package.json) so the shim itself starts without the ES module loader.
'use strict';
const args = process.argv.slice(2);
const { main } = require('./code-cache.js').load(require('node:path').join(__dirname, '..', 'dist', 'cli.cjs'), args);
main(args).then((code) => (process.exitCode = code));
