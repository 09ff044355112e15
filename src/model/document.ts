// One reader for layerpost's versioned documents (evidence, answers, bundle manifests, resume files): text → JSON (or
// YAML) → schema version → zod → the value, every problem one line naming the file and the field. Pure.
import type * as z from 'zod/mini';
import { ConfigError } from '../platform/errors.js';
import { MAX_JSON_DEPTH, tooDeep } from '../text/json-depth.js';
import { formatZodError } from '../text/zod-format.js';

export interface DocumentKind<T> {
  /** What a person calls it: "evidence document", "answers file", "bundle manifest", "resume file". */
  what: string;
  /** The schema id this version writes and reads: "layerpost.evidence/v1". */
  id: string;
  /** Whether a document must name its schema (an answers file written by hand may leave it out). */
  idRequired: boolean;
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: z.core.$ZodError } };
  /** Keep fields this version does not know (a round trip of evidence loses nothing). */
  keepUnknown?: boolean;
}

export interface ReadOptions {
  /** Parses YAML text (answers files may be YAML); without it, only JSON is read. */
  yaml?: (text: string) => unknown;
}

/** The same answer everywhere for a document a newer layerpost wrote. */
export function newerVersion(source: string, found: string, reads: string): string {
  return `${source}: made by a newer layerpost (schema "${found}"); this version reads "${reads}" — upgrade layerpost to read it`;
}

export function readDocument<T>(text: string, source: string, kind: DocumentKind<T>, opts: ReadOptions = {}): T {
  const body = text.replace(/^\uFEFF/, '');
  const yaml = opts.yaml && !/\.json$/i.test(source) ? opts.yaml : undefined;
  let data: unknown;
  try {
    data = yaml ? yaml(body) : JSON.parse(body);
  } catch (err) {
    // A YAML message spans lines (a pointer under the source); JSON's is one, quoting the text (the terminal sanitizer
    // shows it safely).
    const message = (err as Error).message;
    throw new ConfigError(`${source}: invalid ${yaml ? 'YAML' : 'JSON'}: ${yaml ? message.split('\n')[0] : message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new ConfigError(
      `${source}: not a layerpost ${kind.what} (expected a ${yaml ? 'YAML or JSON' : 'JSON'} object)`,
    );
  const deep = tooDeep(data);
  if (deep) throw new ConfigError(`${source}: ${deep}: nested deeper than ${MAX_JSON_DEPTH} levels`);
  const schema = (data as { schema?: unknown }).schema;
  if (schema !== kind.id && (schema !== undefined || kind.idRequired)) {
    const [, family, version] = /^(layerpost\.[a-z]+)\/v(\d+)$/.exec(kind.id)!;
    const found =
      typeof schema === 'string' ? new RegExp(`^${family!.replace('.', '\\.')}/v(\\d+)$`).exec(schema) : null;
    if (found && Number(found[1]) > Number(version))
      throw new ConfigError(newerVersion(source, String(schema), kind.id));
    throw new ConfigError(
      `${source}: not a layerpost ${kind.what} (schema ${schema === undefined ? 'missing' : JSON.stringify(schema).slice(0, 60)}; expected "${kind.id}")`,
    );
  }
  const parsed = kind.schema.safeParse(data);
  if (!parsed.success) throw new ConfigError(formatZodError(source, parsed.error));
  return kind.keepUnknown ? (data as T) : parsed.data;
}
