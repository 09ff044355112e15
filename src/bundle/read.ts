// A draft bundle as the review reads it: the folder, its manifest (draft.json), its evidence, and the files edited by
// hand.
import { stat } from '../platform/files.js';
import { basename, dirname, join, resolve } from 'node:path';
import { readTextFile } from '../platform/fs.js';
import { BUNDLE_DOCUMENT, type BundleManifest, type Draft } from '../model/bundle.js';
import { readDocument } from '../model/document.js';
import { EVIDENCE_DOCUMENT, type Evidence } from '../model/evidence.js';
import { UsageError } from '../platform/errors.js';
import { statuspageFromPayload } from '../review/model.js';

export interface ReadBundle {
  /** The bundle folder. */
  dir: string;
  /** A file of the bundle as the operator named it (for messages). */
  shown(name: string): string;
  manifest: BundleManifest;
  evidence?: Evidence;
  /** Channel files someone edited after drafting. */
  editedFiles: string[];
}

/** Read a bundle folder (or its draft.json); an optional file that cannot be read is a warning, never a failure. */
export async function readBundle(given: string, cwd: string, warn: (line: string) => void): Promise<ReadBundle> {
  const dir = await bundleDir(resolve(cwd, given), given);
  const shown = (name: string) => join(basename(given) === 'draft.json' ? dirname(given) : given, name);
  const manifest = await readManifest(join(dir, 'draft.json'), shown('draft.json'));
  const evidence = await readOptional(join(dir, 'evidence.json'), warn, (text) =>
    readDocument(text, shown('evidence.json'), EVIDENCE_DOCUMENT),
  );
  if (!manifest.statuspage) {
    const payload = await readOptional(join(dir, 'statuspage.json'), warn, (text) =>
      parseJson(text, shown('statuspage.json')),
    );
    const statuspage = payload === undefined ? undefined : statuspageFromPayload(payload);
    if (statuspage) manifest.statuspage = statuspage;
  }
  return { dir, shown, manifest, evidence, editedFiles: await filesEditedByHand(dir, manifest.drafts) };
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
    if ((err as Error).message.includes('no such'))
      throw new UsageError(`${shown}: not found; is this a layerpost bundle? (\`layerpost draft\` writes one)`);
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
async function readOptional<T>(
  path: string,
  warn: (line: string) => void,
  parse: (text: string) => T,
): Promise<T | undefined> {
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (err) {
    if ((err as Error).message.endsWith('no such file')) return undefined;
    warn(`warning: ${(err as Error).message}; the review page is written without it`);
    return undefined;
  }
  try {
    return parse(text);
  } catch (err) {
    warn(`warning: ${(err as Error).message}; the review page is written without it`);
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
