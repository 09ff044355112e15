// Planted faults shared by the pure-API suite and the CLI suite: per rule, a template or phrase file that breaks it and
// one that almost does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateFile, TemplateSet } from '../../src/templating/engine.js';
import { readTemplateDir, embeddedTemplatesDir, toTemplateSet } from '../../src/templating/load.js';
import { REASON_TEMPLATES } from '../../src/model/reasons.js';

export interface Plant {
  rule: string;
  /** Files (CHANNEL/VARIANT or phrases/NAME[/LAYER], without .hbs) written over the embedded set. */
  breaks: Record<string, string>;
  almost: Record<string, string>;
}

/**
 * The embedded phrases/social-post as a team's channels/x/default, one sentence a paragraph: 0 correction, 1 impact, 2 cause,
 * 3 not affected, 4 action, 5 next update or closing. Paragraphs, because a partial alone on its line takes the
 * line's break with it (Handlebars' standalone rule) and the sentences would run together ("users.Anthropic's").
 */
export const X =
  [
    '{{#if correction.has}}{{> correction-short}} {{/if}}',
    '{{> impact-line-short}}',
    '{{> cause}}',
    '{{> not-affected-short}}',
    '{{> action}}',
    '{{> closing}}',
  ].join('\n\n') + '\n';
/** The embedded channels/x/default with one paragraph replaced (by index) or paragraphs added. */
const x = (edit: (lines: string[]) => string[]) => edit(X.trimEnd().split('\n\n')).join('\n\n') + '\n';
const replace = (i: number, line: string) => x((l) => l.map((v, j) => (j === i ? line : v)));
const insert = (i: number, line: string) => x((l) => [...l.slice(0, i), line, ...l.slice(i)]);

/** An embedded phrase file's source (phrases/NAME or phrases/NAME/LAYER), so a plant edits the real wording. */
export const phrase = (name: string): string => readFileSync(join(embeddedTemplatesDir(), `${name}.hbs`), 'utf8');
/** The embedded phrases/social-post-short with `extra` before its closing phrase. */
const shortWith = (extra: string) =>
  readFileSync(join(embeddedTemplatesDir(), 'phrases/social-post-short.hbs'), 'utf8').replace(
    '{{> closing-short}}',
    `{{> closing-short}}${extra}`,
  );

