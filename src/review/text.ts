// The review page's and its Markdown's text renderers: a status page's Markdown, Slack's mrkdwn and a plain post as
// they show, every piece of outside text escaped (`html`); the phrases a finding quotes marked. One module; pure.
import type { Finding } from '../model/bundle.js';
import { isAscii } from '../text/ascii.js';
import { html, join, type SafeHtml } from './escape.js';

/**
 * Escape text from outside for inline Markdown: backslash every character that could start
 * emphasis, code, a link (every "[" is escaped, so "(" and "!" need not be), HTML, an entity
 * or a table cell; "_" only at a word's edge, as inside a word it is never emphasis. Line breaks
 * fold to spaces so a line cannot become a heading, list item or fence.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(isAscii(text) ? MD_SPECIAL_ASCII : (mdSpecial ??= MD_SPECIAL()), '\\$&')
    .replace(/^(\s*)([-+=>#])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

// Unicode property classes cost V8 a table from ICU each time a pattern holding one is made or compiled: ASCII text,
// most text, takes the same pattern with [A-Za-z0-9] for \p{L}\p{N}, which match the same characters there.
const MD_SPECIAL = () => /[\\`*[\]<>|~&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const MD_SPECIAL_ASCII = /[\\`*[\]<>|~&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;
let mdSpecial: RegExp | undefined;

/** An id as a Markdown code span; anything that is not id-shaped is shown as escaped text instead. */
export function idText(text: string): string {
  return /^[\w.:/@-]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}

/** The phrase a finding quotes ("will be resolved by" promises …), to mark where it stands in the text. */
export function quotedPhrase(message: string): string | undefined {
  return /"([^"\n]{2,200})"/.exec(message)?.[1];
}

/** The text rendered by `render`, each phrase a finding quotes marked (its first place, case as written). */
export function marked(
  text: string,
  findings: readonly Finding[],
  render: (s: string) => SafeHtml,
  keepWhole: readonly RegExpExecArray[] = [],
): SafeHtml {
  const lower = text.toLowerCase();
  const spans: Array<{ start: number; end: number; f: Finding }> = [];
  // a span of `keepWhole` (a link, a bold run) is never cut in two by a mark
  const whole = keepWhole.map((g) => ({ start: g.index, end: g.index + g[0].length }));
  for (const f of findings) {
    const phrase = quotedPhrase(f.message);
    const start = phrase ? lower.indexOf(phrase.toLowerCase()) : -1;
    if (start < 0) continue;
    const end = start + phrase!.length;
    const cuts = (s: { start: number; end: number }) =>
      start < s.end && end > s.start && !(start <= s.start && end >= s.end);
    if (!spans.some((s) => start < s.end && end > s.start) && !whole.some(cuts)) spans.push({ start, end, f });
  }
  spans.sort((a, b) => a.start - b.start);
  const out: SafeHtml[] = [];
  let last = 0;
  for (const s of spans) {
    out.push(
      render(text.slice(last, s.start)),
      html`<mark class="finding ${s.f.severity}" title="${s.f.message}">${render(text.slice(s.start, s.end))}</mark>`,
    );
    last = s.end;
  }
  out.push(render(text.slice(last)));
  return join(out);
}

// ── Text renderers: every piece of external text goes through `html` (escaped) ──

/**
 * Markdown-ish body as a status page shows it: paragraphs, "-" lists, "#" headings, bold, code, http(s) links. Never
 * raw HTML.
 */
export function markdownBlocks(text: string, findings: readonly Finding[] = []): SafeHtml {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean);
  // a phrase a finding quotes is marked where it does not cut through a Markdown mark
  const inline = (line: string) =>
    findings.length ? marked(line, findings, inlineMarkdown, matches(line, MD_INLINE)) : inlineMarkdown(line);
  return html`${blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*[-*+]\s+/.test(l)))
      return html`<ul>${lines.map((l) => html`<li>${inline(l.replace(/^\s*[-*+]\s+/, ''))}</li>`)}</ul>`;
    const heading = /^(#{1,6})\s+(.*)$/.exec(block);
    if (heading && lines.length === 1) return html`<h4>${inline(heading[2]!)}</h4>`;
    return html`<p>${join(lines.map(inline), html`<br>`)}</p>`;
  })}`;
}

// Linear time: no part can run past the character that starts another attempt ("[" for a link's label and target,
// "<" for a Slack link), so a text of "[" or "<http://a" repeated is not tried to its end from every position.
const MD_INLINE = /\*\*([^*\n]+?)\*\*|`([^`\n]+)`|\[([^[\]\n]+)\]\(([^()[\]\s]+)\)|(https?:\/\/[^\s<>"'`)\]]+)/g;
// Slack's *bold* and _italic_ need a neighbour on each side that is not a letter, a digit or the marker itself; that
// check is done on the match (flanked) rather than with Unicode lookarounds, which V8 compiles slowly on every draft.
const SLACK_INLINE =
  /\*([^*\n]+)\*|_([^_\n]+)_|`([^`\n]+)`|<(https?:\/\/[^|<>\s]+)(?:\|([^<>\n]+))?>|(https?:\/\/[^\s<>"'`)\]]+)/g;
