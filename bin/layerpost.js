#!/usr/bin/env node
// Entry shim: compile cache on, then the bundled CLI (or, for a bare --help, its pre-rendered text).
import module from 'node:module';
module.enableCompileCache?.();
const args = process.argv.slice(2);
let code = 0;
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  const { help } = await import('../dist/help.js');
  process.stdout.write(help);
} else {
  // Node 20 (V8 11) re-compiles undici's WebAssembly HTTP parser with TurboFan in the background, and exit waits for
  // that compile: every command that made a request ended ~100 ms after its work. Baseline (Liftoff) code parses
  // HTTP just as well. Node 22+ does not wait (and loading node:v8 there costs more than it would save).
  if (process.versions.node.startsWith('20.')) (await import('node:v8')).setFlagsFromString('--liftoff-only');
  const { main } = await import('../dist/cli.js');
  code = await main(args);
}
process.exitCode = code;
// Keep-alive sockets or a stray timer must not hold an incident tool open.
setTimeout(() => process.exit(code), 100).unref();
