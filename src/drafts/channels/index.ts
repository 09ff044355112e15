// The channel registry: every channel a bundle holds, with its label, file, limit and unit, its real length rule and
// the ordered variants of its text. A channel's templates are all in templates/channels/<id>/ (one file per variant,
// and title.hbs where the channel has a title). A new channel is one entry here and one folder there.
import { perString } from '../../text/memo.js';
import { escapeLinkedIn, graphemeCount, mastodonLength, smsCount, threadsLength, utf8Bytes } from './counting.js';
import { xWeightedLength } from './x.js';

export const CHANNEL_IDS = ['statuspage', 'x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'sms', 'slack'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export interface Measure {
  length: number;
  limit: number;
  unit: string;
  /** Over the limit (or another hard rule of the platform, e.g. Bluesky's byte cap). */
  over: boolean;
  /** Why it is over, in words, when over. */
  reason?: string;
}

export interface ChannelOptions {
  mastodonLimit?: number;
}

export interface Channel {
  id: ChannelId;
  /** Human name (the label): "X", "Bluesky" … */
  name: string;
  file: string;
  /** The limit a draft is held to, and what it counts (measure() says the exact count and reason). */
  limit: number;
  unit: string;
  /**
   * The variants of its text, most complete first: templates/channels/<id>/<variant>.hbs. The first that fits the
   * limit wins, else the last (see firstThatFits).
   */
  variants: readonly Variant[];
  /** A title rendered beside the body and measured instead of it (Statuspage): templates/channels/<id>/<title>.hbs. */
  title?: string;
  /** Public channels must not show internals; slack is internal. */
  public: boolean;
  /** Markdown output keeps single line breaks; plain text joins them into spaces. */
  markdown: boolean;
  /**
   * The limit is a preference, not a platform cap (SMS: one segment preferred, more are delivered
   * as one concatenated message): over it, the short variant is tried and lint warns instead of failing.
   */
  softLimit?: boolean;
  /** Turn the rendered text into what a person pastes (Slack escaping). */
  finish(text: string): string;
  /** An API payload file written beside the pasteable text (LinkedIn's escaped "little text"). */
  payload?: { file: string; render(text: string): string };
  measure(text: string, opts: ChannelOptions): Measure;
}

