// How each platform counts a post's length: graphemes, UTF-8 bytes, URLs as fixed weight, GSM-7/UCS-2 SMS segments.

// Built on first use: constructing a segmenter loads ICU's break rules, which ASCII drafts never need.
let segmenter: Intl.Segmenter | undefined;
const segment = (text: string) => (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text);
const encoder = new TextEncoder();

// Characters that are a grapheme of their own beside any other of them: printable ASCII, tab and LF, Latin-1 and the
// Latin extensions, general punctuation, symbols and arrows, CJK punctuation, kana, CJK ideographs and full-width
// forms. Left out: CR (CR LF is one grapheme), combining marks, ZWJ and ZWNJ, the kana voicing marks, variation
// selectors, surrogates (emoji), Hangul and every script with vowel signs. Text of these alone has one grapheme per
// UTF-16 unit, so the segmenter, the slowest part of measuring a draft, is needed only for other text (a test checks
// every character here against Intl.Segmenter).
export const SIMPLE =
  /^[\t\n\x20-\x7e\u00a0-\u02ff\u2000-\u200b\u200e-\u20cf\u20f1-\u2bff\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u4e00-\u9fff\uff00-\uff9d\uffa0-\uffef]*$/;

export function graphemes(text: string): string[] {
  if (SIMPLE.test(text)) return text.split('');
  return Array.from(segment(text), (s) => s.segment);
}

export function graphemeCount(text: string): number {
  if (SIMPLE.test(text)) return text.length;
  let n = 0;
  for (const _ of segment(text)) n++;
  return n;
}

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** URLs as Mastodon and X find them: an http(s) URL up to the next space. */
const URL_RE = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'"]/g;

/** Mastodon: graphemes, with every URL counted as `urlWeight` characters. */
export function mastodonLength(text: string, urlWeight = 23): number {
  let urls = 0;
  const stripped = text.replace(URL_RE, () => {
    urls++;
    return '';
  });
  return graphemeCount(stripped) + urls * urlWeight;
}

let emoji: RegExp | undefined;

/** Threads: graphemes, except that an emoji counts as its UTF-8 bytes. */
export function threadsLength(text: string): number {
  // Printable ASCII holds no emoji (a keycap needs U+FE0F or U+20E3): one grapheme is one character.
  if (SIMPLE.test(text)) return text.length;
  emoji ??= /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
  let n = 0;
  for (const g of graphemes(text)) n += emoji.test(g) ? utf8Bytes(g) : 1;
  return n;
}

// GSM 03.38 basic set and the extension table (each extension char costs two septets).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXT = '^{}\\[~]|€\f';
/** Septets per UTF-16 code unit: 1 for the basic set, 2 for the extension (escape + character), 0 for neither. */
const SEPTETS = new Uint8Array(0x10000);
for (const ch of GSM_BASIC) SEPTETS[ch.charCodeAt(0)] = 1;
for (const ch of GSM_EXT) SEPTETS[ch.charCodeAt(0)] = 2;

export interface SmsCount {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** Capacity of one segment in this encoding. */
  singleLimit: number;
}

export function smsCount(text: string): SmsCount {
  let septets = 0;
  let gsm = true;
  // Every GSM-7 character is one UTF-16 code unit; half of a surrogate pair is none of them.
  for (let i = 0; i < text.length; i++) {
    const n = SEPTETS[text.charCodeAt(i)]!;
    if (n === 0) {
      gsm = false;
      break;
    }
    septets += n;
  }
  if (gsm)
    return {
      encoding: 'GSM-7',
      units: septets,
      segments: septets <= 160 ? 1 : Math.ceil(septets / 153),
      singleLimit: 160,
    };
  const units = text.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67), singleLimit: 70 };
}

/** LinkedIn "little text": these characters must be backslash-escaped or the post is cut at them. */
const LINKEDIN_RESERVED = /[\\|{}@[\]()<>#*_~]/g;
export function escapeLinkedIn(text: string): string {
  return text.replace(LINKEDIN_RESERVED, (c) => `\\${c}`);
}
