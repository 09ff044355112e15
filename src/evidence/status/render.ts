// Renders provider statuses for people: one block per provider with its open incidents and degraded components.
import type { ChalkInstance } from 'chalk';
import type { ProviderStatus } from '../../model/evidence.js';
import { COMPONENT_WORDS, normalizeComponentStatus } from './formats/common.js';
import { indicatorTone, indicatorWords } from '../../model/indicator.js';

export interface RenderOptions {
  now: Date;
  c: ChalkInstance;
  /** Terminal width; long lines are cut to it. Undefined: plain text, cut at a fixed length. */
  columns?: number;
}

/** "3m", "2h 5m", "4d 1h"; a time in the future or unparseable gives undefined. */
export function formatAge(fromIso: string | undefined, now: Date): string | undefined {
  const t = fromIso ? Date.parse(fromIso) : NaN;
  if (!Number.isFinite(t)) return undefined;
  const s = Math.floor((now.getTime() - t) / 1000);
  if (s < 0) return undefined;
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h ${m % 60}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

/** A provider state's colour on a terminal: one per tone, for every command. */
export function colorFor(c: ChalkInstance, indicator: string): (s: string) => string {
  const tone = indicatorTone(indicator);
  return tone === 'ok' ? c.green : tone === 'warn' ? c.yellow : tone === 'bad' ? c.red.bold : c.blue;
}

export function renderStatuses(statuses: ProviderStatus[], opts: RenderOptions): string {
  const { c, now } = opts;
  const limit = opts.columns && opts.columns > 40 ? opts.columns : 160;
  const cut = (s: string, indent: number) => {
    const room = limit - indent;
    return s.length > room ? `${s.slice(0, Math.max(10, room - 1))}…` : s;
  };
  const nameWidth = Math.min(28, Math.max(8, ...statuses.map((s) => s.name.length)));
  const labelWidth = 15;
  const lines: string[] = [];
  for (const s of statuses) {
    const label = indicatorWords(s.indicator) + (s.cachedAt ? '*' : '');
    const head = s.indicator === 'unknown' && s.error && !s.cachedAt ? `no answer: ${s.error}` : s.description;
    lines.push(
      `${c.bold(s.name.padEnd(nameWidth))}  ${colorFor(c, s.indicator)(label.padEnd(labelWidth))}  ${cut(head, nameWidth + labelWidth + 4)}`,
    );
    const pad = ' '.repeat(2);
    if (s.cachedAt) {
      const age = formatAge(s.cachedAt, now) ?? 'unknown age';
      lines.push(
        c.yellow(
          cut(`${pad}* stale: last good answer from ${age} ago (${s.cachedAt}); now: ${s.error ?? 'failed'}`, 0),
        ),
      );
    }
    for (const i of s.incidents) {
      const since = formatAge(i.startedAt, now);
      const facts = [
        i.status,
        i.componentStatus ? COMPONENT_WORDS[normalizeComponentStatus(i.componentStatus)] : undefined,
        since ? `since ${since} ago` : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      const link = i.layer ? ` → ${i.layer}${i.models?.length ? ` (${i.models.join(', ')})` : ''}` : '';
      lines.push(
        cut(`${pad}${colorFor(c, s.indicator === 'none' ? 'minor' : s.indicator)('!')} ${i.name} [${facts}]${link}`, 0),
      );
      if (i.latestUpdate) {
        const age = formatAge(i.updatedAt, now);
        lines.push(c.dim(cut(`${pad}    latest${age ? ` (${age} ago)` : ''}: ${i.latestUpdate}`, 0)));
      }
      if (i.url) lines.push(c.dim(cut(`${pad}    ${i.url}`, 0)));
    }
    for (const mnt of s.maintenances ?? [])
      lines.push(c.blue(cut(`${pad}~ maintenance: ${mnt.name} [${mnt.status}]`, 0)));
    const degraded = s.components.filter((x) => x.status !== 'operational' && x.status !== 'unknown');
    for (const comp of degraded) {
      const words = COMPONENT_WORDS[normalizeComponentStatus(comp.status)];
      lines.push(
        cut(
          `${pad}- ${comp.group ? `${comp.group} / ` : ''}${comp.name}: ${words}${comp.layer ? ` → ${comp.layer}` : ''}`,
          0,
        ),
      );
    }
  }
  if (statuses.some((s) => s.cachedAt)) lines.push(c.dim('* from the cache: the source failed now.'));
  return lines.join('\n') + '\n';
}
