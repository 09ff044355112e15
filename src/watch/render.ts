// The watch screen and the one-line form of each event, as text. Pure: the state and a palette in, lines out.
import type { WatchEvent } from './events.js';
import type { Prompt, Ranked, WatchState } from './state.js';

/** The colours render uses; chalk fits, and so does a plain stand-in that returns the text unchanged. */
export interface Palette {
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export interface RenderOptions {
  /** The terminal's width: every line is cut to it, so a redraw knows how many rows it wrote. */
  width: number;
  c: Palette;
  /** Keys work (a terminal with input): say which. */
  keys: boolean;
}

/** "42s", "3m 12s", "1h 05m". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** "14:02:31 UTC". */
export function clock(iso: string): string {
  return `${iso.slice(11, 19)} UTC`;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;
const SGR = /\x1b\[[0-9;]*m/g;

/** Cut a line to `width` visible characters (colour codes do not count), marking the cut with "…". */
export function fit(line: string, width: number): string {
  const plain = line.replace(SGR, '');
  const chars = [...plain];
  if (chars.length <= width) return line;
  // Colours are dropped from a line that must be cut: cutting inside a sequence would leave the terminal coloured.
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

function rankingLine(now: Ranked[], before: Ranked[] | undefined, c: Palette): string {
  return now
    .filter((h, i) => i < 3 || h.confidence >= 0.1)
    .slice(0, 4)
    .map((h) => {
      const was = before?.find((b) => b.layer === h.layer);
      const delta = was ? Math.round((h.confidence - was.confidence) * 100) : 0;
      const moved = before ? before.findIndex((b) => b.layer === h.layer) !== now.indexOf(h) : false;
      const change = delta ? (delta > 0 ? c.yellow(` +${delta}`) : c.dim(` ${delta}`)) : '';
      return `${h.layer} ${pct(h.confidence)}${change}${moved ? c.yellow(' ↕') : ''}`;
    })
    .join('   ');
}

/** What an event says, in one sentence (the screen's prompt line and the plain output's line share it). */
export function eventText(e: WatchEvent): string {
  switch (e.event) {
    case 'round':
      return `round ${e.round}: ${e.reachable ? `${e.layer} ${pct(e.confidence)}, ${e.failing.length ? `failing: ${e.failing.join(', ')}` : 'every probe passing'}` : 'reconnecting (no server answered)'}`;
    case 'layer-changed':
      if (e.published === e.to)
        return `The top layer is back to ${e.to} (held ${e.rounds} rounds), the layer the last update published: no correction is needed.`;
      if (e.from === 'unknown')
        return `The evidence now points to ${e.to} (held ${e.rounds} rounds): the cause can be named.`;
      if (e.to === 'unknown')
        return `The evidence no longer points to ${e.from} (held ${e.rounds} rounds): the cause is not determined.`;
      return `The top layer changed from ${e.from} to ${e.to} and held ${e.rounds} rounds: a correction is likely.`;
    case 'relapse':
      return `The last update said ${e.phase}, but ${e.failing.join(', ')} ${e.failing.length === 1 ? 'fails' : 'fail'} again.`;
    case 'recovered':
      return `Every probe that failed has passed for ${e.rounds} rounds: propose monitoring.`;
    case 'resolved-candidate':
      return `Every probe has passed for ${e.minutes} minutes: propose resolved.`;
    case 'update-due':
      return e.overdue
        ? `The next update of ${e.incident} is overdue (promised for ${clock(e.due)}).`
        : `The next update of ${e.incident} is due at ${clock(e.due)}.`;
    case 'provider-incident':
      return `${e.provider} ${e.change} an incident: "${e.name}"${e.layer ? ` (${e.layer})` : ''}.`;
    case 'unreachable':
      return `Reconnecting: no request reached any server${e.sources.length ? ` (${e.sources.join(', ')})` : ''}: this machine looks offline or needs a proxy; this is not a provider failure.`;
    case 'reachable':
      return `Reconnected after ${duration(e.afterSeconds * 1000)}.`;
  }
}

/** One line per event for a log or a pipe: time, sentence, and the command it proposes. */
export function eventLine(e: WatchEvent): string {
  const command = 'command' in e ? ` Run: ${e.command}` : '';
  return `${clock(e.at)} ${e.event}: ${eventText(e)}${command}`;
}

/** Words into lines of at most `width` characters (a word longer than that stands alone, and is cut when drawn). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function promptLines(p: Prompt, o: RenderOptions): string[] {
  const { c } = o;
  const lines = [`${c.bold('▶')} ${clock(p.at).slice(0, 8)} ${p.alert ? c.red(p.text) : c.yellow(p.text)}`];
  if (p.proposal)
    lines.push(...wrap(`${o.keys ? '[d] runs' : 'Run:'} ${p.proposal.command}`, o.width - 4).map((l) => `  ${l}`));
  return lines;
}

/** The screen for one state. */
export function render(s: WatchState, o: RenderOptions): string[] {
  const { c } = o;
  const now = Date.parse(s.at);
  const lines: string[] = [];
  const head = `${c.bold('layerpost watch')} · incident ${s.ctx.incident} · round ${s.round} · every ${duration(s.ctx.intervalMs)} · ${clock(s.at)}`;
  lines.push(
    s.reachable
      ? head
      : `${head}  ${c.yellow(`reconnecting… (no server answered since ${clock(s.unreachableSince ?? s.at)}; not a provider failure)`)}`,
  );

  const inc = s.incident;
  if (!inc) lines.push(c.dim('No update drafted for this incident yet.'));
  else {
    let next = '';
    if (inc.phase === 'resolved') next = c.green(' · resolved');
    else if (inc.nextUpdateAt) {
      const left = Date.parse(inc.nextUpdateAt) - now;
      next =
        left < 0
          ? ` · ${c.red(`next update OVERDUE by ${duration(-left)} (promised ${clock(inc.nextUpdateAt)})`)}`
          : ` · next update in ${s.due === 'soon' ? c.yellow(duration(left)) : duration(left)} (${clock(inc.nextUpdateAt)})`;
    } else next = c.dim(' · no next update promised');
    lines.push(`Last update: #${inc.update} ${inc.phase} · ${inc.layer} · ${clock(inc.createdAt)}${next}`);
  }

  const held = s.pending
    ? ` ${c.yellow(`(${s.pending.layer} on top for ${s.pending.rounds} round${s.pending.rounds === 1 ? '' : 's'})`)}`
    : '';
  lines.push(`Layer: ${c.bold(s.layer)}${held}`);
  if (s.ranking.length) lines.push(`Diagnosis: ${rankingLine(s.ranking, s.previousRanking, c)}`);

  if (s.probes.length) {
    lines.push('Probes:');
    const w = Math.min(24, Math.max(...s.probes.map((p) => p.id.length)));
    for (const p of s.probes) {
      const state = p.ok ? c.green('✓') : c.red('✗');
      const what = p.ok ? 'ok' : `${p.outcome}${p.status !== undefined ? ` ${p.status}` : ''}`;
      const detail = p.ok ? '' : `  ${c.dim(p.detail)}`;
      lines.push(
        `  ${state} ${p.id.padEnd(w)}  ${p.layer.padEnd(14)}  ${(p.ok ? c.green : c.red)(what.padEnd(16))}  ${p.ok ? 'passing' : 'failing'} for ${duration(now - Date.parse(p.since))}${detail}`,
      );
    }
  }
  if (s.providers.length) {
    lines.push('Providers:');
    for (const p of s.providers) {
      const ind =
        p.error && !p.stale
          ? c.yellow('unknown')
          : p.indicator === 'none'
            ? c.green('operational')
            : p.indicator === 'unknown'
              ? c.yellow('unknown')
              : c.red(p.indicator);
      const incs = p.incidents.map((i) => `"${i.name}" (${i.status}${i.layer ? `, ${i.layer}` : ''})`).join('; ');
      const tail = p.error ? c.dim(` (${p.error}${p.stale ? '; last answer shown' : ''})`) : '';
      lines.push(`  ${p.name}: ${ind}${incs ? ` — ${incs}` : ''}${tail}`);
    }
  }
  if (s.healthy && s.everFailed.length) {
    const t = s.ctx.thresholds;
    lines.push(
      c.green(
        `Recovery: every probe passing for ${s.healthy.rounds}/${t.recoveredRounds} rounds, ${duration(now - Date.parse(s.healthy.since))} of ${t.resolvedAfterMinutes}m`,
      ),
    );
  }
  if (s.evidenceFile) lines.push(c.dim(`Evidence: ${s.evidenceFile}`));
  for (const p of s.prompts) lines.push(...promptLines(p, o));
  lines.push(
    c.dim(
      o.keys
        ? s.prompts.some((p) => p.proposal)
          ? '[d] draft the last proposal · [q] quit'
          : '[q] quit'
        : 'Ctrl-C to stop',
    ),
  );
  return lines.map((l) => fit(l, o.width));
}

/** The state with this round's prompts added (the last few are kept on screen). */
export function withPrompts(s: WatchState, es: readonly WatchEvent[], keep = 3): WatchState {
  const raised = es
    .filter((e) => e.event !== 'round' && e.event !== 'reachable')
    .map((e): Prompt => ({
      event: e.event,
      at: e.at,
      text: eventText(e),
      alert:
        (e.event === 'update-due' && e.overdue) ||
        (e.event === 'layer-changed' && e.published !== e.to) ||
        e.event === 'relapse',
      ...('command' in e
        ? {
            proposal: {
              phase: e.propose,
              layer: e.layer,
              ...(e.evidence ? { from: e.evidence } : {}),
              command: e.command,
            },
          }
        : {}),
    }));
  // "Reconnecting" stays only while it is true.
  const kept = s.prompts.filter((p) => !(s.reachable && p.event === 'unreachable'));
  if (!raised.length && kept.length === s.prompts.length) return s;
  return { ...s, prompts: [...kept, ...raised].slice(-keep) };
}
