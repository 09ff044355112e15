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
  const { main } = await import('../dist/cli.js');
  code = await main(args);
}
process.exitCode = code;
// Keep-alive sockets or a stray timer must not hold an incident tool open.
setTimeout(() => process.exit(code), 100).unref();