let letterOrDigit: RegExp | undefined;
/** \p{L} or \p{N}: an ASCII character by its code, any other by the Unicode classes. */
function isLetterOrDigit(c: string): boolean {
  const n = c.charCodeAt(0);
  if (n < 0x80) return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122);
  return (letterOrDigit ??= /[\p{L}\p{N}]/u).test(c);
}

/** Whether the marker-delimited match text[start, end) has no letter, digit or marker next to it on either side. */
function flanked(text: string, start: number, end: number): boolean {
  const marker = text[start]!;
  const bad = (c: string) => c !== '' && (c === marker || isLetterOrDigit(c));
  return (
    !bad(codePointBefore(text, start)) && !bad(end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '')
  );
}

/** The code point that ends just before index i (a surrogate pair whole), or '' at the start. */
function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

/** The Slack marks of a text, in order: the matches slackText renders (exported for its equivalence test). */
export function slackMarks(text: string): RegExpExecArray[] {
  return matches(
    text,
    SLACK_INLINE,
    (g) => (g[1] === undefined && g[2] === undefined) || flanked(text, g.index, g.index + g[0].length),
  );
}

function inlineMarkdown(text: string): SafeHtml {
  return scan(text, MD_INLINE, (g) => {
    if (g[1] !== undefined) return html`<strong>${g[1]}</strong>`;
    if (g[2] !== undefined) return html`<code>${g[2]}</code>`;
    if (g[3] !== undefined) return link(g[4]!, g[3], g[0]);
    return link(g[5]!, undefined, g[0]);
  });
}

/** Slack mrkdwn subset: *bold*, _italic_, `code`, <url|text>. */
export function slackText(text: string): SafeHtml {
  // slack.md carries Slack's own escapes (&amp; &lt; &gt;); show the text as Slack would, escaped again for HTML.
  const shown = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return rendered(shown, slackMarks(shown), (g) => {
    if (g[1] !== undefined) return html`<strong>${g[1]}</strong>`;
    if (g[2] !== undefined) return html`<em>${g[2]}</em>`;
    if (g[3] !== undefined) return html`<code>${g[3]}</code>`;
    if (g[4] !== undefined) return link(g[4], g[5], g[0]);
    return link(g[6]!, undefined, g[0]);
  });
}

const POST_MARKS = () => /(https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]])|(?<![\p{L}\p{N}_])([#@][\p{L}\p{N}_]+)/gu;
const POST_MARKS_ASCII = /(https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]])|(?<![A-Za-z0-9_])([#@][A-Za-z0-9_]+)/g;
let postMarks: RegExp | undefined;

/** A plain-text post: exactly its text, with links, hashtags and mentions coloured as the platforms do. */
export function postText(text: string): SafeHtml {
  return scan(text, isAscii(text) ? POST_MARKS_ASCII : (postMarks ??= POST_MARKS()), (g) =>
    g[1] !== undefined ? html`<span class="link">${g[1]}</span>` : html`<span class="tag-text">${g[2]}</span>`,
  );
}

/** Each match of a global `re` rendered, the text between escaped. */
function scan(text: string, re: RegExp, render: (g: RegExpExecArray) => SafeHtml): SafeHtml {
  return rendered(text, matches(text, re), render);
}

/**
 * The matches of a global `re`, in order; one that `accept` refuses is retried one character on, as a lookaround would.
 */
function matches(text: string, re: RegExp, accept: (g: RegExpExecArray) => boolean = () => true): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let g = re.exec(text); g; g = re.exec(text)) {
    if (accept(g)) out.push(g);
    else re.lastIndex = g.index + 1;
  }
  return out;
}

/** The text with each match rendered and the text between escaped. */
function rendered(text: string, marks: readonly RegExpExecArray[], render: (g: RegExpExecArray) => SafeHtml): SafeHtml {
  const out: SafeHtml[] = [];
  let last = 0;
  for (const g of marks) {
    out.push(html`${text.slice(last, g.index)}`, render(g));
    last = g.index + g[0].length;
  }
  out.push(html`${text.slice(last)}`);
  return join(out);
}

/** Only http(s) targets become links, and the target is shown; anything else stays literal text. */
function link(url: string, label: string | undefined, literal: string): SafeHtml {
  if (!/^https?:\/\//i.test(url)) return html`${literal}`;
  if (label === undefined || label === url) return html`<a href="${url}" rel="noopener noreferrer">${url}</a>`;
  return html`<a href="${url}" rel="noopener noreferrer">${label}</a> <span class="href">(${url})</span>`;
}
