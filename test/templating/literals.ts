// The literal text of template files (what is outside {{…}}), for tests that look for a template set's own words in
// drafts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A Handlebars comment (which may hold "}}") or any other mustache: never literal text. */
export const MUSTACHE = /\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g;

/** Every .hbs file under `dir`, by name without the extension ("phrases/cause/network"). */
export function hbsFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.hbs')) continue;
    const full = join(e.parentPath, e.name);
    // templates/review/ is the review page's own set, not a draft template
    if (relative(dir, full).split(sep)[0] === 'review') continue;
    out.set(
      relative(dir, full)
        .split(sep)
        .join('/')
        .replace(/\.hbs$/, ''),
      readFileSync(full, 'utf8'),
    );
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The runs of literal text of a set that hold two words or more ("Next update by", "is returning errors"): one such
 * run found in a draft is a sentence of that set. Single words are left out: "Update" is English and German alike.
 */
export function literalPhrases(dir: string): string[] {
  const found = new Set<string>();
  for (const source of hbsFiles(dir).values())
    for (const run of source.split(MUSTACHE)) {
      const t = run.replace(/\s+/g, ' ').trim();
      if ((t.match(/\p{L}{2,}/gu) ?? []).length >= 2) found.add(t);
    }
  return [...found].sort();
}

/** `source` with each run of letters outside {{…}} replaced by ⟦name⟧: the set keeps its logic and loses its words. */
export function markWords(name: string, source: string): string {
  let out = '';
  let last = 0;
  for (const m of source.matchAll(MUSTACHE)) {
    out += source.slice(last, m.index).replace(/\p{L}+/gu, `⟦${name}⟧`) + m[0];
    last = m.index + m[0].length;
  }
  return out + source.slice(last).replace(/\p{L}+/gu, `⟦${name}⟧`);
}
