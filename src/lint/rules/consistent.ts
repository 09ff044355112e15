// Rule `consistent`: every channel of one bundle states the same layer, phase and next-update time.
import { oncePer } from '../../text/memo.js';
import { CHANNELS, isChannelId } from '../../drafts/channels/index.js';
import type { LintContext } from '../types.js';
import { PHASES, type Layer, type Phase } from '../../model/layers.js';
import { SOURCES } from '../sources.js';
import {
  clockTimes,
  containsPhrase,
  core,
  filledLayers,
  gated,
  layerPhrases,
  readableText,
  removePhrase,
  withoutQuoted,
  type Gated,
} from '../text.js';
import type { BundleHit, BundleRule } from '../types.js';

/** The English phase words a draft may state (lint's heuristics read English). */
const PHASE_NAMES: Record<Phase, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

/** "Investigating:" / "*Resolved: …" at the start of a line or after Markdown emphasis: the phase a draft states. */
const PHASE_STATEMENT = Object.fromEntries(
  PHASES.map((p) => [
    p,
    gated(new RegExp(`(?:^|\\n|\\*)\\s*(?:Resolved: )?${PHASE_NAMES[p]}\\s*:`, 'i'), [PHASE_NAMES[p]]),
  ]),
) as Record<(typeof PHASES)[number], Gated>;
const RESOLVED_LINE = gated(/^\s*Resolved\s*:/im, ['resolved']);
const NEXT_UPDATE_TIME = gated(/\bnext update[^.\n]{0,40}?\b(\d{1,2}:\d{2})\b/gi, ['next update']);

/** What one draft states that its bundle does not. */
interface Disagreement {
  channel: string;
  /** Layers named besides the bundle's own. */
  layers: string[];
  /** Phases stated other than the bundle's. */
  phases: Phase[];
  /** Next-update times other than the bundle's. */
  times: string[];
}

export const consistent: BundleRule = {
  id: 'consistent',
  kind: 'bundle',
  severity: 'error',
  description: 'Every channel of one bundle states the same layer, phase and next-update time.',
  docs: [
    `Readers see the status page, X and Mastodon side by side; if one says the network and another the provider's`,
    `API, or two give different next-update times, none is believed. For each draft of a bundle the rule reads`,
    `which layers it names (ignoring correction sentences and the not-affected sentence, which name other layers on`,
    `purpose), which phase it states ("Investigating:", "Resolved"), and which next-update time it gives, and`,
    `reports drafts that disagree with the bundle. Sources: ${SOURCES.atlassian} (tip 4, "Stay consistent across`,
    `channels"); ${SOURCES.layerpost}.`,
  ].join(' '),
  check({ drafts, ctx, layers }) {
    const { filled, expectedTimes, aside, own } = prepared(ctx)(layers);
    /** Where a text disagrees with the bundle: the other layers it names, the other phases and times it states. */
    const disagreements = (channel: string, text: string): Disagreement => ({
      channel,
      layers: filled
        .filter((l) => l.id !== ctx.layer.id && l.phrases.some((p) => containsPhrase(text, p)))
        .map((l) => l.id),
      phases: PHASES.filter(
        (p) => p !== ctx.phase.id && (PHASE_STATEMENT[p].test(text) || (p === 'resolved' && RESOLVED_LINE.test(text))),
      ),
      times: [...NEXT_UPDATE_TIME.matchAll(text)]
        .map((m) => clockTimes(m[1]!)[0]!)
        .filter((t) => !expectedTimes.includes(t)),
    });
    const found: Disagreement[] = drafts.map((d) => {
      const channel = isChannelId(d.channel) ? CHANNELS[d.channel] : { id: d.channel };
      // the title and text as the text rules read them (so already folded), on their own lines
      const raw = `${readableText(d.title ?? '', channel)}\n${readableText(d.text, channel)}`;
      // Removing the words that may disagree on purpose (below) only takes words away: a draft whose whole text agrees
      // with the bundle agrees without them, and most do, so the removing is done only for a draft that does not.
      const whole = disagreements(d.channel, raw);
      if (!whole.layers.length && !whole.phases.length && !whole.times.length) return whole;
      // Quotations, corrections and the not-affected sentences name other layers and times on purpose.
      let text = withoutQuoted(raw, ctx);
      for (const p of aside) text = removePhrase(text, p);
      // The bundle's own layer phrases may contain another layer's words ("… not reaching Anthropic's API: the network
      // …"): remove them first.
      for (const p of own) if (containsPhrase(text, p)) text = removePhrase(text, p);
      return disagreements(d.channel, text);
    });
    const hits: BundleHit[] = [];
    const expectedLayer = filled.find((l) => l.id === ctx.layer.id);
    for (const s of found) {
      if (s.layers.length)
        hits.push({
          channel: s.channel,
          message: `names the layer ${s.layers.join(', ')} ("${filled.find((l) => l.id === s.layers[0])!.phrases[1] ?? s.layers[0]}") but the bundle's layer is ${ctx.layer.id}${expectedLayer ? ` ("${expectedLayer.phrases[1] ?? expectedLayer.phrases[0]}")` : ''}`,
        });
      if (s.phases.length)
        hits.push({
          channel: s.channel,
          message: `states the phase ${s.phases.map((p) => PHASE_NAMES[p]).join(', ')} but the bundle's phase is ${ctx.said.phaseName || ctx.phase.id}`,
        });
      if (s.times.length)
        hits.push({
          channel: s.channel,
          message: `gives the next update at ${s.times.join(', ')} but the bundle's next update is ${ctx.nextUpdate.at.both}`,
          needle: s.times[0],
        });
    }
    return hits;
  },
};

interface Prepared {
  filled: ReturnType<typeof filledLayers>;
  expectedTimes: string[];
  /** The not-affected sentences, which name other layers on purpose. */
  aside: string[];
  /** This layer's phrases. */
  own: string[];
}

/** What the rule needs of one bundle context, built once per context (lint checks 84 bundles of 8 drafts). */
const prepared = oncePer((ctx: LintContext) =>
  oncePer((layers: readonly Layer[]): Prepared => ({
    filled: filledLayers(layers, ctx),
    expectedTimes: clockTimes(ctx.nextUpdate.at.both),
    aside: [ctx.said.notAffected, ctx.said.notAffectedShort].map(core).filter(Boolean),
    own: layerPhrases(ctx),
  })),
);
