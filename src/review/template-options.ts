// The review templates' compile options and which environment each file of templates/review/ is compiled in: shared by
// the run (src/review/templates.ts) and the build, which compiles them to JavaScript (scripts/build.mjs). No Handlebars import.

/** Helpers of the page's environment (HTML escaping on). */
export const PAGE_HELPERS = ['strong', 'code', 't', 'when', 'human', 'token', 'percent', 'plural'] as const;
/** Helpers of the Markdown's environment (no HTML escaping: each value goes through a helper escaping Markdown). */
export const MARKDOWN_HELPERS = [
  'strong',
  'code',
  't',
  'id',
  'fence',
  'diff',
  'when',
  'human',
  'percent',
  'plural',
] as const;

const common = { strict: true, knownHelpersOnly: true, preventIndent: true } as const;
const known = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, true]));

export const REVIEW_COMPILE_OPTIONS = {
  page: { ...common, knownHelpers: known(PAGE_HELPERS), noEscape: false },
  markdown: { ...common, knownHelpers: known(MARKDOWN_HELPERS), noEscape: true },
} as const;

export type ReviewEnv = keyof typeof REVIEW_COMPILE_OPTIONS;

/**
 * The environments a template of templates/review/ is compiled in, by its name there (no .hbs): words/ (the banners'
 * sentences) serve both, markdown.hbs the Markdown, every other file the page.
 */
export function reviewEnvsOf(name: string): ReviewEnv[] {
  if (name.startsWith('words/')) return ['page', 'markdown'];
  return name === 'markdown' ? ['markdown'] : ['page'];
}

/** What a review asset file holds as used: its text without trailing whitespace (the script's CSP hash is of this). */
export const assetText = (source: string) => source.trimEnd();
