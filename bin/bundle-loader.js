// Loads the CLI bundle (dist/cli.cjs) with the V8 code cache the build made for it (dist/cli.cjs.cache).
// Compiling the 1.5 MB bundle and the functions a command calls is most of what layerpost adds to Node's own start;
// with the cache V8 takes ready bytecode instead (draft: 468 M → 324 M instructions on Node 20). Node 20 has no
// compile cache of its own, and Node 22's (module.enableCompileCache) keeps only what is compiled at load time.
//
// The cache is only used when it was made for this V8 and this very file: its first line names the V8 version and
// the bundle's size and modification time. Anything else (another Node, an edited bundle, a build in progress)
// loads the bundle with require(), where Node 22+ uses its own compile cache.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli.cjs');
/**
 * One cache per command the build ran (draft, lint), and one for the rest: V8 reads a whole cache at start, so a
 * command's own cache holds only what that command compiles (draft's is ~35 % smaller than draft's and lint's in one).
 */
const cacheFile = (command) => (command ? `${BUNDLE}.${command}.cache` : `${BUNDLE}.cache`);

/** The first line of a cache file that fits the bundle as it is now. */
function stampFor(stat) {
  return `layerpost code cache v1 v8=${process.versions.v8} size=${stat.size} mtime=${Math.trunc(stat.mtimeMs)}\n`;
}

/** The cached data for `command` (or, when the build made none for it, the general one) that fits `stamp`. */
function cacheFor(stamp, command) {
  let buf;
  try {
    buf = fs.readFileSync(cacheFile(command));
  } catch {
    if (command) return cacheFor(stamp, undefined);
    return undefined;
  }
  const head = buf.subarray(0, stamp.length).toString('latin1');
  return head === stamp ? buf.subarray(stamp.length) : undefined;
}

/**
 * The bundle's exports, compiled with the cache made for `command`. With `cache: false` (the build, making the
 * caches) it is compiled without one, and the compiled script is returned for createCachedData().
 */
function loadBundle({ cache = true, command } = {}) {
  const stat = fs.statSync(BUNDLE);
  const stamp = stampFor(stat);
  const cachedData = cache ? cacheFor(stamp, /^[a-z][a-z-]*$/.test(command ?? '') ? command : undefined) : undefined;
  if (cache && cachedData === undefined) return { exports: require(BUNDLE), script: undefined, stamp, cached: false };
  const vm = require('node:vm');
  const Module = require('node:module');
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const mod = { exports: {}, filename: BUNDLE, id: BUNDLE, loaded: false };
  script.runInThisContext()(mod.exports, Module.createRequire(BUNDLE), mod, BUNDLE, path.dirname(BUNDLE));
  mod.loaded = true;
  return { exports: mod.exports, script, stamp, cached: cachedData !== undefined && !script.cachedDataRejected };
}

module.exports = { BUNDLE, cacheFile, loadBundle, stampFor };
