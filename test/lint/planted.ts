// Planted faults shared by the pure-API suite and the CLI suite: per rule, a template that breaks it and one that almost does.
import type { TemplateFile, TemplateSet } from '../../src/templates/engine.js';
import { readTemplateDir, embeddedTemplatesDir, toTemplateSet } from '../../src/templates/load.js';

export interface Plant {
  rule: string;
  /** Files (CHANNEL/VARIANT or partials/NAME, without .hbs) written over the embedded set. */
  breaks: Record<string, string>;
  almost: Record<string, string>;
}

const X = `{{> correction}}
{{impact.text}}
{{> cause-line}}
{{layer.notAffectedShort}}
{{action}}
{{> next-update}}
`;
/** The embedded x/default with one line replaced (by index) or lines added. */
const x = (edit: (lines: string[]) => string[]) => edit(X.trimEnd().split('\n')).join('\n') + '\n';
const replace = (i: number, line: string) => x((l) => l.map((v, j) => (j === i ? line : v)));
const insert = (i: number, line: string) => x((l) => [...l.slice(0, i), line, ...l.slice(i)]);

export const PLANTS: readonly Plant[] = [
  { rule: 'syntax', breaks: { 'x/default': replace(1, '{{impact.text}') }, almost: { 'x/default': insert(5, '\\{{literal braces}}') } },
  { rule: 'unknown-variable', breaks: { 'x/default': replace(1, '{{impact.txt}}') }, almost: { 'x/default': insert(4, '{{#each models.list as |m i|}}{{#if i}} {{/if}}{{m.name}}{{/each}}') } },
  { rule: 'unknown-helper', breaks: { 'x/default': replace(1, '{{uppercase impact.text}}') }, almost: { 'x/default': replace(1, '{{#unless phase.is.resolved}}{{impact.text}}{{else}}{{impact.text}}{{/unless}}') } },
  { rule: 'unknown-partial', breaks: { 'x/default': replace(5, '{{> next-updates}}') }, almost: { 'x/default': X, 'partials/sign-off': '— {{product.name}}', 'x/short': X.replace('{{> next-update}}', '{{> next-update}} {{> sign-off}}') } },
  { rule: 'unsafe-html', breaks: { 'x/default': replace(1, '{{{impact.text}}}') }, almost: { 'x/default': replace(4, '{{{action}}}') } },
  { rule: 'unknown-template', breaks: { 'x/defualt': X }, almost: { 'x/short': X } },
  {
    rule: 'length',
    breaks: { 'x/default': insert(5, 'Thank you for your patience while we work through this with our partners. '.repeat(4)), 'x/short': insert(5, 'Thank you for your patience while we work through this. '.repeat(3)) },
    // The embedded short variant plus a few words still fits every case.
    almost: { 'x/short': '{{> correction}}\n{{impact.text}}\n{{#unless correction.has}}\n{{layer.causeShort}}\n{{/unless}}\n{{layer.notAffectedShort}}\n{{> next-update}} Sorry.\n' },
  },
  { rule: 'layer-named', breaks: { 'x/default': replace(2, 'We are looking into it.') }, almost: { 'x/default': replace(2, '{{#if layer.is.unknown}}{{layer.causeShort}}{{else}}Cause: {{layer.short}}.{{/if}}') } },
  { rule: 'provider-named', breaks: { 'x/default': replace(2, "{{#if layer.providerLayer}}Cause: our AI provider's service is failing ({{evidence.errors}}).{{else}}{{> cause-line}}{{/if}}") }, almost: { 'x/default': replace(2, 'Cause: {{layer.short}}.') } },
  { rule: 'vague-phrase', breaks: { 'x/default': insert(2, 'We are experiencing issues.') }, almost: { 'x/default': insert(3, '{{#unless layer.is.unknown}}{{layer.short}} is experiencing issues.{{/unless}}') } },
  { rule: 'quality-implication', breaks: { 'x/default': insert(2, 'Some users may get lower quality answers.') }, almost: { 'x/default': insert(4, 'This is not a change in model quality, and answers are not worse.') } },
  { rule: 'not-affected', breaks: { 'x/default': replace(3, '') }, almost: { 'x/default': replace(3, 'Everything else is working normally.') } },
  { rule: 'next-update', breaks: { 'x/default': replace(5, '{{#unless nextUpdate.has}}{{dataLoss}}{{/unless}}') }, almost: { 'x/default': replace(5, '{{#if nextUpdate.has}}We will post an update in {{nextUpdate.minutes}} minutes.{{else}}{{dataLoss}}{{/if}}') } },
  { rule: 'speculation', breaks: { 'x/default': insert(3, '{{#if phase.is.investigating}}This is probably due to a bad deploy at {{provider.name}}.{{/if}}') }, almost: { 'x/default': insert(3, '{{#unless layer.is.unknown}}The errors are caused by {{layer.short}}.{{/unless}}') } },
  { rule: 'own-the-problem', breaks: { 'x/default': insert(1, 'Due to a third-party issue, some requests fail.') }, almost: { 'x/default': insert(2, 'We are sorry for the trouble.') } },
  { rule: 'no-eta', breaks: { 'x/default': insert(5, 'It will be resolved by {{nextUpdate.at.utc}}.') }, almost: { 'x/default': insert(5, 'We will post again whether or not it is resolved by then.') } },
  { rule: 'no-internals', breaks: { 'x/default': insert(4, 'Pod api-7d9f8b6c5-x2x9k at 10.0.3.17 returned ECONNRESET.') }, almost: { 'x/default': insert(5, 'Status: {{product.statusUrl}}'), 'slack/default': '{{impact.text}} Pod api-7d9f8b6c5-x2x9k at 10.0.3.17 returned ECONNRESET. *Layer:* {{layer.name}} {{layer.notAffected}} {{> next-update}}' } },
  { rule: 'data-loss', breaks: { 'x/default': replace(5, '{{#if nextUpdate.has}}Next update by {{nextUpdate.at.utc}}.{{/if}}') }, almost: { 'x/default': replace(5, '{{#if nextUpdate.has}}Next update by {{nextUpdate.at.utc}}.{{else}}Your data is safe.{{/if}}') } },
  { rule: 'consistent', breaks: { 'x/default': replace(5, '{{#if nextUpdate.has}}Next update by 09:15 UTC.{{else}}{{dataLoss}}{{/if}}') }, almost: { 'x/default': replace(5, '{{#if nextUpdate.has}}Next update by {{nextUpdate.at.local}}.{{else}}{{dataLoss}}{{/if}}') } },
];

let embedded: TemplateFile[] | undefined;

/** The embedded set with `files` written over it as a team's override files. */
export async function plantedSet(files: Record<string, string>): Promise<TemplateSet> {
  embedded ??= await readTemplateDir(embeddedTemplatesDir(), 'embedded');
  const byName = new Map(embedded.map((f) => [f.name, f]));
  for (const [name, source] of Object.entries(files)) byName.set(name, { name, path: `planted/${name}.hbs`, source, origin: 'override' });
  return toTemplateSet([...byName.values()]);
}
