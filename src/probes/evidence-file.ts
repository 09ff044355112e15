// Reading an evidence document (SPEC §2) from text, a file or an http(s) URL, with one clear line per problem.
import { isAbsolute, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { EVIDENCE_SCHEMA, EvidenceSchema, type Evidence } from '../core/evidence.js';
import { formatZodError } from '../core/zod-format.js';
import type { NetError } from '../adapters/http.js';
import { readTextFile } from '../adapters/fs.js';
import { redact } from '../adapters/secrets.js';
import { outsideDeep } from '../core/sanitize.js';
import { MAX_JSON_DEPTH, tooDeep } from '../core/json-depth.js';

/** How far ahead of our clock a takenAt may be before the document is refused (clock skew between hosts). */
export const FUTURE_SLACK_MS = 5 * 60_000;
const SCHEMA_RE = /^layerpost\.evidence\/v(\d+)$/;
const CURRENT_VERSION = Number(SCHEMA_RE.exec(EVIDENCE_SCHEMA)![1]);

/** Validate an evidence document; fields this version does not know are kept, so a round trip loses nothing. */
export function parseEvidence(text: string, source: string, now: Date): Evidence {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(`${source}: invalid JSON: ${(err as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${source}: not a layerpost evidence document (expected a JSON object)`);
  const deep = tooDeep(data);
  if (deep) throw new ConfigError(`${source}: ${deep}: nested deeper than ${MAX_JSON_DEPTH} levels`);
  const schema = (data as { schema?: unknown }).schema;
  const version = typeof schema === 'string' ? SCHEMA_RE.exec(schema) : null;
  if (version && Number(version[1]) > CURRENT_VERSION)
    throw new ConfigError(`${source}: made by a newer layerpost (schema "${schema}"); this version reads "${EVIDENCE_SCHEMA}" — upgrade layerpost to read it`);
  if (schema !== EVIDENCE_SCHEMA)
    throw new ConfigError(
      `${source}: not a layerpost evidence document (schema ${schema === undefined ? 'missing' : JSON.stringify(schema).slice(0, 60)}; expected "${EVIDENCE_SCHEMA}")`,
    );
  const parsed = EvidenceSchema.safeParse(data);
  if (!parsed.success) throw new ConfigError(formatZodError(source, parsed.error));
  const taken = Date.parse(parsed.data.takenAt);
  if (taken - now.getTime() > FUTURE_SLACK_MS)
    throw new ConfigError(`${source}: takenAt ${parsed.data.takenAt} is from the future (this machine's clock says ${now.toISOString()}); check either clock`);
  // Every string in it came from elsewhere (status pages, other hosts' probes): made safe before it reaches a draft or a terminal.
  return outsideDeep(data as Evidence);
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

/** Read an evidence document from a file (relative to baseDir) or an http(s) URL. Every failure is a ConfigError (exit 2). */
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
  const shown = redact(pathOrUrl);
  // The HTTP client loads only for a URL: drafting from a saved file never pays for it.
  const { decodeBody, httpRequest, parseJsonBody } = await import('../adapters/http.js');
  let res;
  try {
    res = await httpRequest(pathOrUrl, { timeoutMs: opts.timeoutMs ?? 10_000, signal: opts.signal, headers: { accept: 'application/json' } });
  } catch (err) {
    throw new ConfigError(`${shown}: could not fetch the evidence: ${redact((err as NetError).message ?? String(err))}`);
  }
  if (res.status !== 200) throw new ConfigError(`${shown}: could not fetch the evidence: HTTP ${res.status}`);
  // An HTML page (a login wall, a CDN challenge) is said to be one, as status sources do.
  const body = parseJsonBody(res);
  if (!body.ok && !/invalid JSON/.test(body.reason)) throw new ConfigError(`${shown}: could not read the evidence: ${body.reason}`);
  return parseEvidence(decodeBody(res.body), shown, opts.now);
}
