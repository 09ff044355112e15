// Text helpers for the rendered-text rules: plain text from a draft, sentences, phrase search, the words that name a layer.
import type { TemplateContext } from '../core/context.js';
import { fillLayerPhrase, type Layer } from '../core/layers.js';

/** What a reader sees: LinkedIn's escapes and Markdown emphasis removed, whitespace folded per line. */
export function readableText(text: string, channel: { id: string }): string {
  let t = text;
  if (channel.id === 'linkedin') t = t.replace(/\\([\\|{}@[\]()<>#*_~])/g, '$1');
  t = t.replace(/\*\*|`/g, '').replace(/(^|\s)[*_](\S)/g, '$1$2').replace(/(\S)[*_](?=\s|$|[.,:;!?])/g, '$1');
  return t
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n');
}

/** Sentences (and lines) of a text; "4.7" and "14:30" stay whole. */
export function sentences(text: string): string[] {
  // Every text rule splits the same render: split once (callers only read the array).
  let out = sentenceCache.get(text);
  if (!out) {
    out = text
      .split(/(?<=[.!?…])\s+|(?<=[。！？])\s*|\n+/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (sentenceCache.size > 1000) sentenceCache.clear();
    sentenceCache.set(text, out);
  }
  return out;
}
const sentenceCache = new Map<string, string[]>();

/** Clauses of a sentence, for negation scope: split at ; : , and "but", "although", "while". */
export function clauses(sentence: string): string[] {
  return sentence.split(/[;:,]|\b(?:but|although|though|while|whereas)\b/i).map((c) => c.trim()).filter(Boolean);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive regexp for a phrase, with word boundaries where the phrase starts or ends with a word character. */
export function phraseRegExp(phrase: string, flags = 'i'): RegExp {
  const key = `${flags}\u0000${phrase}`;
  let re = cache.get(key);
  if (!re) {
    const p = escapeRegExp(phrase.trim()).replace(/\s+/g, '\\s+');
    const start = /^\w/.test(phrase.trim()) ? '\\b' : '';
    const end = /\w$/.test(phrase.trim()) ? '\\b' : '';
    re = new RegExp(`${start}${p}${end}`, flags);
    if (cache.size > 5000) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}
const cache = new Map<string, RegExp>();

/**
 * A phrase ready to look for: its regexp, and its folded form (whitespace runs as one space, upper-cased). Wherever the
 * case-insensitive regexp matches, the folded text contains the folded phrase (JavaScript's non-Unicode /i compares
 * characters by their single-character upper case, which whole-string upper-casing keeps), so a folded text that lacks
 * it rules the phrase out with one substring search, and most phrases are absent from most texts.
 */
interface Phrase {
  folded: string;
  find: RegExp;
  remove: RegExp;
}

function phrase(p: string): Phrase | undefined {
  let m = phrases.get(p);
  if (m === undefined) {
    const t = p.trim();
    m = t ? { folded: fold(t), find: phraseRegExp(t), remove: phraseRegExp(t, 'gi') } : null;
    if (phrases.size > 5000) phrases.clear();
    phrases.set(p, m);
  }
  return m ?? undefined;
}
const phrases = new Map<string, Phrase | null>();

const fold = (s: string) => s.replace(/\s+/g, ' ').toUpperCase();
// Rules look for many phrases in the same texts and sentences: each is folded once.
const foldedTexts = new Map<string, string>();
function folded(text: string): string {
  let f = foldedTexts.get(text);
  if (f === undefined) {
    f = fold(text);
    if (foldedTexts.size > 4000) foldedTexts.clear();
    foldedTexts.set(text, f);
  }
  return f;
}

/** The phrase as found in the text (original case), or undefined. */
export function findPhrase(text: string, phraseText: string): string | undefined {
  const m = phrase(phraseText);
  if (!m || !folded(text).includes(m.folded)) return undefined;
  return m.find.exec(text)?.[0];
}

/** The text with every occurrence of the phrase replaced by a space. */
export function removePhrase(text: string, phraseText: string): string {
  const m = phrase(phraseText);
  if (!m || !folded(text).includes(m.folded)) return text;
  return text.replace(m.remove, ' ');
}

/** First of several regexps or phrases that matches, with what it matched. */
export function firstMatch(text: string, patterns: ReadonlyArray<RegExp | string>): string | undefined {
  for (const p of patterns) {
    const m = typeof p === 'string' ? findPhrase(text, p) : p.exec(text)?.[0];
    if (m) return m;
  }
  return undefined;
}

/** A phrase without its closing punctuation, so "… for Claude Opus 4.7 requests." matches mid-sentence. */
export function core(phrase: string): string {
  return phrase.trim().replace(/[.!?…]+$/, '').trim();
}

export function containsPhrase(text: string, phrase: string): boolean {
  const p = core(phrase);
  return p !== '' && findPhrase(text, p) !== undefined;
}

/** The words that name this bundle's layer: its plain name, short phrase and cause sentences, filled. */
export function layerPhrases(ctx: TemplateContext): string[] {
  let phrases = layerPhraseCache.get(ctx);
  if (!phrases) {
    phrases = [ctx.layer.name, ctx.layer.short, ctx.layer.cause, ctx.layer.causeShort].map(core).filter((p) => p.length > 0);
    layerPhraseCache.set(ctx, phrases);
  }
  return phrases;
}
// Rules ask for the same context's phrases for every sentence of every render: computed once per context.
const layerPhraseCache = new WeakMap<TemplateContext, string[]>();
const namingCache = new WeakMap<TemplateContext, string[]>();

/** The layer phrase the text contains; a correction names the current layer too ("… it is Anthropic's API"). */
export function namesLayer(text: string, ctx: TemplateContext): string | undefined {
  let naming = namingCache.get(ctx);
  if (!naming) {
    const corrections = ctx.correction.has ? [ctx.correction.text, ctx.correction.short].map(core).filter((p) => p.length > 0) : [];
    naming = [...layerPhrases(ctx), ...corrections];
    namingCache.set(ctx, naming);
  }
  return naming.find((p) => p !== '' && findPhrase(text, p) !== undefined);
}

/** Each layer of the model with its name and short phrase filled for this bundle's provider and models. */
export function filledLayers(layers: readonly Layer[], ctx: TemplateContext): Array<{ id: string; phrases: string[] }> {
  const vars = { provider: ctx.provider.name || 'our AI provider', models: ctx.models.names || 'the model' };
  return layers.map((l) => ({
    id: l.id,
    phrases: [l.name, l.short]
      .map((p) => core(fillLayerPhrase(p, vars)))
      .filter((p) => p.length > 0),
  }));
}

/** "14:30" of a formatted time such as "14:30 UTC (15:30 CET)". */
export function clockTimes(s: string): string[] {
  return [...s.matchAll(/\b(\d{1,2}):(\d{2})\b/g)].map((m) => `${m[1]!.padStart(2, '0')}:${m[2]}`);
}

/** Negations that turn a worrying phrase into a reassurance ("not a change in model quality"). */
export const NEGATION = /\b(?:not|no|never|nor|unaffected|unchanged|unimpaired|n't|without)\b|n't\b/i;

/** The text with sentences that are about something else removed (corrections and the previous update quote earlier words). */
export function withoutQuoted(text: string, ctx: TemplateContext): string {
  let t = text;
  for (const q of [ctx.correction.text, ctx.correction.short, ctx.previous.text]) {
    const c = core(q);
    if (c) t = removePhrase(t, c);
  }
  return t;
}
