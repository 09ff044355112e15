// The text of a string as a regular-expression literal, for patterns built from names and phrases.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
