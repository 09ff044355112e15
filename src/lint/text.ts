// Text helpers for the rendered-text rules: plain text from a draft, sentences, phrase search, the words that name a
// layer.
import { oncePer, perString } from '../text/memo.js';
import { isAscii } from '../text/ascii.js';
import { escapeRegExp } from '../text/regexp.js';
import type { LintContext } from './types.js';
import type { Layer } from '../model/layers.js';

/** What a reader sees: LinkedIn's escapes and Markdown emphasis removed, whitespace folded per line. */
export function readableText(text: string, channel: { id: string }): string {
  // Lint reads each draft's text for the text rules and again for the bundle rules: fold it once.
  return channel.id === 'linkedin' ? readableLinkedIn(text) : readable(text);
}

function unmark(t: string): string {
  // Each pattern needs a marker: a text with none (every plain post) is left as it is.
  if (t.includes('*') || t.includes('_') || t.includes('`'))
    t = t
      .replace(/\*\*|`/g, '')
      .replace(/(^|\s)[*_](\S)/g, '$1$2')
      .replace(/(\S)[*_](?=\s|$|[.,:;!?])/g, '$1');
  // Most texts come folded already (normalizeWhitespace): only a line with a tab, two blanks or a blank at an end
  // changes, and a text without one is returned as it is, not rebuilt line by line.
  if (!unfolded(t)) return t;
  return t
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n');
}
/**
 * What folding a line changes: a tab, two spaces, whitespace other than \n at a line's start or end, where a line ends
 * at \n, \r, U+2028 or U+2029 (what /^[^\S\n]|[^\S\n]$/m reads, without compiling it for every kind of text).
 */
export function unfolded(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 9 || (c === 32 && t.charCodeAt(i + 1) === 32)) return true;
    if (c === 10 || !isSpace(c)) continue;
    if (i === 0 || endsLine(t.charCodeAt(i - 1)) || i === t.length - 1 || endsLine(t.charCodeAt(i + 1))) return true;
  }
  return false;
}
const endsLine = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const readable = perString(4_000, unmark);
const readableLinkedIn = perString(1_000, (text) => unmark(text.replace(/\\([\\|{}@[\]()<>#*_~])/g, '$1')));

/**
 * Sentences (and lines) of a text; "4.7" and "14:30" stay whole. Every text rule splits the same render: split once
 * (callers only read the array).
 */
export const sentences = perString(1000, (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+|(?<=[。！？])\s*|\n+/)
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Clauses of a sentence, for negation scope: split at ; : , and "but", "although", "while". */
export function clauses(sentence: string): string[] {
  if (!CLAUSE_BREAK_MARKS.test(sentence) && !holdsAny(sentence, CLAUSE_BREAK_WORDS)) {
    const t = sentence.trim();
    return t ? [t] : [];
  }
  return sentence
    .split(/[;:,]|\b(?:but|although|though|while|whereas)\b/i)
    .map((c) => c.trim())
    .filter(Boolean);
}
const CLAUSE_BREAK_MARKS = /[;:,]/;
const CLAUSE_BREAK_WORDS = fragments(['but', 'though', 'while', 'whereas']);

/**
 * A case-insensitive regexp for a phrase, with word boundaries where the phrase starts or ends with a word character.
 */
export function phraseRegExp(phrase: string, flags = 'i'): RegExp {
  const key = `${flags}\u0000${phrase}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(phraseSource(phrase), flags);
    if (cache.size > 5000) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}
const cache = new Map<string, RegExp>();

/** The source of a phrase's regexp (phraseRegExp), without making one: V8 parses a pattern as it makes it. */
export function phraseSource(phrase: string): string {
  const t = phrase.trim();
  const start = /^\w/.test(t) ? '\\b' : '';
  const end = /\w$/.test(t) ? '\\b' : '';
  return `${start}${escapeRegExp(t).replace(/\s+/g, '\\s+')}${end}`;
}

/**
 * A phrase ready to look for, with the same matches as its phraseRegExp: case-insensitive, any run of whitespace
 * between its words, word boundaries at its ends.
 *
 * An ASCII phrase (every built-in one, and product, provider and model names in Latin script) is matched without a
 * regexp: lint looks for ~700 distinct phrases, and compiling a regexp for each cost more than all the searching.
 * This is exact: under JavaScript's non-Unicode /i a non-ASCII character never matches an ASCII one, so comparing
 * ASCII letters case-blind is the regexp's rule; \s is JavaScript's whitespace set and \b is ASCII-word based.
 *
 * Another phrase uses the regexp, after a pre-check on a folded copy (whitespace runs as one space, upper-cased):
 * wherever the regexp matches, the folded text contains the folded phrase (/i compares characters by their
 * single-character upper case, which whole-string upper-casing keeps).
 */
type Phrase =
  | { ascii: true; words: string[]; boundaryStart: boolean; boundaryEnd: boolean; longest: string }
  | { ascii: false; folded: string; find: RegExp; remove: RegExp };

const phrase = perString(5000, (p: string): Phrase | undefined => {
  const t = p.trim();
  if (!t) return undefined;
  if (isAscii(t)) {
    const words = t.toUpperCase().split(/\s+/);
    return {
      ascii: true,
      words,
      boundaryStart: /^\w/.test(t),
      boundaryEnd: /\w$/.test(t),
      longest: words.reduce((a, b) => (b.length > a.length ? b : a)),
    };
  }
  return { ascii: false, folded: fold(t), find: phraseRegExp(t), remove: phraseRegExp(t, 'gi') };
});

const fold = (s: string) => s.replace(/\s+/g, ' ').toUpperCase();
// Rules look for many phrases in the same texts and sentences: each is folded (or upper-cased) once.
const folded = perString(4000, fold);
/**
 * The text with a–z upper-cased, its indexes the text's, as phrase search reads it: other letters may be upper-cased
 * too, as long as no character becomes ASCII and none changes length (a non-ASCII character never matches a phrase's
 * ASCII words or counts as a word character either way). toUpperCase keeps to that but for ı and ſ, which become I
 * and S, and the characters it expands (ß → SS, ligatures: the length tells); those texts take a–z word by word.
 */
const asciiUpper = perString(4000, (text: string) => {
  const upper = text.toUpperCase();
  if (upper.length === text.length && !TO_ASCII_UPPER.test(text)) return upper;
  return text.replace(/[a-z]+/g, (w) => w.toUpperCase());
});
/** The non-ASCII characters whose upper case is ASCII of the same length. */
const TO_ASCII_UPPER = /[\u0131\u017f]/;

/** JavaScript's \s: the characters a run of whitespace between a phrase's words may consist of. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
/** \w outside Unicode mode: ASCII letters, digits and underscore. */
function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** [start, end) of the leftmost match at or after `from` in `upper` (asciiUpper of the text), or undefined. */
function asciiMatch(upper: string, m: Extract<Phrase, { ascii: true }>, from: number): [number, number] | undefined {
  // Most phrases are not in most texts: their longest word, looked for first, is the cheapest way to know.
  if (!upper.includes(m.longest, from)) return undefined;
  const words = m.words;
  const first = words[0]!;
  for (let i = upper.indexOf(first, from); i >= 0; i = upper.indexOf(first, i + 1)) {
    if (m.boundaryStart && i > 0 && isWord(upper.charCodeAt(i - 1))) continue;
    let j = i + first.length;
    let ok = true;
    for (let n = 1; n < words.length; n++) {
      const w = words[n]!;
      let k = j;
      while (k < upper.length && isSpace(upper.charCodeAt(k))) k++;
      if (k === j || !upper.startsWith(w, k)) {
        ok = false;
        break;
      }
      j = k + w.length;
    }
    if (ok && !(m.boundaryEnd && j < upper.length && isWord(upper.charCodeAt(j)))) return [i, j];
  }
  return undefined;
}

/**
 * A pattern behind a pre-check: `fragments` (ASCII, any case) of which every match of the pattern holds at least one.
 * Its methods look for a fragment first, in the text's asciiUpper, and run the pattern only where one is found.
 *
 * V8 compiles a pattern when it first runs, and again to machine code when it runs a second time, for each of one- and
 * two-byte texts: the rules' word lists under /i compiled to 10-25 KB of code each, about a sixth of a draft's
 * instructions. Most sentences hold none of a list's words, and a pattern no text calls for is never compiled.
 *
 * Sound for any pattern, /i or not: an ASCII letter matches only its own two cases, and asciiUpper upper-cases a-z and
 * makes no other character ASCII, so wherever the pattern matches a fragment's characters the text's asciiUpper holds
 * the fragment upper-cased. test/lint/gated.test.ts spells out each rule's patterns and checks every spelling.
 */
export interface Gated {
  readonly pattern: RegExp;
  /** Upper case. */
  readonly fragments: readonly string[];
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
  /** Every match, for a /g pattern. */
  matchAll(text: string): Iterable<RegExpExecArray>;
}

export function gated(pattern: RegExp, list: readonly string[]): Gated {
  const upper = fragments(list);
  const key = `${pattern.flags}/${pattern.source}`;
  if (!made.has(key)) made.set(key, { pattern, fragments: upper });
  return {
    pattern,
    fragments: upper,
    exec: (text) => (holdsAny(text, upper) ? pattern.exec(text) : null),
    test: (text) => holdsAny(text, upper) && pattern.test(text),
    matchAll: (text) => (holdsAny(text, upper) ? text.matchAll(pattern) : []),
  };
}

/** Every distinct pattern gated so far and its fragments, for the test that spells them out. */
export function gatedPatterns(): ReadonlyArray<{ pattern: RegExp; fragments: readonly string[] }> {
  return [...made.values()];
}
const made = new Map<string, { pattern: RegExp; fragments: readonly string[] }>();

/** A pattern with no pre-check, where no fragment can be named (a name in another script). */
export function ungated(pattern: RegExp): Gated {
  return {
    pattern,
    fragments: [],
    exec: (text) => pattern.exec(text),
    test: (text) => pattern.test(text),
    matchAll: (text) => text.matchAll(pattern),
  };
}

/** A list of fragments as holdsAny and gated take it: upper case, each ASCII and not empty (anything else throws). */
export function fragments(list: readonly string[]): readonly string[] {
  const upper = list.map((f) => f.toUpperCase());
  if (upper.some((f) => !f || !isAscii(f))) throw new Error('fragments must be ASCII and not empty');
  return upper;
}

/** Whether `text`, case-blind, holds any of `upper` (fragments()). */
export function holdsAny(text: string, upper: readonly string[]): boolean {
  const t = asciiUpper(text);
  for (let i = 0; i < upper.length; i++) if (t.includes(upper[i]!)) return true;
  return false;
}

/** The phrase as found in the text (original case), or undefined. */
export function findPhrase(text: string, phraseText: string): string | undefined {
  const m = phrase(phraseText);
  if (!m) return undefined;
  if (m.ascii) {
    const at = asciiMatch(asciiUpper(text), m, 0);
    return at && text.slice(at[0], at[1]);
  }
  if (!folded(text).includes(m.folded)) return undefined;
  return m.find.exec(text)?.[0];
}

/** The text with every occurrence of the phrase replaced by a space. */
export function removePhrase(text: string, phraseText: string): string {
  const m = phrase(phraseText);
  if (!m) return text;
  if (m.ascii) {
    const upper = asciiUpper(text);
    let out = '';
    let last = 0;
    for (let at = asciiMatch(upper, m, 0); at; at = asciiMatch(upper, m, at[1])) {
      out += `${text.slice(last, at[0])} `;
      last = at[1];
    }
    return last === 0 ? text : out + text.slice(last);
  }
  if (!folded(text).includes(m.folded)) return text;
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

/**
 * A phrase without its closing punctuation, so "… for Claude Opus 4.7 requests." matches mid-sentence. Rules ask for
 * the same few phrases' cores for every text: each is made once.
 */
export const core = perString(2000, (phrase: string): string =>
  phrase
    .trim()
    .replace(/[.!?…]+$/, '')
    .trim(),
);

export function containsPhrase(text: string, phrase: string): boolean {
  const p = core(phrase);
  return p !== '' && findPhrase(text, p) !== undefined;
}

// Rules ask for the same context's phrases for every sentence of every render: computed once per context.
/** The words that name this bundle's layer: its plain name, short phrase and cause sentences, filled. */
export const layerPhrases = oncePer((ctx: LintContext): string[] =>
  [ctx.said.layerName, ctx.said.cause, ctx.said.causeShort].map(core).filter((p) => p.length > 0),
);

/**
 * The layer's phrases and, for a correction, its sentences (they name the current layer too: "… it is Anthropic's
 * API").
 */
const namingPhrases = oncePer((ctx: LintContext): string[] => {
  const corrections = ctx.correction.has
    ? [ctx.said.correction, ctx.said.correctionShort].map(core).filter((p) => p.length > 0)
    : [];
  return [...layerPhrases(ctx), ...corrections];
});

/** The layer phrase the text contains. */
export function namesLayer(text: string, ctx: LintContext): string | undefined {
  return namingPhrases(ctx).find((p) => p !== '' && findPhrase(text, p) !== undefined);
}

/** Each layer of the model with the name the template set gives it in this context. */
export function filledLayers(layers: readonly Layer[], ctx: LintContext): Array<{ id: string; phrases: string[] }> {
  return layers.map((l) => ({
    id: l.id,
    phrases: [ctx.said.layerNames[l.id] ?? ''].map(core).filter((p) => p.length > 0),
  }));
}

/** "14:30" of a formatted time such as "14:30 UTC (15:30 CET)". */
export function clockTimes(s: string): string[] {
  return [...s.matchAll(/\b(\d{1,2}):(\d{2})\b/g)].map((m) => `${m[1]!.padStart(2, '0')}:${m[2]}`);
}

/** Negations that turn a worrying phrase into a reassurance ("not a change in model quality"). */
export const NEGATION = gated(/\b(?:not|no|never|nor|unaffected|unchanged|unimpaired|n't|without)\b|n't\b/i, [
  'no',
  'never',
  'unaffected',
  'unchanged',
  'unimpaired',
  "n't",
  'without',
]);

/**
 * The text with sentences that are about something else removed (corrections and the previous update quote earlier
 * words).
 */
export function withoutQuoted(text: string, ctx: LintContext): string {
  let t = text;
  for (const q of [ctx.said.correction, ctx.said.correctionShort, ...quoted(text)]) {
    const c = core(q);
    if (c) t = removePhrase(t, c);
  }
  return t;
}

/** Text in quotation marks: a provider's incident title or what we said before, quoted, not our claim now. */
/** Quotations as English (“…”), German („…“) and French or Swiss («…», »…«) text marks them; bounded, no nesting. */
const QUOTATION = /“([^”]{1,2000})”|„([^“”]{1,2000})[“”]|«([^»]{1,2000})»|»([^«]{1,2000})«/g;
/** Whether a text holds a mark that opens a quotation: most hold none, and then QUOTATION is never compiled. */
const opensQuotation = (t: string) => t.includes('“') || t.includes('„') || t.includes('«') || t.includes('»');

export function quoted(text: string): string[] {
  if (!opensQuotation(text)) return [];
  return [...text.slice(0, 100_000).matchAll(QUOTATION)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!);
}

/**
 * The text with each “quotation” replaced by a space: what we quote (an earlier update, a provider's title) is not our
 * claim now.
 */
export function withoutQuotations(text: string): string {
  return opensQuotation(text) ? text.slice(0, 100_000).replace(QUOTATION, ' ') : text.slice(0, 100_000);
}
