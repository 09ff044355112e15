// The config's `publish` section (SPEC §8): the approval rule and one entry per destination. Pure zod; credentials only
// as references.
import * as z from 'zod';
import { hasRefs } from '../platform/secrets.js';
import { HttpUrl as Url } from '../model/provider-schema.js';

/** A credential: a ${ENV} or ${secret:NAME} reference, never the secret itself written into the file. */
const Credential = (example: string) =>
  z
    .string()
    .min(1)
    .refine((v) => hasRefs(v), {
      message: `a literal credential; write "\${${example}}" (or "\${secret:${example}}") and set the variable`,
    });

const ComponentStatus = z.enum([
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
]);

const Statuspage = z.strictObject({
  url: Url.default('https://api.statuspage.io/v1'),
  page: z.string().min(1),
  apiKey: Credential('STATUSPAGE_API_KEY'),
  /**
   * Component ids the incident marks: the impact's status while open, operational at resolved (default:
   * product.components).
   */
  components: z.array(z.string().min(1)).optional(),
  /** Component status by impact level (none/minor/major/critical) and, winning over it, by layer. */
  componentStatus: z
    .strictObject({
      impact: z.partialRecord(z.enum(['none', 'minor', 'major', 'critical']), ComponentStatus).optional(),
      layers: z.record(z.string(), ComponentStatus).optional(),
    })
    .optional(),
  /** deliver_notifications: whether Statuspage notifies the page's subscribers (default true). */
  notify: z.boolean().optional(),
  deliver_notifications: z.boolean().optional(),
});

const Slack = z
  .strictObject({
    url: Url.default('https://slack.com/api'),
    channel: z.string().min(1).optional(),
    token: Credential('SLACK_BOT_TOKEN').optional(),
    /** Follow-ups are replies in the thread; with broadcast they also show in the channel (reply_broadcast). */
    broadcast: z.boolean().default(false),
    /** The simple mode: an incoming webhook URL (a secret: it is the credential). No thread, no read-back. */
    webhook: Credential('SLACK_WEBHOOK_URL').optional(),
  })
  .superRefine((s, ctx) => {
    if (s.webhook && (s.token || s.channel))
      ctx.addIssue({
        code: 'custom',
        message: 'either webhook (simple mode) or token + channel (bot token), not both',
      });
    else if (!s.webhook && !(s.token && s.channel))
      ctx.addIssue({ code: 'custom', message: 'needs token and channel (bot token), or webhook (simple mode)' });
  });

const Mastodon = z.strictObject({
  url: Url,
  token: Credential('MASTODON_TOKEN'),
  visibility: z.enum(['public', 'unlisted', 'private', 'direct']).default('public'),
  language: z.string().min(2).max(8).default('en'),
});

const Bluesky = z.strictObject({
  url: Url.default('https://bsky.social'),
  identifier: z.string().min(1),
  password: Credential('BLUESKY_APP_PASSWORD'),
  /** Where a post's web link points (https://bsky.app/profile/HANDLE/post/RKEY). */
  appUrl: Url.default('https://bsky.app'),
  language: z.string().min(2).max(8).default('en'),
});

export const PublishConfigSchema = z.strictObject({
  /** two-person: the approver must not be who drafted the update. A process gate, not an access control. */
  approval: z.enum(['one-person', 'two-person']).default('one-person'),
  /** Per-request timeout; a timeout is an unknown outcome, read back before any retry. */
  timeoutSeconds: z.number().positive().max(300).default(15),
  /** How long rate limits (429/420 with Retry-After) are waited out before the post is reported as not sent. */
  rateLimitWaitSeconds: z.number().nonnegative().max(3600).default(60),
  statuspage: Statuspage.optional(),
  slack: Slack.optional(),
  mastodon: Mastodon.optional(),
  bluesky: Bluesky.optional(),
});
export type PublishConfig = z.infer<typeof PublishConfigSchema>;
export type StatuspageConfig = z.infer<typeof Statuspage>;
export type SlackConfig = z.infer<typeof Slack>;
export type MastodonConfig = z.infer<typeof Mastodon>;
export type BlueskyConfig = z.infer<typeof Bluesky>;
