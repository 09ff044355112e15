// Turns a zod error into one line per problem: "file: path.to[0].field: message".
import type { core } from 'zod';

/** "probes[0].http.url"; `top` names the empty path. */
export function formatPath(path: ReadonlyArray<PropertyKey>, top = '(top level)'): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || top;
}

export function zodIssueLines(error: core.$ZodError): string[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys')
      message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return `${formatPath(issue.path)}: ${message}`;
  });
}

/** The first problem, as one line prefixed with the file; the count of the rest if any. */
export function formatZodError(source: string, error: core.$ZodError): string {
  const lines = zodIssueLines(error);
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : '';
  return `${source}: ${lines[0] ?? 'invalid'}${more}`;
}
