// How the shim (bin/layerpost.js) starts the CLI, the one module of start-up caching: the bundle (dist/cli.cjs) run
// with a V8 code cache of its own, written when a run ends, so the functions the command compiled while running are in
// it (Node's compile cache is written before they run), and read on later runs; and a bare --help as the build
// rendered it.
'use strict';
const { isAscii } = require('node:buffer');
const fs = require('node:fs');
const { homedir } = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
// The CommonJS loader's own class (what require('node:module') exports), without loading that public module: it
// brings the ES module loader and source maps with it (~0.3 ms), which the CLI never needs to start.
const Module = module.constructor;

/** A cache per command: each holds the functions that command runs. Anything else shares one. */
const COMMANDS = new Set(['draft', 'lint', 'probe', 'status', 'review', 'layers', 'init', 'demo']);

/**
 * The command a run is for ('draft', …), or 'other': each command has a cache of its own. It is the first word that is
 * not an option, as commander reads it: global options may come first (`layerpost --no-color probe`), and the word after
 * `-c`/`--config` (or a group of short flags ending in c, `-qc`) is the config file, not the command.
 */
function commandOf(args) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') return 'other';
    if (!arg.startsWith('-') || arg === '-') return COMMANDS.has(arg) ? arg : 'other';
    if (arg === '--config' || /^-[^-]*c$/.test(arg)) i++;
  }
  return 'other';
}

/** The user's cache folder (the root whose ownership is checked), by platform. */
function cacheRoot(env = process.env, platform = process.platform) {
  if (platform === 'win32') return env.LOCALAPPDATA || path.join(homedir(), 'AppData', 'Local');
  if (platform === 'darwin') return path.join(homedir(), 'Library', 'Caches');
  return env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
}

/**
 * Why a folder may not hold code that runs as this user, or undefined when it may: it must be a folder owned by the
 * user that neither group nor others can write (another user who made it first could plant an entry that runs as us).
 */
function unsafeReason(st, uid) {
  if (!st.isDirectory()) return 'not a folder';
  if (uid !== undefined && st.uid !== uid) return `owned by uid ${st.uid}`;
  if (uid !== undefined && (st.mode & 0o022) !== 0) return `writable by ${st.mode & 0o020 ? 'its group' : 'others'}`;
  return undefined;
}

/**
 * The cache folder (ROOT/layerpost/v8), made 0700 where missing, when every folder from the root down passes
 * unsafeReason; else undefined and the run goes without a cache. Windows keeps it in the user's own profile.
 */
function cacheDir(root = cacheRoot()) {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  let dir = root;
  for (const part of ['', 'layerpost', 'v8']) {
    dir = part ? path.join(dir, part) : dir;
    let st;
    try {
      // The root may be a link the user made (~/.cache elsewhere); below it, a link is refused as any other intruder.
      st = part ? fs.lstatSync(dir) : fs.statSync(dir);
    } catch (err) {
      if (err.code !== 'ENOENT') return undefined;
      try {
        fs.mkdirSync(dir, { mode: 0o700 });
        st = fs.lstatSync(dir);
      } catch {
        return undefined;
      }
    }
    if (unsafeReason(st, uid) !== undefined) return undefined;
  }
  return dir;
}

/**
 * The bundle's identity: the build writes the SHA-256 of the rest of the file on its first line. V8 accepts a cache
 * made for any source of the same length, so the name of a cache holds this hash and the Node version.
 */
function bundleHash(source) {
  const m = /^\/\/ layerpost-bundle sha256=([0-9a-f]{64})\n/.exec(source);
  return m ? m[1] : undefined;
}

/** Reads a cache file when it is a regular file of ours (nobody else can write the folder; checked anyway). */
function readCache(file) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0));
    const st = fs.fstatSync(fd);
    if (
      !st.isFile() ||
      (typeof process.getuid === 'function' && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0))
    )
      return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Writes the cache (beside it, then renamed) and removes the `stale` ones (this Node's, of other builds). Never fails
 * the run.
 */
function writeCache(dir, name, stale, data) {
  try {
    const file = path.join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, file);
    for (const other of fs.readdirSync(dir)) if (stale(other)) fs.rmSync(path.join(dir, other), { force: true });
  } catch {
    // a full disk or a folder gone: the next run makes it again
  }
}

/** A built script's source: ASCII, as the build writes it (scripts/bundle-options.mjs), read one byte a character. */
function readSource(file) {
  const bytes = fs.readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Compiles and runs the CommonJS script FILE (its SOURCE) with REQUIRE as its require, and returns its exports. With a
 * CACHE ({ dir, name, stale }), the compiled code comes from the cache file when there is one; when there was none (or
 * V8 refused it), one is written as the run exits with 0 or 1, holding what the run compiled, and the `stale` files of
 * the folder are removed.
 */
function runScript(file, source, cache, require) {
  const cachedData = cache ? readCache(path.join(cache.dir, cache.name)) : undefined;
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cache && (!cachedData || script.cachedDataRejected))
    process.once('exit', (code) => {
      if (code !== 0 && code !== 1) return;
      writeCache(cache.dir, cache.name, cache.stale, script.createCachedData());
    });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, require, mod, file, path.dirname(file));
  return mod.exports;
}

/** A side script's name as the bundle requires it (`./yaml.cjs`: scripts/bundle-options.mjs SIDE_SCRIPTS). */
const SIDE_SCRIPT = /^\.\/([a-z][a-z0-9-]*)\.cjs$/;

