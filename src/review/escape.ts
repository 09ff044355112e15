// HTML escaping for the review page: one escapeHtml, and an `html` tag that escapes every interpolated value.

/** Escape text for element content and for quoted attribute values alike. */
export function escapeHtml(value: string): string {
  // Control characters (other than tab and line breaks) have no business in a page: shown as U+FFFD.
  return value
    .replace(/[&<>"'`]/g, (c) => ENTITIES[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Markup built by `html`: the only kind of value that is inserted without escaping. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
  /** How Handlebars knows markup it must not escape again: the review templates insert SafeHtml as it is. */
  toHTML(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

/**
 * Template tag: literal parts are markup, interpolated strings and numbers are escaped,
 * SafeHtml (from a nested `html`) is kept, arrays are joined, null/undefined/false vanish.
 * There is deliberately no way to insert an unescaped string.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

function piece(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

/** Join pieces of markup with a separator (itself markup). */
export function join(items: readonly HtmlValue[], separator: SafeHtml = new SafeHtml('')): SafeHtml {
  return new SafeHtml(items.map(piece).join(separator.value));
}
