// `layerpost review BUNDLE`: validate the bundle, (re)write review.html, print a summary, --json, --markdown or --open.
import { join } from 'node:path';
import { makeChalk } from '../platform/color.js';
import { writeFileAtomic } from '../platform/fs.js';
import { UsageError } from '../platform/errors.js';
import { readBundle } from '../bundle/read.js';
import { renderReviewHtml } from '../review/html.js';
import { renderReviewMarkdown } from '../review/markdown.js';
import { readPublishState } from '../publish/state.js';
import { fileUrl, openInBrowser } from '../platform/open.js';
import { renderSummary, terminalText, type SummaryStyle } from '../review/summary.js';
import { Log, printJson, type Runtime } from '../platform/runtime.js';
import { readFlags } from './flags.js';

export const REVIEW_FILE = 'review.html';

// No config is loaded: reviewing a bundle needs only the bundle, and a broken config in the
// working directory must not stop a PM from reading drafts.
export interface ReviewOptions {
  open?: true;
  markdown?: true;
}

/** commander's parsed flags as review's typed options. */
export function reviewOptions(opts: Record<string, unknown>): ReviewOptions {
  const f = readFlags(opts);
  return { open: f.on('open'), markdown: f.on('markdown') };
}

export async function run(rt: Runtime, flags: Record<string, unknown>, args: string[]): Promise<number> {
  const opts = reviewOptions(flags);
  const log = new Log(rt);
  const given = args[0];
  if (!given) throw new UsageError('review: missing the bundle directory (layerpost review BUNDLE)');
  if (opts.markdown && rt.opts.json) throw new UsageError('--markdown and --json both print on stdout; choose one');

  const { dir, shown, manifest, evidence, editedFiles } = await readBundle(given, rt.cwd, (line) => log.warn(line));
  const reviewPath = join(dir, REVIEW_FILE);
  const started = performance.now();
  const publish = await readPublishState(dir).catch(() => undefined);
  const page = renderReviewHtml(manifest, evidence, { editedFiles, publish });
  log.verbose(
    `rendered ${REVIEW_FILE} in ${(performance.now() - started).toFixed(1)} ms (${Buffer.byteLength(page)} bytes)`,
  );
  // A bundle on a read-only share is still reviewed: the summary is printed, then the write failure is the exit status.
  const unwritten = await writeFileAtomic(reviewPath, page).then(
    () => undefined,
    (err: unknown) => (err as Error).message,
  );
  for (const f of editedFiles)
    log.warn(
      `warning: ${terminalText(shown(f))} was edited after drafting; the review shows draft.json's text and counts`,
    );

  if (rt.opts.json) {
    printJson(rt, {
      bundle: dir,
      review: reviewPath,
      layer: manifest.layer,
      proposedLayer: manifest.proposedLayer,
      overridden: manifest.layer !== manifest.proposedLayer,
      phase: manifest.phase,
      drafts: manifest.drafts.map((d) => ({
        channel: d.channel,
        length: d.length,
        limit: d.limit,
        overLimit: d.overLimit || d.length > d.limit,
      })),
      findings: manifest.findings,
      editedFiles,
    });
  } else if (opts.markdown) {
    rt.stdout.write(renderReviewMarkdown(manifest, evidence, { editedFiles }));
  } else {
    rt.stdout.write(renderSummary(manifest, reviewPath, await summaryStyle(rt), { editedFiles }));
  }

  if (unwritten !== undefined)
    throw new UsageError(`could not write ${REVIEW_FILE}: ${unwritten}; the summary is printed above`);
  if (opts.open) {
    const result = openInBrowser(reviewPath, rt.env);
    if (result.opened) log.info(`Opening ${REVIEW_FILE} with ${result.command}.`);
    else log.info(`Not opening a browser (${result.reason}). The review page is ${fileUrl(reviewPath)}`);
  }
  return 0;
}

async function summaryStyle(rt: Runtime): Promise<SummaryStyle> {
  const c = await makeChalk(rt.color && rt.stdout.isTTY);
  return { bold: c.bold, dim: c.dim, ok: c.green, warn: c.yellow, error: c.red };
}
