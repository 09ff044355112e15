// `layerpost review BUNDLE`: validate the bundle, (re)write review.html, print a summary, --json, --markdown or --open.
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { makeChalk } from '../adapters/color.js';
import { readTextFile, writeFileAtomic } from '../adapters/fs.js';
import { BUNDLE_DOCUMENT, type BundleManifest, type Draft } from '../core/bundle.js';
import { readDocument } from '../core/document.js';
import { EVIDENCE_DOCUMENT } from '../core/evidence.js';
import { UsageError } from '../errors.js';
import { renderReviewHtml } from '../review/html.js';
import { renderReviewMarkdown } from '../review/markdown.js';
import { statuspageFromPayload } from '../review/model.js';
import { fileUrl, openInBrowser } from '../review/open.js';
import { renderSummary, terminalText, type SummaryStyle } from '../review/summary.js';
import { Log, printJson, type Runtime } from '../runtime.js';

export const REVIEW_FILE = 'review.html';

// No config is loaded: reviewing a bundle needs only the bundle, and a broken config in the
// working directory must not stop a PM from reading drafts.
export async function run(rt: Runtime, opts: Record<string, unknown>, args: string[]): Promise<number> {
  const log = new Log(rt);
  const given = args[0];
  if (!given) throw new UsageError('review: missing the bundle directory (layerpost review BUNDLE)');
  if (opts.markdown && rt.opts.json) throw new UsageError('--markdown and --json both print on stdout; choose one');

  const dir = await bundleDir(resolve(rt.cwd, given), given);
  const shown = (name: string) => join(basename(given) === 'draft.json' ? dirname(given) : given, name);
  const manifest = await readManifest(join(dir, 'draft.json'), shown('draft.json'));
  const evidence = await readOptionalJson(join(dir, 'evidence.json'), shown('evidence.json'), log, (text) => readDocument(text, shown('evidence.json'), EVIDENCE_DOCUMENT));
  if (!manifest.statuspage) {
    const payload = await readOptionalJson(join(dir, 'statuspage.json'), shown('statuspage.json'), log, (text) => parseJson(text, shown('statuspage.json')));
    const statuspage = payload === undefined ? undefined : statuspageFromPayload(payload);
    if (statuspage) manifest.statuspage = statuspage;
  }
  const editedFiles = await filesEditedByHand(dir, manifest.drafts);
  const reviewPath = join(dir, REVIEW_FILE);
  const started = performance.now();
  const page = renderReviewHtml(manifest, evidence, { editedFiles });
  log.verbose(`rendered ${REVIEW_FILE} in ${(performance.now() - started).toFixed(1)} ms (${Buffer.byteLength(page)} bytes)`);
  // A bundle on a read-only share is still reviewed: the summary is printed, then the write failure is the exit status.
  const unwritten = await writeFileAtomic(reviewPath, page).then(
    () => undefined,
    (err: unknown) => (err as Error).message,
  );
  for (const f of editedFiles) log.warn(`warning: ${terminalText(shown(f))} was edited after drafting; the review shows draft.json's text and counts`);

  if (rt.opts.json) {
    printJson(rt, {
      bundle: dir,
      review: reviewPath,
      layer: manifest.layer,
      proposedLayer: manifest.proposedLayer,
      overridden: manifest.layer !== manifest.proposedLayer,
      phase: manifest.phase,
      drafts: manifest.drafts.map((d) => ({ channel: d.channel, length: d.length, limit: d.limit, overLimit: d.overLimit || d.length > d.limit })),
      findings: manifest.findings,
      editedFiles,
    });
  } else if (opts.markdown) {
    rt.stdout.write(renderReviewMarkdown(manifest, evidence, { editedFiles }));
  } else {
    rt.stdout.write(renderSummary(manifest, reviewPath, await summaryStyle(rt), { editedFiles }));
  }

  if (unwritten !== undefined) throw new UsageError(`could not write ${REVIEW_FILE}: ${unwritten}; the summary is printed above`);
  if (opts.open) {
    const result = openInBrowser(reviewPath, rt.env);
    if (result.opened) log.info(`Opening ${REVIEW_FILE} with ${result.command}.`);
    else log.info(`Not opening a browser (${result.reason}). The review page is ${fileUrl(reviewPath)}`);
  }
  return 0;
}

async function bundleDir(path: string, given: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`${given}: no such bundle directory`);
  }
  if (info.isDirectory()) return path;
  if (basename(path) === 'draft.json') return dirname(path);
  throw new UsageError(`${given}: expected a bundle directory (the one holding draft.json), got a file`);
}

async function readManifest(path: string, shown: string): Promise<BundleManifest> {
  let text: string;
  try {
    text = await readTextFile(path, 'bundle manifest');
  } catch (err) {
    if ((err as Error).message.includes('no such')) throw new UsageError(`${shown}: not found; is this a layerpost bundle? (\`layerpost draft\` writes one)`);
    throw err;
  }
  return readDocument(text, shown, BUNDLE_DOCUMENT);
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`${shown}: not valid JSON (${(err as Error).message})`);
  }
}


/** A file the bundle may hold: undefined when absent; when unreadable or invalid, a warning and undefined. */
async function readOptionalJson<T>(path: string, shown: string, log: Log, parse: (text: string) => T): Promise<T | undefined> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (err) {
    if ((err as Error).message.endsWith('no such file')) return undefined;
    log.warn(`warning: ${(err as Error).message}; the review page is written without it`);
    return undefined;
  }
  try {
    return parse(text);
  } catch (err) {
    log.warn(`warning: ${(err as Error).message}; the review page is written without it`);
    return undefined;
  }
}

/**
 * Channel files whose text differs from draft.json: someone edited the post after drafting, so
 * the counts on the page are not those of the file. Only plain names inside the bundle are read.
 */
async function filesEditedByHand(dir: string, drafts: readonly Draft[]): Promise<string[]> {
  const edited: string[] = [];
  for (const d of drafts) {
    if (!d.file || d.file !== basename(d.file) || d.file.startsWith('.') || d.file === 'draft.json') continue;
    let text: string;
    try {
      text = await readTextFile(join(dir, d.file));
    } catch {
      continue;
    }
    const norm = (s: string) => s.replace(/\r\n?/g, '\n').trim();
    // statuspage.md holds the title as well as the body, so the body need only be inside it.
    const same = d.channel === 'statuspage' ? norm(text).includes(norm(d.text)) : norm(text) === norm(d.text);
    if (!same) edited.push(d.file);
  }
  return edited;
}

async function summaryStyle(rt: Runtime): Promise<SummaryStyle> {
  const c = await makeChalk(rt.color && rt.stdout.isTTY);
  return { bold: c.bold, dim: c.dim, ok: c.green, warn: c.yellow, error: c.red };
}
