// A Handlebars syntax error in words: which block is never closed or closed by the wrong tag, which `{{` never ends,
// instead of the parser's token names ("Expecting 'OPEN_INVERSE_CHAIN', … got 'EOF'"). Pure; one pass over the text.

export interface SyntaxWords {
  message: string;
  line: number;
  column: number;
}

/** The parser's token names as a reader sees them. */
const TOKEN_WORDS: Record<string, string> = {
  EOF: 'the end of the template',
  CLOSE: '`}}`',
  CLOSE_UNESCAPED: '`}}}`',
  CLOSE_RAW_BLOCK: '`}}}}`',
  OPEN_ENDBLOCK: '`{{/`',
  OPEN_BLOCK: '`{{#`',
  OPEN_INVERSE: '`{{^`',
  INVERSE: '`{{else}}`',
  OPEN_PARTIAL: '`{{>`',
  OPEN_SEXPR: '`(`',
  CLOSE_SEXPR: '`)`',
  EQUALS: '`=`',
  INVALID: 'text Handlebars cannot read',
};

/**
 * Explain why `source` does not parse, or undefined when its blocks and mustaches are balanced (the caller keeps the
 * parser's message, translated by tokenWords).
 */
export function explainSyntax(source: string): SyntaxWords | undefined {
  const stack: Array<{ name: string; sigil: string; line: number; column: number }> = [];
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const where = (at: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo]! + 1 };
  };
  let i = 0;
  while ((i = source.indexOf('{{', i)) >= 0) {
    // \{{ is a literal pair of braces
    if (i > 0 && source[i - 1] === '\\' && (i < 2 || source[i - 2] !== '\\')) {
      i += 2;
      continue;
    }
    const at = where(i);
    if (source.startsWith('{{!--', i) || source.startsWith('{{~!--', i)) {
      const end = source.indexOf('--}}', i + 5);
      if (end < 0) return { message: 'the comment `{{!--` opened here is never closed with `--}}`', ...at };
      i = end + 4;
      continue;
    }
    const end = source.indexOf('}}', i + 2);
    const next = source.indexOf('{{', i + 2);
    if (end < 0 || (next >= 0 && next < end && !source.startsWith('{{!', i)))
      return { message: 'this `{{` is never closed with `}}`', ...at };
    const inner = source
      .slice(i + 2, end)
      .replace(/^\{|\}$/g, '')
      .replace(/^~|~$/g, '')
      .trim();
    i = end + 2;
    if (inner.startsWith('!')) continue;
    const m = /^([#^/])\s*([>*]?)\s*([^\s~}()]*)/.exec(inner);
    if (!m) continue;
    const [, sigil, , name] = m;
    if (sigil === '^' && !name) continue; // {{^}}: an else
    if (sigil === '/') {
      const open = stack.pop();
      if (!open) return { message: `\`{{/${name}}}\` closes a block that was never opened`, ...at };
      if (open.name !== name)
        return {
          message: `\`{{/${name}}}\` does not match the \`{{${open.sigil}${open.name}}}\` opened at line ${open.line}; close that one first with \`{{/${open.name}}}\``,
          ...at,
        };
    } else stack.push({ name: name ?? '', sigil: sigil!, ...at });
  }
  const open = stack.pop();
  if (open)
    return {
      message: `the \`{{${open.sigil}${open.name}}}\` opened at line ${open.line} is never closed (no \`{{/${open.name}}}\`)`,
      line: open.line,
      column: open.column,
    };
  return undefined;
}

/** "Expecting 'ID', 'STRING', …, got 'CLOSE'" → "unexpected `}}` where a name or value should be". */
export function tokenWords(expecting: string): string {
  const got = /got '([A-Z_]+)'/.exec(expecting)?.[1];
  const wanted = [...expecting.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!).filter((t) => t !== got);
  const what = got ? (TOKEN_WORDS[got] ?? got.toLowerCase().replace(/_/g, ' ')) : 'text';
  const hint = wanted.includes('ID')
    ? ' where a name or value should be'
    : wanted.length === 1 && TOKEN_WORDS[wanted[0]!]
      ? `; expected ${TOKEN_WORDS[wanted[0]!]}`
      : '';
  return `unexpected ${what}${hint}`;
}
