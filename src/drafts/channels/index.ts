// The channels a bundle holds, each with its file name, output kind and real length rule.
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
  /** Human name: "X", "Bluesky" … */
  name: string;
  file: string;
  /** Public channels must not show internals; slack is internal. */
  public: boolean;
  /** Markdown output keeps single line breaks; plain text joins them into spaces. */
  markdown: boolean;
  /**
   * The limit is a preference, not a platform cap (SMS: one segment preferred, more are delivered
   * as one concatenated message): over it, the short variant is tried and lint warns instead of failing.
   */
  softLimit?: boolean;
  /** A short public post: without a template of its own it renders social/default.hbs and social/short.hbs. */
  social?: boolean;
  /** Turn the rendered text into what a person pastes (Slack escaping). */
  finish(text: string): string;
  /** An API payload file written beside the pasteable text (LinkedIn's escaped "little text"). */
  payload?: { file: string; render(text: string): string };
  measure(text: string, opts: ChannelOptions): Measure;
}

const plain = (text: string) => text;
export const escapeSlack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const simple = (limit: number, unit: string, count: (t: string) => number) => (text: string): Measure => {
  const length = count(text);
  return { length, limit, unit, over: length > limit, reason: length > limit ? `${length}/${limit} ${unit}` : undefined };
};

export const CHANNELS: Record<ChannelId, Channel> = {
  statuspage: {
    id: 'statuspage',
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
    social: true,
    name: 'X',
    file: 'x.txt',
    public: true,
    markdown: false,
    finish: plain,
    measure: (text) => {
      const weighted = xWeightedLength(text);
      return { length: weighted, limit: 280, unit: 'weighted characters', over: weighted > 280, reason: weighted > 280 ? `${weighted}/280 weighted characters` : undefined };
    },
  },
  bluesky: {
    id: 'bluesky',
    social: true,
    name: 'Bluesky',
    file: 'bluesky.txt',
    public: true,
    markdown: false,
    finish: plain,
    measure: (text) => {
      const length = graphemeCount(text);
      const bytes = utf8Bytes(text);
      const over = length > 300 || bytes > 3000;
      return { length, limit: 300, unit: 'graphemes', over, reason: over ? (length > 300 ? `${length}/300 graphemes` : `${bytes}/3000 bytes`) : undefined };
    },
  },
  mastodon: {
    id: 'mastodon',
    social: true,
    name: 'Mastodon',
    file: 'mastodon.txt',
    public: true,
    markdown: false,
    finish: plain,
    measure: (text, opts) => simple(opts.mastodonLimit ?? 500, 'characters (URLs as 23)', (t) => mastodonLength(t))(text),
  },
  threads: {
    id: 'threads',
    social: true,
    name: 'Threads',
    file: 'threads.txt',
    public: true,
    markdown: false,
    finish: plain,
    measure: simple(500, 'characters (emoji as UTF-8 bytes)', threadsLength),
  },
  linkedin: {
    id: 'linkedin',
    name: 'LinkedIn',
    file: 'linkedin.txt',
    public: true,
    markdown: false,
    // linkedin.txt is what a person pastes; the API's escaped "little text" goes to linkedin.json.
    finish: plain,
    payload: { file: 'linkedin.json', render: (text) => JSON.stringify({ commentary: escapeLinkedIn(text) }, null, 2) + '\n' },
    // The API counts the escaped form, so that is what the limit applies to.
    measure: simple(3000, 'characters (escaped)', (t) => escapeLinkedIn(t).length),
  },
  sms: {
    id: 'sms',
    social: true,
    name: 'SMS',
    file: 'sms.txt',
    public: true,
    markdown: false,
    softLimit: true,
    finish: plain,
    measure: (text) => {
      const s = smsCount(text);
      const over = s.segments > 1;
      return { length: s.units, limit: s.singleLimit, unit: `${s.encoding} characters, ${s.segments} segment${s.segments > 1 ? 's' : ''}`, over, reason: over ? `${s.segments} ${s.encoding} segments (${s.units} characters; one segment holds ${s.singleLimit})` : undefined };
    },
  },
  slack: {
    id: 'slack',
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
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) =>
      markdown
        ? p
            .split('\n')
            .map((l) => l.replace(/[ \t]+$/g, '').replace(/(\S)[ \t]{2,}/g, '$1 '))
            .filter((l, i, a) => l.trim() !== '' || (i > 0 && i < a.length - 1))
            .join('\n')
        : p.replace(/\s+/g, ' ').trim(),
    )
    .filter((p) => p.trim() !== '');
  return paragraphs.join('\n\n').replace(/^\n+|\s+$/g, '');
}