/**
 * Loads the bundle FILE and returns its exports. With a cache folder (cacheDir) and a stamped bundle, the compiled
 * code comes from the cache when there is one for this Node, bundle and command (runScript). The packages only some
 * runs need are side scripts beside it (dist/NAME.cjs, stamped too), each loaded when the bundle first requires it,
 * with a cache of its own for the command: NODE-BUNDLE-COMMAND-NAME-SIDEHASH.v8. A new build's first run removes this
 * Node's caches of other builds, side scripts' included; a side script's, those of its other contents.
 */
function loadBundle(file, args, opts = {}) {
  const source = readSource(file);
  const hash = bundleHash(source);
  const dir = hash && !opts.disabled ? cacheDir(opts.root) : undefined;
  const prefix = `${process.version}-${process.arch}-`;
  const name = `${prefix}${hash}-${commandOf(args)}`;
  const base = Module.createRequire(file);
  const sides = new Map();
  const require = (id) => {
    const side = SIDE_SCRIPT.exec(id);
    if (!side) return base(id);
    let exports = sides.get(side[1]);
    if (exports === undefined) {
      const sideFile = path.join(path.dirname(file), id);
      const sideSource = readSource(sideFile);
      const sideHash = bundleHash(sideSource);
      const of = `${name}-${side[1]}-`;
      const own = `${of}${sideHash}.v8`;
      const cache =
        dir && sideHash ? { dir, name: own, stale: (other) => other.startsWith(of) && other !== own } : undefined;
      exports = runScript(sideFile, sideSource, cache, Module.createRequire(sideFile));
      sides.set(side[1], exports);
    }
    return exports;
  };
  Object.assign(require, { resolve: base.resolve, cache: base.cache, main: base.main, extensions: base.extensions });
  const cache = dir
    ? {
        dir,
        name: `${name}.v8`,
        stale: (other) => other.startsWith(prefix) && !other.startsWith(`${prefix}${hash}-`),
      }
    : undefined;
  return runScript(file, source, cache, require);
}

/**
 * A bare `--help`, the most common first command, as the build rendered it (dist/help.txt beside the bundle): printed
 * without loading the CLI, which alone costs more than a help text's budget. Undefined for any other run or before a
 * build.
 */
function renderedHelp(file, args) {
  if (args.length !== 1 || (args[0] !== '--help' && args[0] !== '-h')) return undefined;
  let text;
  try {
    text = fs.readFileSync(path.join(path.dirname(file), 'help.txt'), 'utf8');
  } catch {
    return undefined;
  }
  return {
    main: async () => {
      // A reader that closed early (`layerpost --help | head`) ends the run quietly, as the CLI's own output does.
      process.stdout.on('error', (err) => {
        if (err.code !== 'EPIPE') throw err;
      });
      process.stdout.write(text);
      return 0;
    },
  };
}

/**
 * The V8 flags a run sets before the bundle is compiled (V8 stamps a code cache with a hash of its flags and refuses
 * one made under others): only `probe` sets any. Every other command runs with V8's defaults.
 *
 * `probe` keeps up to --concurrency requests in flight, and V8 doubles its young generation (to 32 MiB on Node 22 and
 * 24) while they live: it stays at its first size, collected more often, which only holds when set before anything
 * runs. Their answers make code hot that V8 would recompile on background threads, whose memory stays resident to the
 * end of the run: undici's HTTP parser (WebAssembly) stays on the baseline compiler (--liftoff-only is not applied
 * after start-up; these two are what it implies), and no JavaScript goes through Maglev, the middle tier. 1000 probes
 * peak ~15 MiB lower on Node 24. Its network modules load as it runs, after any point a flag could wait for.
 *
 * No flag that changes how code already compiled runs. Runs used to compile regular expressions to machine code at
 * once (--no-regexp-tier-up, set as they started, or once the command was loaded): a pattern V8 had compiled to
 * bytecode before that, matched again through V8's runtime, jumped into the interpreter's trampoline as if it were
 * machine code. Cores of four such crashes (SIGSEGV, under Node 24, ~1 run in 200 that wrote a cache) all stop in
 * NativeRegExpMacroAssembler::Execute at that trampoline; 714 such runs without the flag had none. It saved
 * 4-11 % of a draft's instructions and 4-9 % of a lint's (two measurements, an hour apart).
 */
function v8Flags(args) {
  if (commandOf(args) !== 'probe') return [];
  return ['--semi-space-growth-factor=1', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering', '--no-maglev'];
}

/**
 * What the shim runs: the CLI bundle FILE's exports ({ main }), through the code cache unless
 * NODE_DISABLE_COMPILE_CACHE is set or --verbose asks for src/ lines in stack traces, after the run's V8 flags
 * (v8Flags). Before a build (no FILE) it says what to run, exit 70.
 */
function load(file, args) {
  const help = renderedHelp(file, args);
  if (help) return help;
  const flags = v8Flags(args);
  if (flags.length) {
    const v8 = require('node:v8');
    for (const flag of flags) v8.setFlagsFromString(flag);
  }
  try {
    const disabled = Boolean(process.env.NODE_DISABLE_COMPILE_CACHE);
    if (args.includes('--verbose')) {
      process.setSourceMapsEnabled(true);
      return require(file);
    }
    return loadBundle(file, args, { disabled });
  } catch (err) {
    // Only a missing or broken build gets here: the CLI itself turns every error into a message and an exit code.
    const why = err && err.message ? err.message.split('\n')[0] : String(err);
    process.stderr.write(`layerpost: cannot load the CLI (${why}); run \`npm run build\`\n`);
    process.exit(70);
  }
}

module.exports = { load, loadBundle, commandOf, cacheDir, cacheRoot, bundleHash, unsafeReason, v8Flags };
