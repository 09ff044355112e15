// Bundles src/ into dist/ with esbuild: one entry, lazily loaded command chunks, dependencies inlined.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Start-up is parse time: keep dead weight out of the bundle.
 * - core-js polyfills that twitter-text imports for old browsers: Node 20+ has every one of them built in.
 * - of twitter-text, only parseTweet from its ES module build (not autolinking, extraction, …).
 * - handlebars' optional source-map (used only for precompiled source maps; it falls back to its own shim).
 */
const trimDependencies = {
  name: 'trim-dependencies',
  setup(b) {
    b.onResolve({ filter: /^core-js\/modules\// }, () => ({ path: 'core-js-polyfill', namespace: 'empty' }));
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'empty' }));
    b.onResolve({ filter: /^twitter-text$/ }, () => ({ path: fileURLToPath(new URL('./twitter-text-parse-tweet.mjs', import.meta.url)) }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

// dist is overwritten in place, not removed: parallel builds and running tests must never see it missing.
const result = await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  sourcemap: 'linked',
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  // CommonJS dependencies (handlebars, twitter-text) call require() on Node built-ins.
  banner: { js: "import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  minify: !process.env.LAYERPOST_NO_MINIFY,
  plugins: [trimDependencies],
  // twitter-text requires "punycode", which Node 22+ resolves to its deprecated built-in (a warning on stderr).
  alias: { punycode: 'punycode/' },
  define: { __LAYERPOST_VERSION__: JSON.stringify(JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version) },
});
// Remove chunks that earlier builds left behind and this build did not write.
// Only with --clean: a build running beside tests must not pull chunks from under them.
if (process.argv.includes('--clean')) {
  const { readdir, rm } = await import('node:fs/promises');
  const written = new Set(Object.keys(result.metafile.outputs).map((p) => p.replace(/^dist\//, '')));
  for (const name of await readdir('dist/chunks').catch(() => [])) if (!written.has(`chunks/${name}`)) await rm(`dist/chunks/${name}`, { force: true });
}
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}