export const PLANTS: readonly Plant[] = [
  {
    rule: 'syntax',
    breaks: { 'channels/x/default': replace(1, '{{> impact-line-short}') },
    almost: { 'channels/x/default': insert(5, '\\{{literal braces}}') },
  },
  {
    rule: 'unknown-variable',
    breaks: { 'channels/x/default': replace(1, '{{impact.txt}}') },
    almost: { 'channels/x/default': insert(4, '{{#each models.list as |m i|}}{{#if i}} {{/if}}{{m.name}}{{/each}}') },
  },
  {
    rule: 'unknown-helper',
    breaks: { 'channels/x/default': replace(1, '{{uppercase impact.text}}') },
    almost: {
      'channels/x/default': replace(
        1,
        '{{#unless phase.is.resolved}}{{> impact-line-short}}{{else}}{{> impact-line-short}}{{/unless}}',
      ),
    },
  },
  {
    rule: 'unknown-partial',
    breaks: { 'channels/x/default': replace(5, '{{> closings}}') },
    almost: {
      'channels/x/default': X,
      'phrases/sign-off': '— {{product.name}}',
      'channels/x/short': shortWith(' {{> sign-off}}'),
    },
  },
  // Operator text unescaped is the fault; a time layerpost formats itself may be printed raw.
  {
    rule: 'unsafe-html',
    breaks: { 'phrases/impact-line-short': '{{#if impact.given}}{{{impact.text}}}{{else}}{{> impact}}{{/if}}' },
    almost: {
      'channels/x/default': replace(
        5,
        '{{#if nextUpdate.has}}Next update by {{{nextUpdate.at.both}}}.{{else}}{{> closing}}{{/if}}',
      ),
    },
  },
  { rule: 'unknown-template', breaks: { 'x/defualt': X }, almost: { 'channels/x/short': X } },
  // A set that words some reasons words them all; a set that words none is the embedded one there.
  {
    rule: 'reasons-complete',
    breaks: { 'reasons/api-errors': "{{provider}}'s API fails ({{probes}}).\n" },
    almost: {
      ...Object.fromEntries(REASON_TEMPLATES.map((n) => [n, phrase(n)])),
      'reasons/api-errors': "{{provider}}'s API fails ({{probes}}).\n",
    },
  },
  {
    rule: 'length',
    breaks: {
      'channels/x/default': insert(
        5,
        'Thank you for your patience while we work through this with our partners. '.repeat(4),
      ),
      'channels/x/short': insert(5, 'Thank you for your patience while we work through this. '.repeat(3)),
    },
    // The embedded short variant plus a word still fits every case.
    almost: { 'channels/x/short': shortWith(' Sorry.') },
  },
  {
    rule: 'layer-named',
    breaks: { 'channels/x/default': replace(2, 'We are looking into it.') },
    almost: { 'channels/x/default': replace(2, '{{> cause-line-short}}') },
  },
  {
    rule: 'provider-named',
    breaks: {
      'channels/x/default': replace(
        2,
        "{{#if layer.providerLayer}}Cause: our AI provider's service is failing ({{> error-words}}).{{else}}{{> cause}}{{/if}}",
      ),
    },
    almost: { 'channels/x/default': replace(2, 'Cause: {{> layer-name}}.') },
  },
  // A vague phrase in a phrase file is reported there; next to the layer's name it is not vague.
  {
    rule: 'vague-phrase',
    breaks: { 'phrases/action/investigating': `We are experiencing issues. ${phrase('phrases/action/investigating')}` },
    almost: {
      'phrases/cause/provider-api':
        '{{> layer-name}} is experiencing issues{{#if evidence.anyErrors}} ({{> error-words}}){{/if}}.',
    },
  },
  {
    rule: 'quality-implication',
    breaks: { 'phrases/not-affected-short/provider-api': 'Some users may get lower quality answers.' },
    almost: {
      'phrases/not-affected-short/provider-api': 'This is not a change in model quality, and answers are not worse.',
    },
  },
  {
    rule: 'not-affected',
    breaks: { 'channels/x/default': replace(3, '') },
    almost: { 'channels/x/default': replace(3, 'Everything else is working normally.') },
  },
  {
    rule: 'next-update',
    breaks: { 'channels/x/default': replace(5, '{{#unless nextUpdate.has}}{{> closing}}{{/unless}}') },
    almost: {
      'channels/x/default': replace(
        5,
        '{{#if nextUpdate.has}}We will post an update in {{nextUpdate.minutes}} minutes.{{else}}{{> closing}}{{/if}}',
      ),
    },
  },
  {
    rule: 'speculation',
    breaks: {
      'channels/x/default': insert(
        3,
        '{{#if phase.is.investigating}}This is probably due to a bad deploy at {{provider.name}}.{{/if}}',
      ),
    },
    almost: {
      'channels/x/default': insert(
        3,
        '{{#unless layer.is.unknown}}The errors are caused by {{> layer-name}}.{{/unless}}',
      ),
    },
  },
  {
    rule: 'own-the-problem',
    breaks: { 'channels/x/default': insert(1, 'Due to a third-party issue, some requests fail.') },
    almost: { 'channels/x/default': insert(2, 'We are sorry for the trouble.') },
  },
  {
    rule: 'no-eta',
    breaks: { 'channels/x/default': insert(5, 'It will be resolved by {{nextUpdate.at.utc}}.') },
    almost: { 'channels/x/default': insert(5, 'We will post again whether or not it is resolved by then.') },
  },
  {
    rule: 'no-internals',
    breaks: { 'channels/x/default': insert(4, 'Pod api-7d9f8b6c5-x2x9k at 10.0.3.17 returned ECONNRESET.') },
    almost: {
      'channels/x/default': insert(5, 'Status: {{product.statusUrl}}'),
      'channels/slack/default':
        '{{> impact-line}} Pod api-7d9f8b6c5-x2x9k at 10.0.3.17 returned ECONNRESET. *Layer:* {{> layer-name}} {{> not-affected}} {{> closing}}',
    },
  },
  {
    rule: 'data-loss',
    breaks: { 'channels/x/default': replace(5, '{{#if nextUpdate.has}}Next update by {{nextUpdate.at.utc}}.{{/if}}') },
    almost: {
      'channels/x/default': replace(
        5,
        '{{#if nextUpdate.has}}Next update by {{nextUpdate.at.utc}}.{{else}}Your data is safe.{{/if}}',
      ),
    },
  },
  {
    rule: 'consistent',
    breaks: {
      'channels/x/default': replace(5, '{{#if nextUpdate.has}}Next update by 09:15 UTC.{{else}}{{> closing}}{{/if}}'),
    },
    almost: {
      'channels/x/default': replace(
        5,
        '{{#if nextUpdate.has}}Next update by {{nextUpdate.at.local}}.{{else}}{{> closing}}{{/if}}',
      ),
    },
  },
  // The cause phrase without its phase switch says "is returning errors" at monitoring and resolved (issue 14);
  // words that say the failure is over, and an earlier update quoted, are not present tense.
  {
    rule: 'tense',
    breaks: {
      'phrases/cause/provider-api':
        '{{> layer-name}} is returning errors{{#if evidence.anyErrors}} ({{> error-words}}){{/if}}{{#if models.any}} for {{> model-names}}{{/if}}.',
    },
    almost: {
      'phrases/cause/provider-api':
        '{{#if phase.past}}{{> layer-name}} was returning errors and is no longer failing; earlier we said “{{> layer-name}} is returning errors”.{{else}}{{> layer-name}} is returning errors{{#if evidence.anyErrors}} ({{> error-words}}){{/if}}.{{/if}}',
    },
  },
  // A phrase that opens a sentence in lower case (issue 23: "our AI provider's service is not affected.").
  {
    rule: 'sentence-start',
    breaks: { 'channels/x/default': replace(4, "{{> action}} details follow on {{product.name}}'s status page.") },
    almost: {
      'channels/x/default': replace(
        4,
        "{{> action}} {{#capitalize}}details follow on {{product.name}}'s status page.{{/capitalize}}",
      ),
    },
  },
  // "Following the provider's incident" when the provider has none (issue 14); saying it has none is true.
  {
    rule: 'provider-incident',
    breaks: { 'phrases/action/tracking-provider': phrase('phrases/action/following-provider-incident') },
    almost: {
      'phrases/action/tracking-provider': phrase('phrases/action/tracking-provider').replace(
        /We are tracking the problem with \{\{> provider-name\}\}\./,
        'We are tracking the problem with {{> provider-name}}, which has not reported an incident.',
      ),
    },
  },
];

let embedded: TemplateFile[] | undefined;

/** The embedded set with `files` written over it as a team's override files. */
export async function plantedSet(files: Record<string, string>): Promise<TemplateSet> {
  embedded ??= await readTemplateDir(embeddedTemplatesDir(), 'embedded');
  const byName = new Map(embedded.map((f) => [f.name, f]));
  for (const [name, source] of Object.entries(files))
    byName.set(name, { name, path: `planted/${name}.hbs`, source, origin: 'override' });
  return toTemplateSet([...byName.values()]);
}
