// Renders every channel's draft from compiled templates and a context, measuring each against its real limit.
import type { Draft } from './bundle.js';
import { CHANNELS, normalizeWhitespace, type ChannelId, type ChannelOptions } from './channels/index.js';
import type { TemplateContext } from './context.js';

/** What the renderer needs from a compiled template set (see src/templates/engine.ts). */
export interface Renderer {
  render(name: string, ctx: unknown): string;
  has(name: string): boolean;
}

export const VARIANTS = ['default', 'short'] as const;

export function renderChannel(renderer: Renderer, channelId: ChannelId, ctx: TemplateContext, opts: ChannelOptions = {}): Draft {
  const channel = CHANNELS[channelId];
  const title = channelId === 'statuspage' && renderer.has('statuspage/title') ? normalizeWhitespace(renderer.render('statuspage/title', ctx), false) : undefined;
  let last: Draft | undefined;
  for (const variant of VARIANTS) {
    const name = `${channelId}/${variant}`;
    if (!renderer.has(name)) continue;
    const text = channel.finish(normalizeWhitespace(renderer.render(name, ctx), channel.markdown));
    const m = channel.measure(title ?? text, opts);
    last = { channel: channelId, file: channel.file, text, ...(title !== undefined ? { title } : {}), length: m.length, limit: m.limit, unit: m.unit, variant, overLimit: m.over };
    if (!m.over) return last;
  }
  if (!last) throw new Error(`no template for channel ${channelId} (expected ${channelId}/default.hbs)`);
  return last;
}

export function renderDrafts(renderer: Renderer, ctx: TemplateContext, channels: readonly ChannelId[], opts: ChannelOptions = {}): Draft[] {
  return channels.map((c) => renderChannel(renderer, c, ctx, opts));
}

/** Component status on our own status page for a given impact level and phase. */
export function componentStatus(level: TemplateContext['impact']['level'], phase: string): string {
  if (phase === 'resolved') return 'operational';
  return level === 'critical' ? 'major_outage' : level === 'major' ? 'partial_outage' : level === 'minor' ? 'degraded_performance' : 'operational';
}

/** The Statuspage incident API payload (POST /v1/pages/{page_id}/incidents) for the statuspage draft. */
export function statuspagePayload(draft: Draft, ctx: TemplateContext, components: ReadonlyArray<{ id: string }>): unknown {
  const status = componentStatus(ctx.impact.level, ctx.phase.id);
  return {
    incident: {
      name: draft.title ?? '',
      status: ctx.phase.id,
      body: draft.text,
      ...(components.length
        ? { component_ids: components.map((c) => c.id), components: Object.fromEntries(components.map((c) => [c.id, status])) }
        : {}),
      deliver_notifications: true,
    },
  };
}
