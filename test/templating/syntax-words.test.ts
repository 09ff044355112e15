import { describe, expect, it } from 'vitest';
import { scanTemplate } from '../../src/lint/scan.js';

// A template that does not parse is explained in words, at the place to fix, not with the parser's token names.
describe('a Handlebars syntax error in words', () => {
  it.each([
    ['a\n\n{{#if layer.is.network}}\nhello', 3, 1, 'the `{{#if}}` opened at line 3 is never closed (no `{{/if}}`)'],
    [
      '{{#if x}}\n{{#each models.list}}\n{{/if}}',
      3,
      1,
      '`{{/if}}` does not match the `{{#each}}` opened at line 2; close that one first with `{{/each}}`',
    ],
    ['hi {{/if}}', 1, 4, '`{{/if}}` closes a block that was never opened'],
    ['one\ntwo {{layer.name', 2, 5, 'this `{{` is never closed with `}}`'],
    ['{{#if x}}a{{else}}b', 1, 1, 'the `{{#if}}` opened at line 1 is never closed (no `{{/if}}`)'],
    ['x\n{{!-- a comment', 2, 1, 'the comment `{{!--` opened here is never closed with `--}}`'],
    ['{{> }}', 1, undefined, 'unexpected `}}` where a name or value should be'],
  ])('%j', (source, line, column, words) => {
    const e = scanTemplate(source).parseError!;
    expect(e.message).toBe(`syntax error: ${words}`);
    expect(e.message).not.toMatch(/Expecting|OPEN_|EOF/);
    expect(e.line).toBe(line);
    if (column !== undefined) expect(e.column).toBe(column);
  });

  it('a template that parses has no error, partial blocks and inline partials included', () => {
    for (const s of [
      '{{#if a}}{{#each b}}{{/each}}{{else}}{{/if}}',
      '{{#> layout}}x{{/layout}}',
      '{{#*inline "p"}}x{{/inline}}',
      '\\{{#if}}',
      '{{#if a}}{{^}}{{/if}}',
    ])
      expect(scanTemplate(s).parseError, s).toBeUndefined();
  });
});
