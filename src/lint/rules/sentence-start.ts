// Rule `sentence-start`: a sentence of a public draft starts with a capital letter, whatever phrase begins it.
import { oncePer } from '../../text/memo.js';
import { SOURCES } from '../sources.js';
import { isAscii } from '../../text/ascii.js';
import type { LintContext, TextRule } from '../types.js';

/** The first letter of a sentence, after opening quotes, brackets, bullets and emphasis. */
const FIRST = () => /^[\s“"‘'(\[*_•>-]*(\p{L}[\p{L}\p{N}.'’-]*)/u;
/** FIRST for ASCII text, most sentences: \p{L} and \p{N} are [A-Za-z] and [0-9] there, and cost V8 far less to build. */
const FIRST_ASCII = /^[\s"'(\[*_>-]*([A-Za-z][A-Za-z0-9.'-]*)/;
let first: RegExp | undefined;

export const sentenceStart: TextRule = {
  id: 'sentence-start',
  kind: 'text',
  parts: 'any',
  severity: 'error',
  description: 'A sentence of a public draft starts with a capital letter, whatever phrase begins it.',
  docs: [
    `A phrase that is right in the middle of a sentence ("our AI provider's service") starts a sentence in lower`,
    `case when it opens one, and a public post that starts a sentence in lower case reads as careless. Wrap such a`,
    `phrase in {{#capitalize}}…{{/capitalize}}, which upper-cases the first letter of what it renders, instead of`,
    `keeping a second copy of the phrase. Names that are written in lower case (the product's, the provider's, a`,
    `model's such as "o3") are left as they are. Slack is internal and not checked. Source: ${SOURCES.atlassian}`,
    `(tip 3: write clearly).`,
  ].join(' '),
  scope: 'sentence',
  reads: ['models.list', 'product.name', 'product.feature', 'provider.name'],
  check({ text: sentence, channel, ctx }) {
    if (!channel.public) return [];
    const word = (isAscii(sentence) ? FIRST_ASCII : (first ??= FIRST())).exec(sentence)?.[1];
    if (!word || word[0] === word[0]!.toUpperCase()) return [];
    if (
      lowerCaseNames(ctx).some((n) =>
        sentence
          .trimStart()
          .replace(/^[“"‘'(\[*_•>-]+/, '')
          .startsWith(n),
      )
    )
      return [];
    return [
      {
        message: `a sentence starts in lower case ("${sentence.slice(0, 40)}"); wrap the phrase that opens it in {{#capitalize}}…{{/capitalize}}`,
        needle: word,
      },
    ];
  },
};

/** Names a sentence may start with as they are written (lower case on purpose). */
const lowerCaseNames = oncePer((ctx: LintContext): string[] =>
  [ctx.product.name, ctx.product.feature, ctx.provider.name, ...ctx.models.list.map((m) => m.name)].filter(
    (n) => n && n[0] !== n[0]!.toUpperCase(),
  ),
);
