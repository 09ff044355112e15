// Builds dist/: the CLI as ES modules split per command and as one CommonJS script (scripts/bundle-options.mjs), the
// embedded and review templates compiled to JavaScript, the side scripts, lint's scans and the --help text. Run from anywhere; `--clean` also removes files that earlier
// builds left and this one did not write, `--analyze` prints what the bundle holds. A build whose inputs are what the
// last one built from writes nothing (test files build before they start: the suite builds once).
import { build, transform } from 'esbuild';
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import {
  ROOT,
  SIDE_SCRIPTS,
  asciiSource,
  cliBundleOptions,
  cliScriptOptions,
  sideScriptOptions,
} from './bundle-options.mjs';

const analyze = process.argv.includes('--analyze');

const dist = (file) => join(ROOT, 'dist', file);
/**
 * Written beside the target, then renamed, and only when the bytes differ: a test running beside a build (several
 * test files build before they start) never reads half a file.
 */
async function writeAtomic(file, contents) {
  const bytes =
    typeof contents === 'string'
      ? Buffer.from(contents)
      : Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength);
  const old = await readFile(file).catch(() => undefined);
  if (old && old.equals(bytes)) return;
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}

// What the build is made from: a build from the same inputs as the last one (dist/.inputs) has nothing to write.
const STAMP = dist('.inputs');
async function inputsHash() {
  const h = createHash('sha256');
  h.update(`${process.env.LAYERPOST_NO_MINIFY ?? ''}\0`);
  for (const top of ['src', 'templates', 'scripts', 'package.json', 'package-lock.json']) {
    const at = join(ROOT, top);
    const files = await readdir(at, { recursive: true, withFileTypes: true }).then(
      (es) => es.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name)),
      () => [at],
    );
    for (const f of files.sort())
      h.update(`${relative(ROOT, f)}\0`)
        .update(await readFile(f).catch(() => ''))
        .update('\0');
  }
  return h.digest('hex');
}
const hash = await inputsHash();
const last = await readFile(STAMP, 'utf8').then(JSON.parse, () => undefined);
let outputs =
  last?.hash === hash &&
  !analyze &&
  (
    await Promise.all(
      last.outputs.map((f) =>
        access(join(ROOT, f)).then(
          () => true,
          () => false,
        ),
      ),
    )
  ).every(Boolean)
    ? last.outputs.map((f) => join(ROOT, f))
    : undefined;
