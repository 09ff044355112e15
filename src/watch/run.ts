// The watch flow: rounds of probes and status, the state and its events, the output (screen, lines or JSON), and drafts
// on a key.
import { join, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { ResolvedConfig } from '../config/load.js';
import type { Evidence } from '../model/evidence.js';
import { AnswersSchema } from '../model/bundle.js';
import { ExitCode, UsageError } from '../platform/errors.js';
import type { Log, Runtime } from '../platform/runtime.js';
import { redactDeep } from '../platform/secrets.js';
import { jsonForTerminal } from '../text/sanitize.js';
import { gatherEvidence, providersFor, selectProbes } from '../evidence/gather.js';
import { describeNotRun } from '../evidence/probes/prepare.js';
import { newIncidentId } from '../answers/inputs.js';
import { checkIncidentDir } from '../bundle/store.js';
import { events, type WatchEvent } from './events.js';
import { duration, eventLine, render, withPrompts } from './render.js';
import { schedule } from './schedule.js';
import {
  advance,
  DEFAULT_THRESHOLDS,
  type Proposal,
  type Thresholds,
  type WatchContext,
  type WatchState,
} from './state.js';
import { IncidentReader, latestOpenIncident, RoundStore } from './store.js';
import type { Screen } from './terminal.js';

export interface WatchOptions {
  incident?: string;
  /** Seconds between the starts of two rounds. */
  interval?: number;
  untilResolved?: true;
  out?: string;
  /** Stop after this many rounds. */
  rounds?: number;
  keep?: number;
  recoveredRounds?: number;
  resolvedAfter?: number;
  dueWarning?: number;
  /** Minutes with no server answering before giving up (exit 1). */
  unreachableLimit?: number;
  bell?: true;
}

export interface WatchEnv {
  rt: Runtime;
  config: ResolvedConfig;
  log: Log;
  c: ChalkInstance;
}

export interface WatchDeps {
  /** The screen on a terminal (absent: one line or JSON object per event). */
  screen?: Screen;
  /** Keys from the terminal: given the handler, returns pause/resume around a draft. */
  keys?: (onKey: (key: string) => void) => { pause(): void; resume(): void };
  /** Runs a proposed draft (the draft command with its interview); returns its exit code. */
  draft?: (p: Proposal, flags: Record<string, unknown>) => Promise<number>;
  /** Told after each round (tests: memory and handles over a soak). */
  onRound?: (s: WatchState) => void;
}

/** Thresholds from flags, then the config's `watch:`, then the defaults. */
export function thresholdsFor(o: WatchOptions, config: ResolvedConfig): Thresholds {
  const w = config.raw.watch ?? {};
  return {
    recoveredRounds: o.recoveredRounds ?? w.recoveredRounds ?? DEFAULT_THRESHOLDS.recoveredRounds,
    resolvedAfterMinutes: o.resolvedAfter ?? w.resolvedAfterMinutes ?? DEFAULT_THRESHOLDS.resolvedAfterMinutes,
    dueWarningMinutes: o.dueWarning ?? w.dueWarningMinutes ?? DEFAULT_THRESHOLDS.dueWarningMinutes,
    layerHoldRounds: DEFAULT_THRESHOLDS.layerHoldRounds,
  };
}

/** What the round changed that is worth keeping its evidence for. */
function changed(prev: WatchState | undefined, next: WatchState, es: readonly WatchEvent[]): boolean {
  if (!prev || es.some((e) => e.event !== 'round')) return true;
  return (
    prev.reachable !== next.reachable ||
    prev.layer !== next.layer ||
    prev.failing.join() !== next.failing.join() ||
    prev.ranking[0]?.layer !== next.ranking[0]?.layer
  );
}

export async function runWatch(env: WatchEnv, o: WatchOptions, deps: WatchDeps = {}): Promise<number> {
  const { rt, config, log } = env;
  const w = config.raw.watch ?? {};
  const intervalMs = Math.round((o.interval ?? w.intervalSeconds ?? 30) * 1000);
  const thresholds = thresholdsFor(o, config);
  const unreachableLimitMs = (o.unreachableLimit ?? w.unreachableLimitMinutes ?? 10) * 60_000;
  const out = o.out ? resolve(rt.cwd, o.out) : config.out;
  // The same rule as draft's --incident (an incident id names a folder).
  if (o.incident !== undefined && !AnswersSchema.shape.incident.safeParse(o.incident).success)
    throw new UsageError(`--incident: expected letters, digits, ".", "_" or "-", got "${o.incident}"`);
  let incident = o.incident;
  if (!incident) {
    incident = await latestOpenIncident(out);
    if (incident)
      log.progress(
        `Watching incident ${incident}, the latest one not resolved in ${out} (choose another with --incident).`,
      );
    else {
      incident = newIncidentId(rt.now());
      log.progress(`No open incident in ${out}: watching as incident ${incident} (a draft from here starts it).`);
    }
  }
  // A symlinked or non-directory incident folder is refused before any round, as draft refuses it.
  await checkIncidentDir(out, incident);
  // Config errors (an unknown probe kind, a bad pattern) are said before the first round, not as a failing probe.
  const probes = selectProbes(config);
  const sources = [
    ...probes.map((p) => p.id),
    ...providersFor(config, probes, false)
      .filter((p) => p.status)
      .map((p) => p.id),
  ];
  const draftFlags = [
    ...(o.out ? ['--out', out] : []),
    ...(rt.opts.config ? ['--config', resolve(rt.cwd, rt.opts.config)] : []),
  ];
  const ctx: WatchContext = { incident, draftFlags, intervalMs, thresholds };
  const store = new RoundStore(join(out, incident, 'watch'), o.keep ?? w.keepRounds ?? 20);
  const reader = new IncidentReader(out, incident);
  const screen = deps.screen;
  const palette = env.c;
  log.progress(
    `Every ${duration(intervalMs)}: ${sources.length} sources (${sources.join(', ')}); evidence in ${store.dir}.${screen ? '' : ' Ctrl-C to stop.'}`,
  );

  const stopper = new AbortController();
  const stop = AbortSignal.any([rt.signal, stopper.signal]);
  let state: WatchState | undefined;
  let code = 0;
  let warnedNotRun = false;
  let drafting: Proposal | undefined;
  const draw = () =>
    state && screen?.draw(render(state, { width: screen.width(), c: palette, keys: Boolean(deps.keys) }));
  const offResize = screen?.onResize(draw);

  let sched: ReturnType<typeof schedule> | undefined;
  const keys = deps.keys?.((key) => {
    if (key === 'q' || key === '\x03') stopper.abort();
    else if (key === 'd') {
      const p = [...(state?.prompts ?? [])].reverse().find((x) => x.proposal)?.proposal;
      if (p && deps.draft) {
        drafting = p;
        sched?.wake();
      }
    }
  });

  const emit = (es: WatchEvent[]) => {
    if (screen) {
      draw();
      if (o.bell && es.some((e) => e.event !== 'round' && e.event !== 'reachable')) screen.bell();
    } else
      for (const e of es)
        rt.stdout.write((rt.opts.json ? jsonForTerminal(JSON.stringify(redactDeep(e))) : eventLine(e)) + '\n');
  };

  sched = schedule({
    intervalMs,
    signal: stop,
    maxRounds: o.rounds,
    round: async (_n, signal) => {
      const inc = await reader.read();
      const evidence: Evidence = await gatherEvidence(config, {
        deadlineMs: Math.min(intervalMs, config.deadlineSeconds * 1000),
        env: rt.env,
        signal,
        now: () => rt.now(),
        statuses: true,
        onNotRun: (n) => {
          if (!warnedNotRun) log.warn(`layerpost: ${describeNotRun(n)}; not run`);
          warnedNotRun = true;
        },
      });
      // Ctrl-C mid-round: what was cut short is not evidence.
      if (stop.aborted) return true;
      const at = rt.now();
      const file = await store.save(evidence, at, state ? state.round + 1 : 1);
      let next = advance(state, ctx, {
        evidence,
        at,
        evidenceFile: evidence.takenOn?.reachedNoServer ? undefined : file,
        incident: inc,
        providers: config.catalogue,
        layers: config.layers,
      });
      const es = events(state, next);
      next = withPrompts(next, es);
      await store.settle(changed(state, next, es));
      state = next;
      emit(es);
      deps.onRound?.(next);
      if (!next.reachable && at.getTime() - Date.parse(next.unreachableSince ?? next.at) >= unreachableLimitMs) {
        code = 1;
        log.warn(
          `layerpost: no request reached any server for ${duration(at.getTime() - Date.parse(next.unreachableSince!))} (sources: ${sources.join(', ')}): this machine looks offline or needs a proxy; giving up (exit 1).`,
        );
        return true;
      }
      if (o.untilResolved && inc?.phase === 'resolved') {
        log.info(`Incident ${incident} is resolved (update ${inc.update}); watch ends.`);
        return true;
      }
    },
    between: async () => {
      const p = drafting;
      drafting = undefined;
      if (!p || !deps.draft) return;
      keys?.pause();
      screen?.clear();
      try {
        log.info(`Running: ${p.command}`);
        const flags: Record<string, unknown> = {
          ...rt.opts,
          incident,
          phase: p.phase,
          layer: p.layer,
          ...(p.from ? { from: p.from } : {}),
          ...(o.out ? { out } : {}),
        };
        const r = await deps.draft(p, flags).catch((err: unknown) => {
          // Ctrl-C in the interview ends the watch (130); a draft that refuses (a bad answer, a full disk) does not.
          if (!(err instanceof UsageError)) throw err;
          log.warn(`layerpost: the draft stopped: ${err.message}`);
          return ExitCode.usage;
        });
        log.info(`The draft ended (exit ${r}); back to watching.`);
        // What was proposed has been acted on: the next prompts come from the rounds after it.
        if (state && r !== ExitCode.usage) state = { ...state, prompts: [] };
      } finally {
        keys?.resume();
      }
      draw();
    },
  });

  try {
    await sched.done;
  } finally {
    offResize?.();
    keys?.pause();
    screen?.close();
  }
  return code;
}
