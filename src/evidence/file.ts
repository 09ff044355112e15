// Reading an evidence document (SPEC §2) from text, a file or an http(s) URL, with one clear line per problem.
import { isAbsolute, resolve } from 'node:path';
import { ConfigError } from '../platform/errors.js';
import { EVIDENCE_DOCUMENT, type Evidence } from '../model/evidence.js';
import { readDocument } from '../model/document.js';
import type { NetError } from '../platform/http.js';
import { readTextFile } from '../platform/fs.js';
import { redact } from '../platform/secrets.js';
import { outsideDeep } from '../text/sanitize.js';

/** How far ahead of our clock a takenAt may be before the document is refused (clock skew between hosts). */
export const FUTURE_SLACK_MS = 5 * 60_000;

/** Validate an evidence document; fields this version does not know are kept, so a round trip loses nothing. */
export function parseEvidence(text: string, source: string, now: Date): Evidence {
  const doc = readDocument(text, source, EVIDENCE_DOCUMENT);
  if (Date.parse(doc.takenAt) - now.getTime() > FUTURE_SLACK_MS)
    throw new ConfigError(
      `${source}: takenAt ${doc.takenAt} is from the future (this machine's clock says ${now.toISOString()}); check either clock`,
    );
  // Every string in it came from elsewhere (status pages, other hosts' probes): made safe before it reaches a draft or
  // a terminal.
  return outsideDeep(doc);
}

export interface LoadEvidenceOptions {
  baseDir: string;
  now: Date;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/**
 * A URL as messages show it: without userinfo and query values (`?token=…` on the command line is not a secret the
 * config declared, so redaction does not know it), redacted besides.
 */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    const keys = [...u.searchParams.keys()];
    u.search = '';
    return redact(`${u.toString()}${keys.length ? `?${keys.map((k) => `${k}=…`).join('&')}` : ''}`);
  } catch {
    return redact(url.replace(/[?#].*$/s, '?…'));
  }
}

/**
 * Read an evidence document from a file (relative to baseDir) or an http(s) URL. Every failure is a ConfigError (exit
 * 2).
 */
export async function loadEvidence(pathOrUrl: string, opts: LoadEvidenceOptions): Promise<Evidence> {
  if (!isUrl(pathOrUrl)) {
    const path = isAbsolute(pathOrUrl) ? pathOrUrl : resolve(opts.baseDir, pathOrUrl);
    let text: string;
    try {
      text = await readTextFile(path, 'evidence file');
    } catch (err) {
      throw new ConfigError((err as Error).message);
    }
    return parseEvidence(text, path, opts.now);
  }
  const shown = shownUrl(pathOrUrl);
  // The HTTP client loads only for a URL: drafting from a saved file never pays for it.
  const { decodeBody, httpRequest, parseJsonBody } = await import('../platform/http.js');
  let res;
  try {
    res = await httpRequest(pathOrUrl, {
      timeoutMs: opts.timeoutMs ?? 10_000,
      signal: opts.signal,
      headers: { accept: 'application/json' },
    });
  } catch (err) {
    throw new ConfigError(
      `${shown}: could not fetch the evidence: ${redact((err as NetError).message ?? String(err))}`,
    );
  }
  if (res.status !== 200) throw new ConfigError(`${shown}: could not fetch the evidence: HTTP ${res.status}`);
  // An HTML page (a login wall, a CDN challenge) is said to be one, as status sources do.
  const body = parseJsonBody(res);
  if (!body.ok && !/invalid JSON/.test(body.reason))
    throw new ConfigError(`${shown}: could not read the evidence: ${body.reason}`);
  const text = decodeBody(res.body);
  return parseEvidence(text, shown, opts.now);
}
