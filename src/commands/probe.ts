// `layerpost probe`: run the probes and fetch provider status within a deadline; progress on stderr, evidence as --json
// or --save.
import { formatDuration } from '../text/time.js';
import { resolve } from 'node:path';
import { UsageError } from '../platform/errors.js';
import { writeFileAtomic } from '../platform/fs.js';
import { printJson, type Runtime } from '../platform/runtime.js';
import { gatherEvidence, selectProbes } from '../evidence/gather.js';
import { describeNotRun, type NotRun } from '../evidence/probes/prepare.js';
import { commandEnv } from './env.js';
import { readFlags } from './flags.js';
import { probeProgressLine, providerLine } from '../evidence/probes/progress.js';

export interface ProbeOptions {
  only?: string[];
  deadline?: number;
  save?: string;
  concurrency?: number;
  /** false with --no-status. */
  status?: false;
}

/** commander's parsed flags as probe's typed options. */
export function probeOptions(opts: Record<string, unknown>): ProbeOptions {
  const f = readFlags(opts);
  return {
    only: f.list('only'),
    deadline: f.number('deadline'),
    save: f.text('save'),
    concurrency: f.number('concurrency'),
    status: f.off('status'),
  };
}

export async function run(rt: Runtime, flags: Record<string, unknown>, _args: string[]): Promise<number> {
  const opts = probeOptions(flags);
  const { config, log, c } = await commandEnv(rt, { probes: true });
  // Their ranges are checked where commander parses them (cli.ts numberArg).
  const deadlineS = opts.deadline ?? config.deadlineSeconds;
  const concurrency = opts.concurrency ?? config.concurrency;
  const selected = selectProbes(config, opts.only);
  const idWidth = Math.min(28, Math.max(0, ...selected.map((p) => p.id.length)));
  const started = performance.now();
  if (!config.probes)
    log.progress(
      c.dim(`No probes configured: running the ${selected.length} embedded reachability probes (no secret needed).`),
    );

  let notRun: NotRun[] = [];
  const evidence = await gatherEvidence(config, {
    only: opts.only,
    deadlineMs: deadlineS * 1000,
    concurrency,
    env: rt.env,
    signal: rt.signal,
    now: () => rt.now(),
    statuses: opts.status !== false,
    onProbe: (r) => log.progress(probeProgressLine(r, c, idWidth, rt.opts.verbose)),
    onProvider: (s) => log.progress(providerLine(s, c)),
    // The probes that need no missing key still run; the others are named, with every key they lack.
    onNotRun: (n) => {
      notRun = n;
      log.warn(`layerpost: ${describeNotRun(n)}; not run`);
    },
    warn: (line) => log.warn(line),
  });

  const failed = evidence.probes.filter((p) => !p.ok);
  const took = formatDuration(performance.now() - started);
  log.progress(
    `${evidence.probes.length} probe result${evidence.probes.length === 1 ? '' : 's'}: ${evidence.probes.length - failed.length} passed, ` +
      `${failed.length} failed${
        failed.length
          ? ` (${failed
              .map((f) => f.id)
              .slice(0, 6)
              .join(', ')}${failed.length > 6 ? ', …' : ''})`
          : ''
      }` +
      `${notRun.length ? `, ${notRun.length} not run (${notRun.map((n) => n.id).join(', ')})` : ''} in ${took}`,
  );
  if (rt.opts.json) printJson(rt, evidence);
  if (opts.save) {
    const path = resolve(rt.cwd, opts.save);
    try {
      await writeFileAtomic(path, JSON.stringify(evidence, null, 2) + '\n');
    } catch (err) {
      // A full disk or a read-only folder must not lose what the probes found: the evidence goes to stdout instead.
      if (!rt.opts.json) printJson(rt, evidence);
      throw new UsageError(
        `could not save the evidence: ${(err as Error).message}. The evidence is printed on stdout${rt.opts.json ? '' : ' above'}; save it from there.`,
      );
    }
    log.info(`Evidence saved to ${path}`);
  }
  if (rt.signal.aborted) {
    log.warn('Interrupted: unfinished probes are recorded as timeout.');
    return 130;
  }
  return failed.length ? 1 : 0;
}
