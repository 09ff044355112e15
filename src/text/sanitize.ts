// The two sanitizers for hostile text: outsideText for text from status pages, evidence and probe answers entering a
// draft, terminalText/terminalLine for everything printed. Pure.
import { mapStrings } from './deep-strings.js';

/**
 * Terminal escape sequences whole (CSI, OSC such as ESC]52 clipboard writes, DCS/PM/APC strings, two-byte escapes), 7-
 * and 8-bit.
 */
const ESCAPES =
  /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?|\x1b[ -~]?|\x9b[0-?]*[ -/]*[@-~]?|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional controls (U+202E turns "txt.exe" into "exe.txt") and invisible characters. */
const BIDI_AND_INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u180e\ufeff]/g;
/** Joiners are kept where scripts and emoji need them: ZWJ between pictographs, ZWNJ between letters. */
// Made when first needed: a Unicode property class costs V8 a large table to build, and most text has no joiner.
let strayZwj: RegExp | undefined;
let strayZwnj: RegExp | undefined;
const NEEDS_WORK = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * Text from outside (a status page, an evidence file, a probe's answer) made fit for a draft and a terminal: escape
 * sequences and control characters removed, bidirectional and zero-width characters removed, line breaks and tabs
 * folded into one space. Idempotent; text without any of these is returned as is.
 */
export function outsideText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(ESCAPES, '')
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace((strayZwj ??= /(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu), '')
    .replace((strayZwnj ??= /(?<![\p{L}\p{M}])\u200c|\u200c(?![\p{L}\p{M}])/gu), '');
}

/** outsideText on every string (keys included) of a JSON-like value. */
export function outsideDeep<T>(value: T): T {
  return mapStrings(value, outsideText, { keys: true });
}

/** Our own colours (SGR: ESC [ digits ; m), the one escape sequence a line we print may carry. */
const SGR_OR_UNSAFE =
  /(\x1b\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text for a terminal (stdout or stderr): line breaks and tabs kept, our colour codes kept, every other control,
 * escape, bidirectional or invisible character shown as a visible \uXXXX, so nothing printed can move the cursor,
 * clear the screen, write the clipboard or reorder what is shown.
 */
export function terminalText(text: string): string {
  return text.replace(SGR_OR_UNSAFE, (m, sgr: string | undefined) => sgr ?? visible(m));
}

const LINE_UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const LINE_SHOWN: Record<string, string> = { '\t': ' ', '\n': '\\n', '\r': '\\r' };

/**
 * One line for a terminal, of text that is not ours (an error message quoting a file): every control shown escaped,
 * colours too; \n and \r as such, a tab as a space.
 */
export function terminalLine(text: string): string {
  return text.replace(LINE_UNSAFE, (c) => LINE_SHOWN[c] ?? visible(c));
}

/**
 * JSON text for a terminal: characters JSON.stringify leaves raw (C1, bidirectional, invisible, U+2028/9) written as \u
 * escapes, still the same JSON.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g, visible);
}
