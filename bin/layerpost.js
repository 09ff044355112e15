#!/usr/bin/env node
// Entry shim: compile cache on, then the bundled CLI.
import module from 'node:module';
module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Keep-alive sockets or a stray timer must not hold an incident tool open.
setTimeout(() => process.exit(code), 100).unref();
