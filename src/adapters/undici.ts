// undici, for every HTTP request layerpost makes: imported from here so that on Node 20 WebAssembly stays on V8's
// baseline compiler before undici compiles its HTTP parser. Node 20 (V8 11) otherwise re-compiles that parser with
// TurboFan in the background, and process exit waits for the compile: every command that made a request ended
// ~100 ms after its work. Liftoff code parses HTTP just as well; Node 22+ does not wait. Commands that make no request
// never load this module (nor node:v8).
if (process.versions.node.startsWith('20.')) process.getBuiltinModule('node:v8').setFlagsFromString('--liftoff-only');

export { Agent, request } from 'undici';
export type { Dispatcher } from 'undici';
