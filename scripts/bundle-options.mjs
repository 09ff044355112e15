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
 * a command first uses them, each with a code cache of its own (bin/code-cache.js): V8 reads a script whole the first
 * time (before its code cache exists), and these are more than half of it. undici: probes and status fetches;
 * @inquirer/prompts (with its encodings): interactive prompts; yaml: a YAML config or answers file; fast-xml-parser:
 * RSS and Atom status feeds; handlebars: templates a team overrides, and lint's template rules (the embedded and
 * review templates are compiled to JavaScript by the build); twitter-text: X's weighted length of text with a URL or
 * emoji.
 */
export const SIDE_SCRIPTS = {
  undici: 'undici.cjs',
  '@inquirer/prompts': 'inquirer.cjs',
  yaml: 'yaml.cjs',
  'fast-xml-parser': 'xml.cjs',
  handlebars: 'handlebars.cjs',
  'twitter-text': 'twitter-text.cjs',
};

/** An import of a SIDE_SCRIPTS package, by its exact name. */
const SIDE_SCRIPT_NAMES = new RegExp(
  `^(${Object.keys(SIDE_SCRIPTS)
    .map((name) => name.replace(/[/.]/g, '\\$&'))
    .join('|')})$`,
);

const sideScripts = {
  name: 'side-scripts',
  setup(b) {
    b.onResolve({ filter: SIDE_SCRIPT_NAMES }, (a) => ({
      path: `./${SIDE_SCRIPTS[a.path]}`,
      external: true,
    }));
  },
};

/**
 * The CLI as one CommonJS file, dist/cli.cjs, what bin/layerpost.js runs (through bin/code-cache.js): one script V8
 * can cache whole, with each command's modules still evaluated only when the command is called.
 */
export async function cliScriptOptions({ templatesStatement = '', ...opts } = {}) {
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
    // ES modules are strict: so is this script, from its first statement. The bundled modules ask for their own URL
    // (import.meta.url): the file's, from CommonJS's __filename. The compiled templates (`templatesStatement`, the
    // build's `const __LAYERPOST_TEMPLATES__ = …;`, which src/templating/load.ts reads) are part of the script, so its
    // code cache holds them.
    banner: {
      js: `'use strict';const __lpImportMetaUrl = require('node:url').pathToFileURL(__filename).href;${templatesStatement}`,
    },
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

/**
 * `code` (esbuild's output) with every non-ASCII character written as a \u escape, and its source map `map` (the JSON
 * object, or undefined) moved to match. esbuild escapes strings, templates and names already (charset "ascii") but
 * copies regular-expression literals as written ("…" and "“" in the rules' patterns, "＠" in twitter-text's): escaped,
 * the whole script is ASCII, which V8 keeps one byte a character, and bin/code-cache.js reads it without decoding
 * UTF-8 (~10 M instructions a run on Node 22).
 *
 * A character the source escaped with a backslash ("\–", an identity escape) loses that backslash ("\\u2013" would be a
 * backslash and "u2013"). A character outside the Basic Multilingual Plane is already two code units here; each
 * becomes its escape, which a /u pattern reads as one code point again and any other as the two units it read before.
 */
export function asciiSource(code, map) {
  let out = '';
  let from = 0;
  /** Per line that changes: where (a column of `code`) and by how many characters it grew. */
  const edits = new Map();
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    }
    if (c < 0x80) continue;
    let slashes = 0;
    while (i - slashes - 1 >= lineStart && code.charCodeAt(i - slashes - 1) === 0x5c) slashes++;
    const escaped = slashes % 2 === 1;
    out += code.slice(from, escaped ? i - 1 : i) + `\\u${c.toString(16).padStart(4, '0')}`;
    from = i + 1;
    const at = escaped ? i - 1 - lineStart : i - lineStart;
    edits.set(line, [...(edits.get(line) ?? []), { at, grew: escaped ? 4 : 5 }]);
  }
  out += code.slice(from);
  if (!map || edits.size === 0) return { code: out, map };
  const lines = map.mappings.split(';');
  for (const [n, moves] of edits) {
    if (n >= lines.length || !lines[n]) continue;
    const moved = (col) => moves.reduce((c, m) => (m.at < col ? c + m.grew : c), col);
    let col = 0;
    let last = 0;
    lines[n] = lines[n]
      .split(',')
      .map((segment) => {
        const [delta, length] = vlqFirst(segment);
        col += delta;
        const now = moved(col);
        const text = vlq(now - last) + segment.slice(length);
        last = now;
        return text;
      })
      .join(',');
  }
  return { code: out, map: { ...map, mappings: lines.join(';') } };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The first number of a source map segment (its generated column, relative) and how many characters it takes. */
function vlqFirst(segment) {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = BASE64.indexOf(segment[i++]);
    value += (digit & 31) * 2 ** shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return [value % 2 ? -(value - 1) / 2 : value / 2, i];
}
/** A number as a source map's base-64 VLQ. */
function vlq(n) {
  let v = n < 0 ? -n * 2 + 1 : n * 2;
  let text = '';
  do {
    let digit = v % 32;
    v = Math.floor(v / 32);
    if (v > 0) digit |= 32;
    text += BASE64[digit];
  } while (v > 0);
  return text;
}
