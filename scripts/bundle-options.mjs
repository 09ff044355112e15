// The esbuild options of the CLI bundle, shared by scripts/build.mjs and the start-up test (which rebuilds it
// unminified to see which modules each command initialises).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * Start-up is parse time: keep dead weight out of the bundle.
 * - core-js polyfills that twitter-text imports for old browsers: Node 20+ has every one of them built in.
 * - of twitter-text, only parseTweet from its ES module build (not autolinking, extraction, …).
 * - handlebars' optional source-map (used only for precompiled source maps; it falls back to its own shim).
 * - commander's node:child_process (for executable subcommands, which layerpost has none of) loads on first use only:
 *   Node builds child_process, net and dgram for it, ~15 M instructions on every command.
 */
export const trimDependencies = {
  name: 'trim-dependencies',
  setup(b) {
    b.onResolve({ filter: /^core-js\/modules\// }, () => ({ path: 'core-js-polyfill', namespace: 'empty' }));
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'empty' }));
    b.onResolve({ filter: /^twitter-text$/ }, () => ({ path: here('./twitter-text-parse-tweet.mjs') }));
    b.onResolve({ filter: /^(node:)?child_process$/ }, (a) => (/node_modules[\\/]commander[\\/]/.test(a.importer) ? { path: 'node:child_process', namespace: 'on-first-use' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (a) => ({ contents: `module.exports = new Proxy({}, { get: (_, key) => require(${JSON.stringify(a.path)})[key] });`, loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/**
 * Large libraries that only some commands load are files of their own in dist/vendor/, required on first use: the
 * bundle every command reads stays a third of the size (reading and decoding 1.6 MB of source cost ~7 ms per run).
 * Each is a specifier the source imports → its file's name.
 */
export const VENDOR = {
  '@inquirer/prompts': 'inquirer', // prompts, only on a terminal (600 KB with its editor's encodings)
  undici: 'undici', // HTTP, only commands that make requests (scripts/undici-request.cjs)
  yaml: 'yaml', // config and answers files in YAML
  'fast-xml-parser': 'xml', // RSS/Atom status feeds
};

/**
 * The vendor files' entries, for esbuild. Of undici only Agent and request() (scripts/undici-request.cjs), not fetch,
 * WebSocket, EventSource, the cache or the mocks: half its load time.
 */
export const vendorEntries = () => Object.fromEntries(Object.entries(VENDOR).map(([spec, name]) => [name, spec === 'undici' ? here('./undici-request.cjs') : spec]));

/**
 * In the CLI bundle, each vendor library is a module that require()s its file: import() of it becomes esbuild's
 * lazy initialiser too, and the bundle keeps no import() (see cliBundleOptions).
 */
const vendorExternal = {
  name: 'vendor-external',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(VENDOR).map((k) => k.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (a) => ({ path: a.path, namespace: 'vendor' }));
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (a) => ({ contents: `module.exports = require(${JSON.stringify(`./vendor/${VENDOR[a.path]}.cjs`)});`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendor' }, (a) => ({ path: a.path, external: true }));
  },
};

/** The options shared by the CLI bundle and the vendor files. */
function commonOptions(minify) {
  return {
    absWorkingDir: ROOT,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.18',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    minify,
    // twitter-text requires "punycode", which Node 22+ resolves to its deprecated built-in (a warning on stderr).
    alias: { punycode: 'punycode/' },
  };
}

export async function vendorBundleOptions({ minify = !process.env.LAYERPOST_NO_MINIFY } = {}) {
  return { ...commonOptions(minify), entryPoints: vendorEntries(), outdir: 'dist/vendor', outExtension: { '.js': '.cjs' }, plugins: [trimDependencies] };
}

/**
 * One CommonJS file, dist/cli.cjs, with no import() left in it: the entry shim compiles it with V8's code cache
 * (bin/bundle-loader.js), which a vm.Script can only do for one script that loads the rest with require().
 * Modules reached only through import() stay lazy: esbuild wraps each in an initialiser that runs on first use.
 */
export async function cliBundleOptions({ minify = !process.env.LAYERPOST_NO_MINIFY } = {}) {
  const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  return {
    ...commonOptions(minify),
    entryPoints: { cli: 'src/cli.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    sourcemap: 'linked',
    plugins: [vendorExternal, trimDependencies],
    // src/ is ES modules; in the bundle import.meta.url is the bundle's own file URL.
    inject: [here('./import-meta-url.mjs')],
    define: { __LAYERPOST_VERSION__: JSON.stringify(version), 'import.meta.url': '__lpImportMetaUrl' },
  };
}
