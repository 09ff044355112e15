// twitter-text (CommonJS) requires core-js 2 polyfills. On Node they replace nothing, but their feature tests set a
// regexp's `constructor` and an array's iterator, which makes V8 drop its fast paths for every regexp replace, split
// and match and every array spread in the process (node --trace-protector-invalidation: RegExpSpeciesLookupChain,
// ArrayIteratorLookupChain). The CLI build leaves them out (scripts/bundle-options.mjs), and so do tests: each polyfill
// module is an empty one in require's cache. test/lint's rules and fast-path files: 40 s → 28 s.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const Module = require('node:module') as typeof import('node:module');
const twitter = dirname(require.resolve('twitter-text/package.json'));
const modules = join(dirname(createRequire(join(twitter, 'package.json')).resolve('core-js/package.json')), 'modules');
for (const file of readdirSync(modules)) {
  if (!file.endsWith('.js')) continue;
  const id = join(modules, file);
  const m = new Module(id);
  m.filename = id;
  m.loaded = true;
  m.exports = {};
  require.cache[id] = m;
}
