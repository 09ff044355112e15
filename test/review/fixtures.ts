// Loads the hand-written bundle fixtures (test/fixtures/bundles) through the real schemas, and reads HTML as a person sees it.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { BundleManifestSchema, type BundleManifest } from '../../src/model/bundle.js';
import { EvidenceSchema, type Evidence } from '../../src/model/evidence.js';

export const BUNDLES = fileURLToPath(new URL('../fixtures/bundles/', import.meta.url));
export const FIXTURES = ['first-update', 'follow-up-correction', 'hostile'] as const;
export type FixtureName = (typeof FIXTURES)[number];

export function loadBundle(name: FixtureName): { manifest: BundleManifest; evidence?: Evidence; dir: string } {
  const dir = join(BUNDLES, name);
  const manifest = BundleManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'draft.json'), 'utf8')));
  const evPath = join(dir, 'evidence.json');
  const evidence = existsSync(evPath) ? EvidenceSchema.parse(JSON.parse(readFileSync(evPath, 'utf8'))) : undefined;
  return { manifest, evidence, dir };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** One entity's character: a named one the page uses, or a numeric one (&#39; from `html`, &#x27; from Handlebars). */
export function decodeEntity(e: string): string {
  if (e[0] !== '#') return ENTITIES[e]!;
  return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
}

/** The text a reader sees: no style element, block tags as spaces, inline tags dropped, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return squash(
    html
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<\/?(span|strong|em|code|a|del|ins|q)\b[^>]*>/g, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => decodeEntity(e)),
  );
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every start tag in a page, with its name and attribute names and values. */
export function startTags(html: string): Array<{ name: string; attrs: Array<[string, string]> }> {
  const tags: Array<{ name: string; attrs: Array<[string, string]> }> = [];
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*"|='[^']*'|=[^\s>]*)?)*)\s*\/?>/g)) {
    const attrs: Array<[string, string]> = [];
    for (const a of m[2]!.matchAll(/([^\s=>]+)(?:="([^"]*)"|='([^']*)'|=([^\s>]*))?/g))
      attrs.push([a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']);
    tags.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return tags;
}
