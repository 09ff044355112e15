// The destinations, in publishing order. Adding one: a module here and its entry in ../config.ts.
import type { PublishConfig } from '../../config/publish.js';
import type { Destination } from '../types.js';
import { bluesky } from './bluesky.js';
import type { DestinationDeps, DestinationKind } from './common.js';
import { mastodon } from './mastodon.js';
import { slack } from './slack.js';
import { statuspage } from './statuspage.js';

export const DESTINATION_KINDS = [statuspage, slack, mastodon, bluesky] as const;
export const DESTINATION_IDS = DESTINATION_KINDS.map((d) => d.id);

/** The configured destinations, in order. */
export function configuredDestinations(config: PublishConfig | undefined, deps: DestinationDeps): Destination[] {
  const out: Destination[] = [];
  for (const kind of DESTINATION_KINDS) {
    const cfg = (config as Record<string, unknown> | undefined)?.[kind.id];
    if (cfg) out.push((kind as DestinationKind<unknown>).create(cfg, deps));
  }
  return out;
}
