// Every template context field with its meaning and example, read from the zod schema's descriptions: the table of
// templates/README.md.
import { templateContextSchema } from './context.js';

/**
 * [path, meaning, example]: `incident.startedAt.utc`, "when the first update was made: clock time in UTC", "14:30 UTC".
 */
export type Field = [path: string, meaning: string, example: string];

/** The parts of a zod 4 schema this walk reads (kept structural: zod's internal types are not a stable API). */
interface Node {
  def: { type: string };
  description?: string;
  shape?: Record<string, Node>;
  element?: Node;
  options?: readonly string[];
}

/** A description is "meaning|example"; the example is optional. */
function split(description: string | undefined): [string, string] {
  const d = description ?? '';
  const bar = d.indexOf('|');
  return bar < 0 ? [d, ''] : [d.slice(0, bar), d.slice(bar + 1)];
}

/** An object of flags (layer.is, phase.is …): every child a boolean described "true when … is <id>". */
function flagsOf(node: Node): { prefix: string; keys: string[] } | undefined {
  const entries = Object.entries(node.shape ?? {});
  if (
    !entries.length ||
    !entries.every(([, c]) => c.def.type === 'boolean' && /^true when .+ is \S+$/.test(c.description ?? ''))
  )
    return undefined;
  return { prefix: entries[0]![1].description!.replace(/ \S+$/, ''), keys: entries.map(([k]) => k) };
}

function walk(node: Node, path: string, context: string, out: Field[]): void {
  const own = node.description && node.def.type === 'object' ? split(node.description)[0] : context;
  const flags = node.def.type === 'object' ? flagsOf(node) : undefined;
  if (flags) {
    out.push([
      `${path}.*`,
      `${flags.prefix} the one named: ${flags.keys.join(', ')}`,
      `${path}.${flags.keys[Math.min(2, flags.keys.length - 1)]}`,
    ]);
    return;
  }
  if (node.def.type === 'object') {
    for (const [key, child] of Object.entries(node.shape ?? {})) walk(child, path ? `${path}.${key}` : key, own, out);
    return;
  }
  const [meaning, example] = split(node.description);
  const about = (m: string) => (context ? `${context}: ${m}` : m);
  if (node.def.type === 'array') {
    const el = node.element!;
    if (el.def.type === 'object') {
      out.push([path, `${meaning} (a list: {{#each ${path}}} … {{/each}})`, '']);
      walk(el, `${path}[]`, '', out);
    } else
      out.push([path, `${split(el.description)[0] || meaning} (a list of text)`, example || split(el.description)[1]]);
    return;
  }
  const values = node.def.type === 'enum' && node.options ? ` (one of: ${node.options.join(', ')})` : '';
  out.push([path, about(meaning) + values, example || (node.def.type === 'boolean' ? 'true' : '')]);
}

/** Every field of the template context, in schema order. */
export function contextFields(): Field[] {
  const out: Field[] = [];
  walk(templateContextSchema() as unknown as Node, '', '', out);
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The fields as a markdown table. */
export function contextFieldsTable(): string {
  const rows = contextFields().map(([p, m, e]) => `| \`${cell(p)}\` | ${cell(m)} | ${e ? `\`${cell(e)}\`` : '—'} |`);
  return ['| field | meaning | example |', '|---|---|---|', ...rows].join('\n');
}

export const FIELDS_START =
  '<!-- context-fields: generated from src/drafts/context.ts by src/drafts/context-fields.ts; do not edit -->';
export const FIELDS_END = '<!-- context-fields: end -->';

/**
 * `readme` with the text between the two markers replaced by the current table (unchanged when the markers are
 * missing).
 */
export function withFieldsTable(readme: string): string {
  const a = readme.indexOf(FIELDS_START);
  const b = readme.indexOf(FIELDS_END);
  if (a < 0 || b < a) return readme;
  return `${readme.slice(0, a + FIELDS_START.length)}\n${contextFieldsTable()}\n${readme.slice(b)}`;
}
