// `layerpost draft`: the shell around the draft flow: the command environment in, the flow, the report out.
import { CHANNELS, type ChannelId } from '../drafts/channels/index.js';
import { printJson, type Runtime } from '../platform/runtime.js';
import { probeProgressLine, providerLine } from '../evidence/probes/progress.js';
import { draftsJson, runDraft, type DraftEnv, type DraftOptions, type DraftResult } from './draft-flow.js';
import type { GatherProgress } from '../evidence/for-draft.js';
import { commandEnv } from './env.js';
import { answerFlags, readFlags } from './flags.js';

/**
 * A Ctrl-C that comes after the bundle is written changes nothing: the run succeeded, and a retry would only duplicate
 * it.
 */
export const settlesInterrupt = true;

export async function run(rt: Runtime, opts: Record<string, unknown>): Promise<number> {
  const options = draftOptions(opts);
  const env = await commandEnv(rt, { probes: !options.from });
  const result = await runDraft(env, options, { progress: gatherProgress(env) });
  reportDraft(env, result);
  if (rt.signal.aborted) {
    if (!result.bundle) return 130;
    env.log.warn(`Interrupted after the bundle was written; it is complete: ${result.bundle}`);
  }
  return result.code;
}

/** commander's parsed flags as the draft's typed options: the answer table's flags, then the draft's own. */
export function draftOptions(opts: Record<string, unknown>): DraftOptions {
  const { text: str, number: num, list, on: flag } = readFlags(opts);
  return {
    ...answerFlags(opts),
    from: str('from'),
    new: flag('new'),
    confirmOverride: flag('confirmOverride'),
    answers: str('answers'),
    channels: list('channels'),
    out: str('out'),
    templates: str('templates'),
    yes: flag('yes'),
    resume: flag('resume'),
    deadline: num('deadline'),
  };
}

/** Probe and status lines as they come, on stderr. */
export function gatherProgress({ log, c }: DraftEnv): GatherProgress {
  return {
    start: () => log.progress(c.dim('Gathering evidence (probes and provider status)…')),
    probe: (r) => log.progress(probeProgressLine(r, c)),
    provider: (s) => log.progress(providerLine(s, c)),
    warn: (line) => log.warn(line),
  };
}

/**
 * What a written bundle says: JSON on stdout with --json; otherwise each draft's length, the findings, and the path.
 */
export function reportDraft({ rt, log, c }: DraftEnv, result: DraftResult): void {
  const w = result.written;
  if (!w || !result.bundle) return;
  const { composed, diagnosis } = w;
  const layer = composed.ctx.layer.id;
  const confidence = diagnosis.ranked.find((h) => h.layer === layer)?.confidence ?? 0;
  const errors = composed.findings.filter((f) => f.severity === 'error').length;
  const warnings = composed.findings.length - errors;
  // What was decided, in one line, whatever the terminal: with --yes nothing else says it.
  const decided = () =>
    log.info(
      `Incident ${w.incident}${w.newIncident ? ' (new)' : ''}, update ${w.update}, ${composed.ctx.phase.id}: layer ${layer} (${confidence === 0 && composed.ctx.phase.past ? 'kept: the fresh evidence no longer shows the fault' : `${Math.round(confidence * 100)}% from the evidence`})${
        errors
          ? `; ${errors} error${errors > 1 ? 's' : ''} to fix`
          : warnings
            ? `; ${warnings} warning${warnings > 1 ? 's' : ''} to check`
            : ''
      }.${composed.ctx.phase.is.resolved ? '' : ` Next: layerpost draft --incident ${w.incident} --phase PHASE`}`,
    );
  if (rt.opts.json) {
    decided();
    // A post that would reveal a secret is said on stderr too: a script reading the JSON may not look at findings.
    for (const f of composed.findings) if (f.rule === 'secret-in-draft') log.warn(`layerpost: warning: ${f.message}`);
    printJson(
      rt,
      {
        bundle: result.bundle,
        incident: w.incident,
        newIncident: w.newIncident,
        update: w.update,
        layer,
        confidence,
        phase: composed.ctx.phase.id,
        proposedLayer: w.proposedLayer,
        // exit 0: written, no error; 1: written, a draft has an error finding to fix before posting; 2: not written.
        review: errors ? 'fix' : warnings ? 'check' : 'clean',
        ...(w.stillFailing.length ? { stillFailing: w.stillFailing } : {}),
        ...(w.override ? { override: w.override } : {}),
        ...(w.proposal ? { proposal: w.proposal } : {}),
        diagnosis: diagnosis.ranked.map((h) => ({
          layer: h.layer,
          confidence: h.confidence,
          evidence: h.evidence,
          against: h.against,
        })),
        findings: composed.findings,
      },
      {
        // The drafts as written in the bundle: redaction is for evidence and logs, never for a post's text.
        drafts: draftsJson(composed.drafts),
      },
    );
    return;
  }
  for (const d of composed.drafts) {
    const soft = CHANNELS[d.channel as ChannelId]?.softLimit;
    const mark =
      d.overLimit && !soft ? c.red('✗') : d.overLimit || d.length > d.limit * 0.9 ? c.yellow('!') : c.green('✓');
    const note =
      d.overLimit && soft ? ' over the preferred length: it is still delivered, as more than one message' : '';
    log.info(
      `${mark} ${d.channel.padEnd(10)} ${String(d.length).padStart(5)}/${d.limit} ${c.dim(d.unit)}${d.variant !== 'default' ? c.dim(` (${d.variant})`) : ''}${note}`,
    );
  }
  for (const f of composed.findings)
    log.info(
      `${f.severity === 'error' ? c.red('✗') : c.yellow('!')} ${f.channel ? `${f.channel}: ` : ''}${f.rule}: ${f.message}`,
    );
  decided();
  // Recovered evidence at monitoring and resolved proposes nothing: only a real proposal is worth a note.
  if (w.answers.layer !== w.proposedLayer && !w.proposal && !(composed.ctx.phase.past && w.proposedLayer === 'unknown'))
    log.info(
      c.yellow(`Note: the evidence proposes ${w.proposedLayer}; the drafts say ${w.answers.layer}. Both are recorded.`),
    );
  // The path once: on stdout (for scripts), and on stderr only when stdout is not a terminal showing it already.
  if (!rt.stdout.isTTY) log.info(`Bundle written: ${result.bundle}`);
  rt.stdout.write(result.bundle + '\n');
}
