// Rule `length`: a draft fits its channel's real limit (X weighting, Bluesky graphemes, SMS segments …).
import { CHANNELS, isChannelId } from '../../drafts/channels/index.js';
import { SOURCES } from '../sources.js';
import type { DraftRule } from '../types.js';

export const length: DraftRule = {
  id: 'length',
  kind: 'draft',
  severity: 'error',
  description:
    "Every channel's draft fits its limit, counted the way the platform counts, for every layer × phase (worst case reported).",
  docs: [
    `A post that does not fit is cut by the platform or refused, usually at the end, where the next-update time is.`,
    `Lint renders every template for every layer × phase with long product and model names, several models, a URL`,
    `and Japanese text, and counts as each platform does (X weights URLs as 23 and CJK as 2, Bluesky counts`,
    `graphemes and bytes, SMS counts GSM-7/UCS-2 segments, the status-page title 255). When the default template is`,
    `over, the short one is used; a finding means even the draft that would be posted is over, and it names the`,
    `worst case and its inputs. SMS's one segment is a preference, not a platform cap (longer messages arrive`,
    `concatenated): it is at most a warning, and only the typical fixture is held to it, since any non-Latin name`,
    `makes an SMS UCS-2, 70 characters a segment, whatever the template says. Sources: ${SOURCES.layerpost} (SPEC`,
    `§4, the channel table); the platforms' documented limits.`,
  ].join(' '),
  check(draft) {
    if (!draft.overLimit) return [];
    const channel = isChannelId(draft.channel) ? CHANNELS[draft.channel] : undefined;
    const what = draft.channel === 'statuspage' ? 'title' : `${draft.variant} draft`;
    const soft = channel?.softLimit ? ' (a preferred limit: it is still delivered)' : '';
    return [
      {
        message: `the ${channel?.name ?? draft.channel} ${what} is over the limit: ${draft.length}/${draft.limit} ${draft.unit}${soft}`,
        ...(channel?.softLimit ? { atMost: 'warning' as const } : {}),
      },
    ];
  },
};
