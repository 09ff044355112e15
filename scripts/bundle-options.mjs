// The esbuild options of the CLI: ES modules split per command, so each command loads only the code it reaches.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Keep dead weight out of the bundle:
 * - core-js polyfills that twitter-text imports for old browsers: Node 20+ has every one built in;
 * - of twitter-text, only parseTweet (undici is bundled whole, through its public entry: a side script, below);
 * - handlebars' optional source-map (it falls back to its own shim);
 * - commander's node:child_process (for executable subcommands, which layerpost has none of): commander gets
 *   scripts/commander-child-process.cjs, whose spawn() requires the real module when called, so Node does not build
 *   child_process, net and dgram on every command.
 */
export const trimDependencies = {
  name: 'trim-dependencies',
  setup(b) {
    b.onResolve({ filter: /^core-js\/modules\// }, () => ({ path: 'core-js-polyfill', namespace: 'empty' }));
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'empty' }));
    b.onResolve({ filter: /^twitter-text$/ }, () => ({ path: here('./twitter-text-parse-tweet.mjs') }));
    const fromCommander = (a) => /node_modules[\\/]commander[\\/]/.test(a.importer);
    const childProcess = here('./commander-child-process.cjs');
    b.onResolve({ filter: /^(node:)?child_process$/ }, (a) => (fromCommander(a) ? { path: childProcess } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

export async function cliBundleOptions({ minify = !process.env.LAYERPOST_NO_MINIFY } = {}) {
  const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  return {
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.18',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    minify,
    // Read by Node only with --verbose (bin/layerpost.js), so a bug's stack trace names src/ files and lines; the
    // mappings alone do that, without a copy of the sources.
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [trimDependencies],
    // The bundled CommonJS libraries require() Node's built-ins; an ES module has no require of its own.
    banner: {
      js: "import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);",
    },
    // twitter-text requires "punycode", which Node 22+ resolves to its deprecated built-in (a warning on stderr).
    alias: { punycode: 'punycode/' },
    define: {
      __LAYERPOST_VERSION__: JSON.stringify(version),
      // undici's cookie helpers (unused here) accept Node's global Headers too, read once as undici loads: that read
      // builds Node's own copy of undici (~200 M instructions, 12-16 MiB) for every network command.
      'globalThis.Headers': 'undefined',
    },
  };
}

/**
 * Packages only some runs need, kept out of the CommonJS script in files of their own (dist/NAME.cjs), required when
 * a command first uses them: V8 reads a script whole the first time (before its code cache exists), and these are
 * half of it. undici: probes and status fetches; @inquirer/prompts (with its encodings): interactive prompts.
 */
export const SIDE_SCRIPTS = { undici: 'undici.cjs', '@inquirer/prompts': 'inquirer.cjs' };

const sideScripts = {
  name: 'side-scripts',
  setup(b) {
    b.onResolve({ filter: /^(undici|@inquirer\/prompts)$/ }, (a) => ({
      path: `./${SIDE_SCRIPTS[a.path]}`,
      external: true,
    }));
  },
};

/**
 * The CLI as one CommonJS file, dist/cli.cjs, what bin/layerpost.js runs (through bin/code-cache.js): one script V8
 * can cache whole, with each command's modules still evaluated only when the command is called.
 */
export async function cliScriptOptions(opts) {
  const esm = await cliBundleOptions(opts);
  const { chunkNames, outdir, banner, ...rest } = esm;
  return {
    ...rest,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.cjs',
    splitting: false,
    format: 'cjs',
    plugins: [sideScripts, ...esm.plugins],
    // import() of a side script is a require() of it, beside this file.
    supported: { 'dynamic-import': false },
    // The precompiled templates (dist/templates.cjs, built first) are part of the script, so its code cache holds them.
    inject: [here('./templates-inject.mjs')],
    // ES modules are strict: so is this script, from its first statement. The bundled modules ask for their own URL
    // (import.meta.url): the file's, from CommonJS's __filename.
    banner: { js: "'use strict';const __lpImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { ...esm.define, 'import.meta.url': '__lpImportMetaUrl' },
  };
}

/** The esbuild options of one side script (SIDE_SCRIPTS): the package as CommonJS, trimmed as the CLI's bundle is. */
export async function sideScriptOptions(pkg, opts) {
  const esm = await cliBundleOptions(opts);
  const { chunkNames, outdir, banner, entryPoints, metafile, ...rest } = esm;
  return {
    ...rest,
    stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: ROOT, loader: 'js' },
    outfile: `dist/${SIDE_SCRIPTS[pkg]}`,
    splitting: false,
    format: 'cjs',
    sourcemap: false,
  };
}
