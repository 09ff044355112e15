// Parses and validates config text (YAML or JSON): one line per problem, with file, line and column or field path.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError } from '../platform/errors.js';
import { formatZodError } from '../text/zod-format.js';
import { ConfigSchema, type Config } from './schema.js';
import { literalCredential } from './credentials.js';

/** Parse YAML or JSON text and validate it; every error is one line naming the file and field. */
export function parseConfigText(text: string, file: string): Config {
  let data: unknown;
  if (/\.json$/i.test(file)) {
    try {
      data = JSON.parse(text);
    } catch (err) {
      const msg = (err as Error).message;
      const at = /at position (\d+)/.exec(msg);
      const pos = at ? lineCol(text, Number(at[1])) : undefined;
      throw new ConfigError(
        `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/s, '')}`,
      );
    }
  } else {
    try {
      data = parseYaml(text, { prettyErrors: false, maxAliasCount: 100, logLevel: 'error' });
    } catch (err) {
      if (err instanceof YAMLParseError) {
        // prettyErrors: false leaves linePos unset: compute it from the offset.
        const pos = err.linePos?.[0] ?? (err.pos ? lineCol(text, err.pos[0]) : undefined);
        const msg =
          err.code === 'MULTIPLE_DOCS'
            ? 'a config file holds one YAML document; remove the "---" separator'
            : err.message.split('\n')[0];
        throw new ConfigError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${msg}`);
      }
      throw new ConfigError(`${file}: invalid YAML: ${(err as Error).message}`);
    }
  }
  if (data === null || data === undefined) data = {};
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success) throw new ConfigError(formatZodError(file, parsed.error));
  // A key written into the file would be sent, echoed and saved as is: secrets come only from the environment.
  const literal = literalCredential(parsed.data);
  if (literal) throw new ConfigError(`${file}: ${literal}`);
  return parsed.data;
}

/** 1-based line and column of a character offset. */
function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  return { line: before.split('\n').length, col: before.length - before.lastIndexOf('\n') };
}
