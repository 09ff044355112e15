// The CLI script is ASCII (scripts/bundle-options.mjs, asciiSource), so the shim reads it one byte a character: every
// non-ASCII character esbuild left in a regular-expression literal is written as an escape, with the same meaning, and
// the source map still points each generated token at its source.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
// @ts-expect-error a build script, plain JavaScript
import { asciiSource } from '../../scripts/bundle-options.mjs';

const escape = asciiSource as (code: string, map?: object) => { code: string; map?: { mappings: string } };

/** Patterns with non-ASCII characters as esbuild leaves them: plain, escaped by a backslash, in classes, astral. */
const PATTERNS = String.raw`[/x–y/, /\–/, /[“”]+/g, /„([^“”]{1,20})[“”]/, /😀/u, /[😀]/u, /😀/, /a\\–b/, /…$/]`;
const SAMPLES = ['x–y', '–', 'say “this” and „that“', '😀', 'a😀b', 'a\\–b', 'a\\b', 'wait…', 'plain'];

describe('asciiSource', () => {
  it('writes every non-ASCII character as an escape that matches the same texts', () => {
    const { code } = escape(`module.exports = ${PATTERNS};`);
    expect(isAscii(Buffer.from(code))).toBe(true);
    const load = (source: string) => {
      const m = { exports: [] as RegExp[] };
      new Function('module', source)(m);
      return m.exports;
    };
    const before = load(`module.exports = ${PATTERNS};`);
    const after = load(code);
    expect(after.map((r) => r.flags)).toEqual(before.map((r) => r.flags));
    for (const [i, r] of before.entries())
      for (const s of SAMPLES) expect([i, s, after[i]!.exec(s)?.[0]]).toEqual([i, s, r.exec(s)?.[0]]);
  });

  it('moves the source map: a token after an escaped character still maps to its own source position', async () => {
    const source = `export const find = (t) => /[“”]…/.test(t) || later(t);\nfunction later(t) { return /é/.test(t); }\n`;
    const out = await transform(source, { sourcemap: 'external', minify: true, format: 'cjs', charset: 'ascii' });
    const { code, map } = escape(out.code, JSON.parse(out.map));
    expect(code).not.toBe(out.code);
    const sm = new SourceMap(map as never);
    const lines = code.split('\n');
    // the call of `later` after the first pattern, in the output and in the source
    const line = lines.findIndex((l) => /\|\|\s*\w+\(/.test(l));
    const column = lines[line]!.search(/\|\|\s*\w+\(/) + lines[line]!.slice(lines[line]!.search(/\|\|/)).search(/\w/);
    const e = sm.findEntry(line, column) as { generatedColumn: number; originalLine: number; originalColumn: number };
    expect(e.generatedColumn).toBe(column);
    expect(source.split('\n')[e.originalLine]!.slice(e.originalColumn)).toMatch(/^later\(t\)/);
  });
});

describe.skipIf(!existsSync(join(ROOT, 'dist', 'cli.cjs')))('the built CLI script', () => {
  it('is ASCII', () => {
    expect(isAscii(readFileSync(join(ROOT, 'dist', 'cli.cjs')))).toBe(true);
  });
});
