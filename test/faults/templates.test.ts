// Override templates that reach for JavaScript internals (constructor, __proto__, the classic Handlebars RCE gadget)
// render empty or fail cleanly, never run code.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { assertNoStack, assertUserError, cleanupProjects, project } from './project.js';

const EVIDENCE = readFileSync(new URL('../fixtures/evidence/provider-api-529.json', import.meta.url), 'utf8');
afterAll(() => cleanupProjects());

/** A project with e.json and an override dir `tpl` holding CHANNEL/default.hbs for each entry. */
function withTemplates(byChannel: Record<string, string>): string {
  const dir = project({ product: { name: 'Acme Notes' } });
  writeFileSync(join(dir, 'e.json'), EVIDENCE);
  for (const [channel, source] of Object.entries(byChannel)) {
    mkdirSync(join(dir, 'tpl', 'channels', channel), { recursive: true });
    writeFileSync(join(dir, 'tpl', 'channels', channel, 'default.hbs'), source);
  }
  return dir;
}

const draftArgs = (channels: string[]) => [
  'draft',
  '--from',
  'e.json',
  '--yes',
  '--out',
  'out',
  '--incident',
  'tpl',
  '--templates',
  'tpl',
  '--channels',
  channels.join(','),
];

/** What code execution through a template would write; never there. */
const MARKER = 'PWNED-BY-TEMPLATE';
/** The public Handlebars prototype-pollution/RCE gadget (CVE-2019-19919 family), aimed at writing MARKER in the cwd. */
const RCE_GADGET = `{{#with "s" as |string|}}
  {{#with "e"}}
    {{#with split as |conslist|}}
      {{this.pop}}
      {{this.push (lookup string.sub "constructor")}}
      {{this.pop}}
      {{#with string.split as |codelist|}}
        {{this.pop}}
        {{this.push "return process.getBuiltinModule('fs').writeFileSync('${MARKER}', 'x');"}}
        {{this.pop}}
        {{#each conslist}}
          {{#with (string.sub.apply 0 codelist)}}
            {{this}}
          {{/with}}
        {{/each}}
      {{/with}}
    {{/with}}
  {{/with}}
{{/with}}`;

const LEAK = /function |\[native code\]|\[object |Object\(\)|prototype/;

describe.concurrent('templates cannot reach JavaScript internals', () => {
  it('prototype lookups render as nothing: {{constructor}}, {{__proto__}}, {{lookup this "constructor"}}, nested lookups, __defineGetter__', async () => {
    const payloads: Record<string, string> = {
      x: '{{constructor}}',
      bluesky: '{{__proto__}}',
      mastodon: '{{lookup this "constructor"}}',
      threads: '{{lookup (lookup this "__proto__") "constructor"}}',
      linkedin: '{{__defineGetter__}}',
      sms: '{{#with layer}}{{lookup this "constructor"}}{{/with}}',
    };
    const dir = withTemplates(Object.fromEntries(Object.entries(payloads).map(([c, p]) => [c, `start ${p} end`])));
    const r = await runCli(draftArgs(Object.keys(payloads)), { cwd: dir, timeoutMs: 30_000 });
    // 1: lint rightly flags drafts that name no layer; the bundle is still written.
    expect(r.code, r.stderr).toBe(1);
    assertNoStack(r.stderr);
    const bundle = join(dir, 'out', 'tpl', '001-investigating');
    for (const channel of Object.keys(payloads)) {
      const text = readFileSync(join(bundle, `${channel}.txt`), 'utf8');
      expect({ channel, text: text.replace(/\s+/g, ' ').trim() }).toEqual({ channel, text: 'start end' });
    }
    expect(r.stdout + r.stderr).not.toMatch(LEAK);
  });

  for (const [name, source, reason] of [
    [
      '{{#with this}}{{constructor.name}}{{/with}}',
      '{{#with this}}{{constructor.name}}{{/with}}',
      /channels\/x\/default\.hbs:1:\d+: "name" not defined in undefined$/,
    ],
    [
      '{{constructor.constructor}}',
      'a {{constructor.constructor}}',
      /channels\/x\/default\.hbs:1:\d+: "constructor" not defined in undefined$/,
    ],
    [
      'a helper call on a prototype method',
      '{{constructor.constructor "return 1"}}',
      /channels\/x\/default\.hbs:1(:\d+)?: .*(knownHelpersOnly|unknown helper)/,
    ],
    [
      'a dynamic partial named by a prototype lookup',
      '{{> (lookup this "constructor") }}',
      /channels\/x\/default\.hbs(:\d+)?(:\d+)?: .*partial/i,
    ],
    ['the classic RCE gadget (string.sub.apply)', RCE_GADGET, /channels\/x\/default\.hbs(:\d+)?(:\d+)?: /],
  ] as const) {
    it(`${name}: exit 2 naming the template, no code run`, async () => {
      const dir = withTemplates({ x: source });
      const r = await runCli(draftArgs(['x']), { cwd: dir, timeoutMs: 30_000 });
      const line = assertUserError(r, 2, reason);
      expect(line).not.toMatch(LEAK);
      expect(existsSync(join(dir, MARKER))).toBe(false);
      expect(existsSync(join(dir, 'out', 'tpl'))).toBe(false);
    });
  }
});