/** A TypeScript module of src/ (or a few lines that re-export from it), bundled and run here for what it exports. */
async function loadSource(entry) {
  const out = await build({
    absWorkingDir: ROOT,
    ...(entry.endsWith('.ts')
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' } }),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'warning',
    // Modules that locate the package by their own URL are loaded for functions that never do.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(
    mod,
    mod.exports,
    createRequire(import.meta.url),
  );
  return mod.exports;
}

/**
 * A stamped script: its first line the SHA-256 of the rest, the key of its V8 code cache (bin/code-cache.js), as V8
 * itself checks only a source's length.
 */
const stamped = (code) => `// layerpost-bundle sha256=${createHash('sha256').update(code).digest('hex')}\n${code}`;

/** A template file compiled to JavaScript (src/templating/compile-js.ts); a refusal names the file. */
function templateJs(Handlebars, compileToJs, source, file, options) {
  try {
    return compileToJs(Handlebars.parse(source), options);
  } catch (err) {
    throw new Error(`${file}: ${err.message}`);
  }
}

/**
 * The review page's templates (templates/review/, src/review/templates.ts), each compiled to JavaScript
 * (src/templating/compile-js.ts) in the environments src/review/template-options.ts names (the page's escapes HTML,
 * the Markdown's does not), with the page's CSS and script and the script's SHA-256 for its Content-Security-Policy: a
 * draft neither compiles nor hashes, nor loads Handlebars.
 */
async function reviewTemplates(Handlebars, compileToJs) {
  const { REVIEW_COMPILE_OPTIONS, reviewEnvsOf, assetText } = await loadSource('src/review/template-options.ts');
  const root = join(ROOT, 'templates', 'review');
  const specs = Object.fromEntries(Object.keys(REVIEW_COMPILE_OPTIONS).map((env) => [env, []]));
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.hbs')) continue;
    const rel = relative(root, join(e.parentPath ?? e.path, e.name))
      .split(sep)
      .join('/');
    const name = rel.replace(/\.hbs$/, '');
    const source = await readFile(join(root, rel), 'utf8');
    for (const env of reviewEnvsOf(name)) {
      const spec = templateJs(
        Handlebars,
        compileToJs,
        source,
        `templates/review/${rel} (${env})`,
        REVIEW_COMPILE_OPTIONS[env],
      );
      specs[env].push(`    ${JSON.stringify(name)}: ${spec}`);
    }
  }
  const script = assetText(await readFile(join(root, 'page.js'), 'utf8'));
  const css = assetText(await readFile(join(root, 'page.css'), 'utf8'));
  const body = Object.entries(specs).map(
    ([env, list]) => `  ${JSON.stringify(env)}: {\n${list.sort().join(',\n')}\n  }`,
  );
  const scriptSha256 = createHash('sha256').update(script).digest('base64');
  return (
    `{\n  options: ${JSON.stringify(REVIEW_COMPILE_OPTIONS)},\n` +
    `  css: ${JSON.stringify(css)},\n  script: ${JSON.stringify(script)},\n` +
    `  scriptSha256: ${JSON.stringify(scriptSha256)},\n  specs: {\n${body.join(',\n')}\n  }\n}`
  );
}

let result;
let templatesStatement;
if (!outputs) {
  // dist is overwritten in place, not removed: parallel builds and running tests must never see it missing. First, as
  // the CommonJS script holds them: the embedded templates (every .hbs under templates/, whatever its folder),
  // compiled to JavaScript with the compile options of src/templating/set.ts, so a draft on the embedded set loads no
  // Handlebars. Each keeps its source: the built CLI reads the embedded set from here, not from templates/
  // (src/templating/load.ts).
  {
    const { default: Handlebars } = await import('handlebars');
    const { COMPILE_OPTIONS, compileToJs } = await loadSource(
      "export { COMPILE_OPTIONS } from './src/templating/set.ts'; export { compileToJs } from './src/templating/compile-js.ts';",
    );
    const root = join(ROOT, 'templates');
    const entries = [];
    const files = [];
    for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !e.name.endsWith('.hbs')) continue;
      const rel = relative(root, join(e.parentPath ?? e.path, e.name))
        .split(sep)
        .join('/');
      if (rel.startsWith('review/')) continue; // the review page's own set, below
      const source = await readFile(join(root, rel), 'utf8');
      const name = rel.replace(/\.hbs$/, '');
      files.push({ name, path: `embedded:${rel}`, source, origin: 'embedded' });
      const js = templateJs(Handlebars, compileToJs, source, `templates/${rel}`, COMPILE_OPTIONS);
      entries.push(`  ${JSON.stringify(name)}: { source: ${JSON.stringify(source)}, js: ${js} }`);
    }
    entries.sort();
    // What lint reads of each file's syntax tree, followed through the partials' call sites: data, made once here, as
    // one JSON string (a string costs other commands nothing to load; lint parses it).
    const { toTemplateSet, scanData } = await loadSource(
      `export { toTemplateSet } from './src/templating/load.ts'; export { scanData } from './src/lint/scans.ts';`,
    );
    const scans = scanData(toTemplateSet(files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))));
    const values = [
      ['options', JSON.stringify(COMPILE_OPTIONS)],
      ['templates', `{\n${entries.join(',\n')}\n}`],
      ['review', await reviewTemplates(Handlebars, compileToJs)],
    ];
    const head = '// Generated by scripts/build.mjs: the embedded and review templates, compiled to JavaScript.\n';
    await writeAtomic(
      dist('templates.cjs'),
      `${head}'use strict';\n${values.map(([k, v]) => `exports.${k} = ${v};\n`).join('')}`,
    );
    // The same, minified, as the first statement of the CommonJS script (cliScriptOptions): top-level code, which V8
    // parses once, where a module of the bundle is a function parsed once more when it runs (and the first run of every
    // command runs this one).
    templatesStatement = (
      await transform(`const __LAYERPOST_TEMPLATES__ = {${values.map(([k, v]) => `${k}: ${v}`).join(',\n')}};`, {
        minify: true,
        legalComments: 'none',
        target: 'node20.18',
      })
    ).code.trim();
    // lint's scans of them (src/lint/scans.ts), read by lint alone: in the script, every command's first run scanned
    // the string.
    await writeAtomic(dist('scans.json'), JSON.stringify(scans));
  }

  result = await build({ ...(await cliBundleOptions()), write: false });
  for (const out of result.outputFiles) await writeAtomic(out.path, out.contents);

  // The same CLI as one CommonJS script (what bin/layerpost.js runs), stamped.
  const script = await build({ ...(await cliScriptOptions({ templatesStatement })), write: false });
  {
    // In ASCII (asciiSource), so the shim reads it one byte a character; the stamp takes the first line, and the
    // source map's mappings start one line lower (a ';' in front).
    const cjs = script.outputFiles.find((o) => o.path.endsWith('.cjs'));
    const mapFile = script.outputFiles.find((o) => o.path.endsWith('.cjs.map'));
    const { code, map } = asciiSource(cjs.text, mapFile && JSON.parse(mapFile.text));
    await writeAtomic(cjs.path, stamped(code));
    if (mapFile) await writeAtomic(mapFile.path, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
    for (const out of script.outputFiles) if (out !== cjs && out !== mapFile) await writeAtomic(out.path, out.contents);
  }
  const sides = [];
  for (const pkg of Object.keys(SIDE_SCRIPTS)) {
    // Stamped and in ASCII as the CLI script is: bin/code-cache.js keeps a code cache of each, named by its stamp.
    const side = await build({ ...(await sideScriptOptions(pkg)), write: false });
    for (const out of side.outputFiles) await writeAtomic(out.path, stamped(asciiSource(out.text).code));
    sides.push(...side.outputFiles);
  }

  // A bare `layerpost --help`, the most common first command, prints this text (bin/layerpost.js) without loading the
  // CLI: commander's own output, rendered here.
  {
    const { buildProgram } = await import(pathToFileURL(dist('cli.js')).href);
    await writeAtomic(dist('help.txt'), buildProgram(async () => {}).helpInformation());
  }

  // The config's JSON Schema, generated from its zod schema (src/config/schema.ts): `init` points the config it writes
  // at it (`# yaml-language-server: $schema=…`), so editors complete and check the file.
  {
    const { ConfigSchema, toJSONSchema } = await loadSource(
      "export { ConfigSchema } from './src/config/schema.ts'; export { toJSONSchema } from 'zod';",
    );
    const generated = toJSONSchema(ConfigSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
    const schema = {
      $schema: generated.$schema,
      title: 'layerpost configuration (layerpost.config.yaml)',
      ...generated,
    };
    await writeAtomic(dist('config.schema.json'), JSON.stringify(schema, null, 2) + '\n');
  }
  outputs = result.outputFiles
    .concat(script.outputFiles, sides)
    .map((o) => o.path)
    .concat(dist('templates.cjs'), dist('scans.json'), dist('help.txt'), dist('config.schema.json'));
  await writeAtomic(STAMP, JSON.stringify({ hash, outputs: outputs.map((f) => relative(ROOT, f)) }));
}

if (process.argv.includes('--clean')) {
  // Only with --clean (npm pack, npm test): a build running beside tests must not pull files from under them.
  const keep = new Set([...outputs, STAMP]);
  const sweep = async (dir) => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        await sweep(p);
        if (!(await readdir(p)).length) await rm(p, { recursive: true, force: true });
      } else if (!keep.has(p)) await rm(p, { force: true });
    }
  };
  await sweep(dist('.'));
}
if (analyze) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}
