// node:module, fetched when a file first needs createRequire: an import at the top made every command load it, and
// with it Node's ES module loader and source maps (~0.3 ms), for a call that a built CLI rarely makes.

export function moduleApi(): typeof import('node:module') {
  return process.getBuiltinModule('node:module');
}
