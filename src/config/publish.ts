// The config's `publish` section (SPEC §8): the approval rule and one entry per destination. Pure zod; credentials only
// as references.
import * as z from 'zod/mini';
import '../model/zod-locale.js';
import { hasRefs } from '../platform/secrets.js';
import { HttpUrl as Url } from '../model/provider-schema.js';

/** A credential: a ${ENV} or ${secret:NAME} reference, never the secret itself written into the file. */
const Credential = (example: string) =>
  z.string().check(
    z.minLength(1),
    z.refine((v) => hasRefs(v), {
      message: `a literal credential; write "\${${example}}" (or "\${secret:${example}}") and set the variable`,
    }),
  );

const ComponentStatus = z.enum([
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
]);

const Statuspage = z.strictObject({
  url: z._default(Url, 'https://api.statuspage.io/v1'),
  page: z.string().check(z.minLength(1)),
  apiKey: Credential('STATUSPAGE_API_KEY'),
  /**
   * Component ids the incident marks: the impact's status while open, operational at resolved (default:
   * product.components).
   */
  components: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Component status by impact level (none/minor/major/critical) and, winning over it, by layer. */
  componentStatus: z.optional(
    z.strictObject({
      impact: z.optional(z.partialRecord(z.enum(['none', 'minor', 'major', 'critical']), ComponentStatus)),
      layers: z.optional(z.record(z.string(), ComponentStatus)),
    }),
  ),
  /** deliver_notifications: whether Statuspage notifies the page's subscribers (default true). */
  notify: z.optional(z.boolean()),
  deliver_notifications: z.optional(z.boolean()),
});

const Slack = z
  .strictObject({
    url: z._default(Url, 'https://slack.com/api'),
    channel: z.optional(z.string().check(z.minLength(1))),
    token: z.optional(Credential('SLACK_BOT_TOKEN')),
    /** Follow-ups are replies in the thread; with broadcast they also show in the channel (reply_broadcast). */
    broadcast: z._default(z.boolean(), false),
    /** The simple mode: an incoming webhook URL (a secret: it is the credential). No thread, no read-back. */
    webhook: z.optional(Credential('SLACK_WEBHOOK_URL')),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.webhook && (s.token || s.channel))
        ctx.addIssue({
          code: 'custom',
          message: 'either webhook (simple mode) or token + channel (bot token), not both',
        });
      else if (!s.webhook && !(s.token && s.channel))
        ctx.addIssue({ code: 'custom', message: 'needs token and channel (bot token), or webhook (simple mode)' });
    }),
  );

const Mastodon = z.strictObject({
  url: Url,
  token: Credential('MASTODON_TOKEN'),
  visibility: z._default(z.enum(['public', 'unlisted', 'private', 'direct']), 'public'),
  language: z._default(z.string().check(z.minLength(2), z.maxLength(8)), 'en'),
});

const Bluesky = z.strictObject({
  url: z._default(Url, 'https://bsky.social'),
  identifier: z.string().check(z.minLength(1)),
  password: Credential('BLUESKY_APP_PASSWORD'),
  /** Where a post's web link points (https://bsky.app/profile/HANDLE/post/RKEY). */
  appUrl: z._default(Url, 'https://bsky.app'),
  language: z._default(z.string().check(z.minLength(2), z.maxLength(8)), 'en'),
});

export const PublishConfigSchema = z.strictObject({
  /** two-person: the approver must not be who drafted the update. A process gate, not an access control. */
  approval: z._default(z.enum(['one-person', 'two-person']), 'one-person'),
  /** Per-request timeout; a timeout is an unknown outcome, read back before any retry. */
  timeoutSeconds: z._default(z.number().check(z.positive(), z.lte(300)), 15),
  /** How long rate limits (429/420 with Retry-After) are waited out before the post is reported as not sent. */
  rateLimitWaitSeconds: z._default(z.number().check(z.nonnegative(), z.lte(3600)), 60),
  statuspage: z.optional(Statuspage),
  slack: z.optional(Slack),
  mastodon: z.optional(Mastodon),
  bluesky: z.optional(Bluesky),
});
export type PublishConfig = z.infer<typeof PublishConfigSchema>;
export type StatuspageConfig = z.infer<typeof Statuspage>;
export type SlackConfig = z.infer<typeof Slack>;
export type MastodonConfig = z.infer<typeof Mastodon>;
export type BlueskyConfig = z.infer<typeof Bluesky>;
