// Loads the CLI bundle (dist/cli.cjs) and the vendor files it requires (dist/vendor/*.cjs) with the V8 code caches
// the build made for them (scripts/code-cache.cjs). Compiling the bundle and the functions a command calls is most of
// what layerpost adds to Node's own start; with a cache V8 takes ready bytecode instead (draft: 468 M → 293 M
// instructions on Node 20). Node 20 has no compile cache of its own, and Node 22's (module.enableCompileCache)
// keeps only what is compiled at load time.
//
// A cache is used only when it was made for this V8 and this very file: its first line names the V8 version and the
// file's size and modification time. Anything else (another Node, an edited file, a build in progress) loads the
// file with require(), where Node 22+ uses its own compile cache.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli.cjs');

/**
 * The bundle has one cache per command the build ran (draft, lint) and one for the rest, a vendor file one: V8 reads
 * a whole cache at start, so a command's own cache holds only what that command compiles.
 */
const cacheFile = (file, command) => (command ? `${file}.${command}.cache` : `${file}.cache`);

/** The first line of a cache file that fits a file with these stats. */
function stampFor(stat) {
  return `layerpost code cache v1 v8=${process.versions.v8} size=${stat.size} mtime=${Math.trunc(stat.mtimeMs)}\n`;
}

function read(cachePath) {
  try {
    return fs.readFileSync(cachePath);
  } catch {
    return undefined;
  }
}

/** The cached data in `buf` when its first line is `stamp`, else undefined. */
function fitting(buf, stamp) {
  return buf && buf.subarray(0, stamp.length).toString('latin1') === stamp ? buf.subarray(stamp.length) : undefined;
}

/** The cached data for `command` (or, when the build made none for it, the general one) that fits `stamp`. */
function cacheFor(file, stamp, command) {
  return fitting((command && read(cacheFile(file, command))) || read(cacheFile(file)), stamp);
}

/** Whether the cache made for `file` and `command` (that one, no other) fits the file as it is now. */
const cacheFits = (file, command) => fitting(read(cacheFile(file, command)), stampFor(fs.statSync(file))) !== undefined;

/**
 * Loads `file` as CommonJS, compiled with its cache when one fits. With `cache: false` (the build, making the caches)
 * it is compiled without one, and every compiled script is recorded in `scripts` (file → { script, stamp }) for
 * createCachedData(). Its require() of ./vendor/*.cjs loads those the same way, once each.
 */
function loadScript(file, { cache = true, command, scripts = new Map(), vendors = new Map() } = {}) {
  const stamp = stampFor(fs.statSync(file));
  const cachedData = cache ? cacheFor(file, stamp, /^[a-z][a-z-]*$/.test(command ?? '') ? command : undefined) : undefined;
  if (cache && cachedData === undefined) return { exports: require(file), cached: false, scripts };
  const vm = require('node:vm');
  const Module = require('node:module');
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  scripts.set(file, { script, stamp });
  const plain = Module.createRequire(file);
  const vendor = (id) => {
    const target = path.join(path.dirname(file), id);
    if (!vendors.has(target)) vendors.set(target, loadScript(target, { cache, scripts, vendors }).exports);
    return vendors.get(target);
  };
  const req = Object.assign((id) => (id.startsWith('./vendor/') ? vendor(id) : plain(id)), { resolve: plain.resolve, cache: plain.cache });
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, cached: cachedData !== undefined && !script.cachedDataRejected, scripts };
}

/** The CLI bundle's exports, with the cache made for `command`. */
const loadBundle = (opts = {}) => loadScript(BUNDLE, opts);

module.exports = { BUNDLE, cacheFile, cacheFits, loadBundle, loadScript, stampFor };