/** Variant names, in the order a channel may list them. */
export const VARIANTS = ['default', 'short', 'shortest'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * The one rule of which variant a channel posts: the first, in the channel's order, that is not over its limit; when
 * every one is over, the last one tried (the shortest). `make` returns undefined for a variant the set lacks.
 */
export function firstThatFits<T>(
  variants: readonly Variant[],
  make: (v: Variant) => T | undefined,
  over: (t: T) => boolean,
): T | undefined {
  let last: T | undefined;
  for (const v of variants) {
    const made = make(v);
    if (made === undefined) continue;
    last = made;
    if (!over(made)) return made;
  }
  return last;
}

/** A channel's template for a variant (or its title): templates/channels/<id>/<variant>.hbs. */
export function channelTemplate(channelId: ChannelId, variant: string): string {
  return `channels/${channelId}/${variant}`;
}

/** Every template name a channel renders: its variants, then its title. */
export function channelTemplates(channel: Channel): string[] {
  return [...channel.variants, ...(channel.title ? [channel.title] : [])].map((v) => channelTemplate(channel.id, v));
}

const plain = (text: string) => text;
export const escapeSlack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const simple =
  (limit: number, unit: string, count: (t: string) => number) =>
  (text: string): Measure => {
    const length = count(text);
    return {
      length,
      limit,
      unit,
      over: length > limit,
      reason: length > limit ? `${length}/${limit} ${unit}` : undefined,
    };
  };

export const CHANNELS: Record<ChannelId, Channel> = {
  statuspage: {
    id: 'statuspage',
    limit: 255,
    unit: 'characters (title)',
    variants: ['default'],
    title: 'title',
    name: 'Status page',
    file: 'statuspage.md',
    public: true,
    markdown: true,
    finish: plain,
    // The body has no practical limit; the title does (255). measure() is called on the title.
    measure: simple(255, 'characters (title)', (t) => [...t].length),
  },
  x: {
    id: 'x',
    limit: 280,
    unit: 'weighted characters',
    variants: ['default', 'short'],
    name: 'X',
    file: 'x.txt',
    public: true,
    markdown: false,
    finish: plain,
    measure: (text) => {
      const weighted = xWeightedLength(text);
      return {
        length: weighted,
        limit: 280,
        unit: 'weighted characters',
        over: weighted > 280,
        reason: weighted > 280 ? `${weighted}/280 weighted characters` : undefined,
      };
    },
  },
  bluesky: {
    id: 'bluesky',
    limit: 300,
    unit: 'graphemes',
    variants: ['default', 'short'],
    name: 'Bluesky',
    file: 'bluesky.txt',
    public: true,
    markdown: false,
    finish: plain,
    measure: (text) => {
      const length = graphemeCount(text);
      const bytes = utf8Bytes(text);
      const over = length > 300 || bytes > 3000;
      return {
        length,
        limit: 300,
        unit: 'graphemes',
        over,
        reason: over ? (length > 300 ? `${length}/300 graphemes` : `${bytes}/3000 bytes`) : undefined,
      };
    },
  },
  mastodon: {
    id: 'mastodon',
    limit: 500,
    unit: 'characters (URLs as 23)',
    variants: ['default', 'short'],
    name: 'Mastodon',
    file: 'mastodon.txt',
    public: true,
    markdown: false,
    finish: plain,
    measure: (text, opts) =>
      simple(opts.mastodonLimit ?? 500, 'characters (URLs as 23)', (t) => mastodonLength(t))(text),
  },
  threads: {
    id: 'threads',
    limit: 500,
    unit: 'characters (emoji as UTF-8 bytes)',
    variants: ['default', 'short'],
    name: 'Threads',
    file: 'threads.txt',
    public: true,
    markdown: false,
    finish: plain,
    measure: simple(500, 'characters (emoji as UTF-8 bytes)', threadsLength),
  },
  linkedin: {
    id: 'linkedin',
    limit: 3000,
    unit: 'characters (escaped)',
    variants: ['default'],
    name: 'LinkedIn',
    file: 'linkedin.txt',
    public: true,
    markdown: false,
    // linkedin.txt is what a person pastes; the API's escaped "little text" goes to linkedin.json.
    finish: plain,
    payload: {
      file: 'linkedin.json',
      render: (text) => JSON.stringify({ commentary: escapeLinkedIn(text) }, null, 2) + '\n',
    },
    // The API counts the escaped form, so that is what the limit applies to.
    measure: simple(3000, 'characters (escaped)', (t) => escapeLinkedIn(t).length),
  },
  sms: {
    id: 'sms',
    // One GSM-7 segment (70 in UCS-2); more segments are delivered, so the limit is soft.
    limit: 160,
    unit: 'GSM-7 characters, 1 segment',
    variants: ['default', 'short', 'shortest'],
    name: 'SMS',
    file: 'sms.txt',
    public: true,
    markdown: false,
    softLimit: true,
    finish: plain,
    measure: (text) => {
      const s = smsCount(text);
      const over = s.segments > 1;
      return {
        length: s.units,
        limit: s.singleLimit,
        unit: `${s.encoding} characters, ${s.segments} segment${s.segments > 1 ? 's' : ''}`,
        over,
        reason: over
          ? `${s.segments} ${s.encoding} segments (${s.units} characters; one segment holds ${s.singleLimit})`
          : undefined,
      };
    },
  },
  slack: {
    id: 'slack',
    limit: 40_000,
    unit: 'characters',
    variants: ['default'],
    name: 'Slack',
    file: 'slack.md',
    public: false,
    markdown: true,
    // Slack mrkdwn: "<!channel>" would notify everyone and "<url|text>" is a link; &, < and > are escaped.
    finish: escapeSlack,
    measure: simple(40_000, 'characters', (t) => t.length),
  },
};

export function isChannelId(id: string): id is ChannelId {
  return (CHANNEL_IDS as readonly string[]).includes(id);
}

/**
 * Whitespace rule for templates: in plain-text channels a single line break is a space and a
 * blank line is a paragraph break; in Markdown channels line breaks are kept. Runs of spaces fold.
 */
export function normalizeWhitespace(text: string, markdown: boolean): string {
  return markdown ? normalizedMarkdown(text) : normalizedPlain(text);
}
// Lint normalizes each render once for its text rules and again when measuring the channel: remember the last few.
const normalizedPlain = perString(64, (text) => normalize(text, false));
const normalizedMarkdown = perString(64, (text) => normalize(text, true));

function normalize(text: string, markdown: boolean): string {
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const paragraphs: string[] = [];
  for (const p of text.split(/\n[ \t]*\n+/)) {
    const folded = markdown ? markdownLines(p) : PLAIN_UNFOLDED.test(p) ? p.replace(/\s+/g, ' ').trim() : p;
    if (folded.trim() !== '') paragraphs.push(folded);
  }
  // No new line at the start, no whitespace at the end (trimEnd's whitespace is \s).
  const joined = paragraphs.join('\n\n');
  let start = 0;
  while (joined.charCodeAt(start) === 10) start++;
  return joined.slice(start).trimEnd();
}

/** What folding a plain paragraph changes: whitespace other than a space, two in a row, or any at either end. */
const PLAIN_UNFOLDED = /[^\S ]|\s{2}|^\s|\s$/;

/** A Markdown paragraph's lines without trailing blanks, inner runs of blanks folded, blank first and last lines dropped. */
function markdownLines(paragraph: string): string {
  const lines = paragraph.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    if (end < line.length) line = line.slice(0, end);
    if (line.includes('  ') || line.includes('\t')) line = line.replace(/(\S)[ \t]{2,}/g, '$1 ');
    if (line.trim() !== '' || (i > 0 && i < lines.length - 1)) kept.push(line);
  }
  return kept.join('\n');
}
