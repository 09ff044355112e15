// Renders every channel's draft from compiled templates and a context, measuring each against its real limit.
import type { Draft } from '../model/bundle.js';
import {
  channelTemplate,
  CHANNELS,
  firstThatFits,
  normalizeWhitespace,
  type ChannelId,
  type ChannelOptions,
} from './channels/index.js';
import type { TemplateContext } from './context.js';

/** What the renderer needs from a compiled template set (see src/templating/engine.ts). */
export interface Renderer {
  render(name: string, ctx: unknown): string;
  has(name: string): boolean;
  /** One phrase ({{> NAME}}) rendered on its own, for the context's layer or for `layerId`. */
  renderPhrase(name: string, ctx: unknown, layerId?: string): string;
}

/** The template a channel's variant renders (templates/channels/<id>/<variant>.hbs), when the set has it. */
export function templateName(
  has: (name: string) => boolean,
  channelId: ChannelId,
  variant: string,
): string | undefined {
  const name = channelTemplate(channelId, variant);
  return has(name) ? name : undefined;
}

/** The phrases lint and review judge a draft by, rendered from the template set for this context. */
export interface Said {
  /** {{> layer-name}}: "Anthropic's API" */
  layerName: string;
  /** {{> cause}} and {{> cause-short}} */
  cause: string;
  causeShort: string;
  notAffected: string;
  notAffectedShort: string;
  /** {{> correction}} and {{> correction-short}} when the context corrects an earlier layer, else "". */
  correction: string;
  correctionShort: string;
  /** {{> previous-layer-name}} for a follow-up, else "". */
  previousLayerName: string;
  /** {{> phase-name}}: "Monitoring" */
  phaseName: string;
  /** Every layer's {{> layer-name}} in this context, by layer id (for "names another layer"). */
  layerNames: Record<string, string>;
}

/** Render the phrases of `Said`; a phrase the set lacks is "" (lint reports the missing partial where it is called). */
export function renderSaid(
  renderer: Pick<Renderer, 'renderPhrase'>,
  ctx: TemplateContext,
  layerIds: readonly string[],
): Said {
  const one = (name: string, layerId?: string) => {
    try {
      return normalizeWhitespace(renderer.renderPhrase(name, ctx, layerId), false);
    } catch {
      return '';
    }
  };
  return {
    layerName: one('layer-name'),
    cause: one('cause'),
    causeShort: one('cause-short'),
    notAffected: one('not-affected'),
    notAffectedShort: one('not-affected-short'),
    correction: ctx.correction.has ? one('correction') : '',
    correctionShort: ctx.correction.has ? one('correction-short') : '',
    previousLayerName: ctx.previous.has ? one('previous-layer-name') : '',
    phaseName: one('phase-name'),
    layerNames: Object.fromEntries(layerIds.map((id) => [id, one('layer-name', id)])),
  };
}

export function renderChannel(
  renderer: Renderer,
  channelId: ChannelId,
  ctx: TemplateContext,
  opts: ChannelOptions = {},
): Draft {
  const channel = CHANNELS[channelId];
  const titleName = channel.title ? templateName((n) => renderer.has(n), channelId, channel.title) : undefined;
  const title = titleName ? normalizeWhitespace(renderer.render(titleName, ctx), false) : undefined;
  const draft = firstThatFits(
    channel.variants,
    (variant): Draft | undefined => {
      const name = templateName((n) => renderer.has(n), channelId, variant);
      if (!name) return undefined;
      const text = channel.finish(normalizeWhitespace(renderer.render(name, ctx), channel.markdown));
      const m = channel.measure(title ?? text, opts);
      return {
        channel: channelId,
        file: channel.file,
        text,
        ...(title !== undefined ? { title } : {}),
        length: m.length,
        limit: m.limit,
        unit: m.unit,
        variant,
        overLimit: m.over,
      };
    },
    (d) => d.overLimit,
  );
  if (!draft)
    throw new Error(
      `no template for channel ${channelId} (expected ${channelTemplate(channelId, channel.variants[0]!)}.hbs)`,
    );
  return draft;
}

export function renderDrafts(
  renderer: Renderer,
  ctx: TemplateContext,
  channels: readonly ChannelId[],
  opts: ChannelOptions = {},
): Draft[] {
  return channels.map((c) => renderChannel(renderer, c, ctx, opts));
}

/** Component status on our own status page for a given impact level and phase. */
export function componentStatus(level: TemplateContext['impact']['level'], phase: string): string {
  if (phase === 'resolved') return 'operational';
  return level === 'critical'
    ? 'major_outage'
    : level === 'major'
      ? 'partial_outage'
      : level === 'minor'
        ? 'degraded_performance'
        : 'operational';
}

/** The Statuspage incident API payload (POST /v1/pages/{page_id}/incidents) for the statuspage draft. */
export function statuspagePayload(
  draft: Draft,
  ctx: TemplateContext,
  components: ReadonlyArray<{ id: string }>,
): unknown {
  const status = componentStatus(ctx.impact.level, ctx.phase.id);
  return {
    incident: {
      name: draft.title ?? '',
      status: ctx.phase.id,
      body: draft.text,
      ...(components.length
        ? {
            component_ids: components.map((c) => c.id),
            components: Object.fromEntries(components.map((c) => [c.id, status])),
          }
        : {}),
      deliver_notifications: true,
    },
  };
}
