// Answers files (--answers FILE, JSON or YAML): the same fields as the flags, versioned, one line per problem.
import { parse as parseYaml } from 'yaml';
import { ANSWERS_DOCUMENT, type Answers } from '../model/bundle.js';
import { readDocument } from '../model/document.js';
import { readTextFile } from '../platform/fs.js';

/** Read an answers file (JSON or YAML) with the same fields as the flags; versioned. */
export async function loadAnswersFile(path: string): Promise<Answers> {
  const text = await readTextFile(path, 'answers file', undefined, { strictUtf8: true });
  return parseAnswers(text, path);
}

export function parseAnswers(text: string, source: string): Answers {
  // logLevel error: a YAML warning would print several "(node:…) YAMLWarning" lines on stderr; errors still throw.
  return readDocument(text, source, ANSWERS_DOCUMENT, { yaml: (t) => parseYaml(t, { logLevel: 'error' }) });
}
