// Bundles src/ into dist/ with esbuild: one entry, lazily loaded command chunks, dependencies inlined.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';

/**
 * Start-up is parse time: keep dead weight out of the bundle.
 * - core-js polyfills that twitter-text imports for old browsers: Node 20+ has every one of them built in.
 * - of twitter-text, only parseTweet from its ES module build (not autolinking, extraction, …).
 * - handlebars' optional source-map (used only for precompiled source maps; it falls back to its own shim).
 * - of undici, only Agent and request() (not fetch, WebSocket, EventSource, the cache or the mocks): half its load time.
 * - commander's node:child_process (for executable subcommands, which layerpost has none of) loads on first use only:
 *   Node builds child_process, net and dgram for it, ~15 M instructions on every command.
 */
const trimDependencies = {
  name: 'trim-dependencies',
  setup(b) {
    b.onResolve({ filter: /^core-js\/modules\// }, () => ({ path: 'core-js-polyfill', namespace: 'empty' }));
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'empty' }));
    b.onResolve({ filter: /^twitter-text$/ }, () => ({ path: fileURLToPath(new URL('./twitter-text-parse-tweet.mjs', import.meta.url)) }));
    b.onResolve({ filter: /^undici$/ }, () => ({ path: fileURLToPath(new URL('./undici-request.cjs', import.meta.url)) }));
    b.onResolve({ filter: /^(node:)?child_process$/ }, (a) => (/node_modules[\\/]commander[\\/]/.test(a.importer) ? { path: 'node:child_process', namespace: 'on-first-use' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (a) => ({ contents: `module.exports = new Proxy({}, { get: (_, key) => require(${JSON.stringify(a.path)})[key] });`, loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

// dist is overwritten in place, not removed: parallel builds and running tests must never see it missing.
const result = await build({
  entryPoints: { cli: 'src/cli.ts', 'templates-options': 'src/templates/set.ts' },
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
// What each output holds and imports: the start-up test reads it (the minified code has no module comments).
await (await import('node:fs/promises')).writeFile(new URL('../dist/meta.json', import.meta.url), JSON.stringify(result.metafile));
// The embedded templates, precompiled with the compile options of src/templates/set.ts (read from the bundle),
// so a draft on the embedded set needs only the Handlebars runtime. Each keeps its source: a template on disk that
// differs from it (an edited install) is compiled at run time instead.
{
  const { readdir, writeFile } = await import('node:fs/promises');
  const { default: Handlebars } = await import('handlebars');
  const { COMPILE_OPTIONS } = await import(new URL(`../dist/templates-options.js?${Date.now()}`, import.meta.url).href);
  const root = new URL('../templates/', import.meta.url);
  const entries = [];
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.hbs')) continue;
    const rel = join(relative(fileURLToPath(root), e.parentPath ?? e.path), e.name).split(sep).join('/');
    const source = await readFile(new URL(rel, root), 'utf8');
    entries.push(`  ${JSON.stringify(rel.replace(/\.hbs$/, ''))}: { source: ${JSON.stringify(source)}, spec: ${Handlebars.precompile(source, structuredClone(COMPILE_OPTIONS))} }`);
  }
  entries.sort();
  await writeFile(
    new URL('../dist/templates.js', import.meta.url),
    `// Generated by scripts/build.mjs: the embedded templates, precompiled.\nexport const options = ${JSON.stringify(COMPILE_OPTIONS)};\nexport const templates = {\n${entries.join(',\n')}\n};\n`,
  );
}
// `layerpost --help` is printed from text made here, so the most common first command loads no parser at all.
{
  const { writeFile } = await import('node:fs/promises');
  const cli = await import(new URL(`../dist/cli.js?${Date.now()}`, import.meta.url).href);
  const help = cli.buildProgram(async () => {}).helpInformation();
  // CommonJS, for the CommonJS entry shim (bin/layerpost.js) to require without starting the ES module loader.
  await writeFile(new URL('../dist/help.cjs', import.meta.url), `// Generated by scripts/build.mjs from the commander program.\nexports.help = ${JSON.stringify(help)};\n`);
}
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}
