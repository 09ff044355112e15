// Answers files (--answers FILE, JSON or YAML): the same fields as the flags, versioned, one line per problem.
import { parse as parseYaml } from 'yaml';
import { ANSWERS_SCHEMA, AnswersSchema, type Answers } from '../core/bundle.js';
import { formatZodError } from '../core/zod-format.js';
import { ConfigError } from '../errors.js';
import { readTextFile } from '../adapters/fs.js';

/** Read an answers file (JSON or YAML) with the same fields as the flags; versioned. */
export async function loadAnswersFile(path: string): Promise<Answers> {
  const text = await readTextFile(path, 'answers file');
  return parseAnswers(text, path);
}

export function parseAnswers(text: string, source: string): Answers {
  let data: unknown;
  try {
    // logLevel error: a YAML warning would print several "(node:…) YAMLWarning" lines on stderr; errors still throw.
    data = /\.json$/i.test(source) ? JSON.parse(text) : parseYaml(text, { logLevel: 'error' });
  } catch (err) {
    throw new ConfigError(`${source}: invalid ${/\.json$/i.test(source) ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${source}: expected an object with answer fields (layer, phase, …)`);
  const schema = (data as { schema?: unknown }).schema;
  if (typeof schema === 'string' && schema !== ANSWERS_SCHEMA) {
    const m = /^layerpost\.answers\/v(\d+)$/.exec(schema);
    if (m && Number(m[1]) > 1) throw new ConfigError(`${source}: schema "${schema}" was written by a newer layerpost; this one reads ${ANSWERS_SCHEMA}`);
    throw new ConfigError(`${source}: schema: expected "${ANSWERS_SCHEMA}", got "${schema}"`);
  }
  const parsed = AnswersSchema.safeParse(data);
  if (!parsed.success) throw new ConfigError(formatZodError(source, parsed.error));
  return parsed.data;
}
