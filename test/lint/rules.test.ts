// The planted-fault suite through the pure API: each rule fires on a template that breaks it and stays quiet on one
// that almost does.
import { describe, expect, it } from 'vitest';
import { lintTemplates, RULES } from '../../src/lint/index.js';
import { PLANTS, plantedSet, X } from './planted.js';
import { CHANNELS } from '../../src/drafts/channels/index.js';
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { PROFILES } from '../../src/lint/fixtures.js';
import { providerIncident } from '../../src/lint/rules/provider-incident.js';
import { tense } from '../../src/lint/rules/tense.js';
import { lintContext } from './contexts.js';

describe('planted faults (lintTemplates)', () => {
  it('covers every rule', () => {
    expect(PLANTS.map((p) => p.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const plant of PLANTS) {
    describe(plant.rule, () => {
      it('fires on the planted fault, with file, line and severity', async () => {
        const r = lintTemplates(await plantedSet(plant.breaks), { onlyOrigin: 'override' });
        const hits = r.findings.filter((f) => f.rule === plant.rule);
        expect(hits, JSON.stringify(r.findings, null, 1)).not.toHaveLength(0);
        for (const f of hits) {
          expect(f.file).toMatch(/^planted\//);
          expect(f.severity).toBe(RULES.find((x) => x.id === plant.rule)!.severity);
          expect(f.message.length).toBeGreaterThan(10);
        }
      });
      it('stays quiet when the template almost breaks it', async () => {
        const r = lintTemplates(await plantedSet(plant.almost), { onlyOrigin: 'override' });
        expect(
          r.findings.filter((f) => f.rule === plant.rule),
          JSON.stringify(r.findings, null, 1),
        ).toEqual([]);
      });
    });
  }
});

describe('where findings point', () => {
  it.each([
    ['syntax', { 'channels/x/default': '{{impact.text}}\n{{> cause}\n' }, 2],
    ['unknown-variable', { 'channels/x/default': '{{impact.text}}\n\n  {{layer.nam}}\n' }, 3],
    // A rendered rule points at the line that wrote the offending words…
    [
      'no-eta',
      {
        'channels/x/default':
          '{{> impact-line-short}}\n{{> cause}}\n{{> not-affected-short}}\nIt will be resolved by {{nextUpdate.at.utc}}.\n{{> closing}}\n',
      },
      4,
    ],
    // …and at the phrase file when a phrase wrote them (a plain phrase, and one written per layer).
    [
      'vague-phrase',
      {
        'phrases/impact-line-short':
          'We are experiencing issues. {{#if impact.given}}{{impact.text}}{{else}}{{> impact}}{{/if}}',
      },
      1,
    ],
    [
      'vague-phrase',
      { 'phrases/not-affected-short/network': '{{> provider-name}} is fine.\nWe are experiencing issues.' },
      2,
    ],
    // A phrase override that renders filled-in names is still found at its line ("{{provider.name}}'s incident").
    [
      'provider-incident',
      {
        'phrases/action/tracking-provider':
          "{{#if phase.is.identified}}\nWe are following {{provider.name}}'s incident.{{/if}}",
      },
      2,
    ],
    [
      'tense',
      {
        'phrases/not-affected-short/provider-api':
          'Model quality is unaffected.\n{{#if phase.past}}{{provider.name}} is still returning errors.{{/if}}',
      },
      2,
    ],
  ])('%s', async (rule, files, line) => {
    const r = lintTemplates(await plantedSet(files), { onlyOrigin: 'override' });
    const f = r.findings.find((x) => x.rule === rule);
    expect(f, JSON.stringify(r.findings, null, 1)).toBeDefined();
    expect(f!.line).toBe(line);
    expect(f!.column).toBeGreaterThanOrEqual(1);
    expect(f!.file).toBe(`planted/${Object.keys(files)[0]}.hbs`);
  });

  it('a rendered finding names the renders it happened in', async () => {
    const r = lintTemplates(
      await plantedSet({
        'channels/x/default': PLANTS.find((p) => p.rule === 'speculation')!.breaks['channels/x/default']!,
      }),
      { onlyOrigin: 'override' },
    );
    const f = r.findings.find((x) => x.rule === 'speculation')!;
    expect(f.message).toMatch(/^"bad deploy" is a guess /);
    expect(f.contexts).toEqual([
      expect.stringMatching(
        /^channels\/x\/default: layer \S+.* × investigating.* × typical.* fixture \(\d+ renders\)$/,
      ),
    ]);
  });

  it("reports one problem once: a finding whose message names each render's layer is one finding at its location", async () => {
    const r = lintTemplates(
      await plantedSet({
        'channels/x/default':
          '{{> impact-line-short}} Some users may see worse answers.\n{{> cause}}\n{{> not-affected-short}}\n{{> closing}}\n',
      }),
      { onlyOrigin: 'override' },
    );
    const hits = r.findings.filter((f) => f.rule === 'quality-implication');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ file: 'planted/channels/x/default.hbs', line: 1 });
    expect(hits[0]!.contexts).toEqual([
      expect.stringMatching(
        /^channels\/x\/default: layer integration, network, provider-api, model-endpoint, unknown × .* fixture \(\d+ renders\)$/,
      ),
    ]);
  });

  it("an unknown variable does not hide the same template's other findings", async () => {
    const r = lintTemplates(
      await plantedSet({
        'channels/x/default':
          '{{impact.txt}} Some users may see worse answers.\n{{> cause}}\n{{> not-affected-short}}\n{{> closing}}\n',
      }),
      { onlyOrigin: 'override' },
    );
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['quality-implication', 'unknown-variable']);
  });

  it('length reports the worst case and its inputs', async () => {
    const r = lintTemplates(await plantedSet(PLANTS.find((p) => p.rule === 'length')!.breaks), {
      onlyOrigin: 'override',
    });
    const f = r.findings.find((x) => x.rule === 'length')!;
    expect(f.file).toBe('planted/channels/x/short.hbs');
    expect(f.message).toMatch(
      /^the X short draft is over the limit: \d+\/280 weighted characters \(worst case: layer \S+ × \S+, long-names fixture — long product.*; over in \d+ of 84 renders\)$/,
    );
    expect(r.lengths.find((l) => l.channel === 'x')).toMatchObject({ over: true, limit: 280, variant: 'short' });
  });
});

describe('suppression', () => {
  const speculation = PLANTS.find((p) => p.rule === 'speculation')!.breaks['channels/x/default']!;
  it('config switches a rule off', async () => {
    const r = lintTemplates(await plantedSet({ 'channels/x/default': speculation }), {
      onlyOrigin: 'override',
      rules: { speculation: 'off' },
    });
    expect(r.findings.filter((f) => f.rule === 'speculation')).toEqual([]);
  });
  it('config re-levels a rule', async () => {
    const r = lintTemplates(await plantedSet({ 'channels/x/default': speculation }), {
      onlyOrigin: 'override',
      rules: { speculation: 'error' },
    });
    expect(r.findings.filter((f) => f.rule === 'speculation').map((f) => f.severity)).toContain('error');
  });
  it('a template comment disables the named rules for that file only', async () => {
    const set = await plantedSet({
      'channels/x/default': `{{!-- layerpost-disable speculation, no-eta --}}\n${speculation}`,
      'channels/mastodon/default': speculation,
    });
    const r = lintTemplates(set, { onlyOrigin: 'override' });
    expect(r.findings.filter((f) => f.rule === 'speculation').map((f) => f.file)).toEqual([
      'planted/channels/mastodon/default.hbs',
    ]);
  });
  it('the vague-phrase list is configurable', async () => {
    const set = await plantedSet({
      'channels/x/default': PLANTS.find((p) => p.rule === 'not-affected')!.almost['channels/x/default']!.replace(
        'Everything else',
        'Everything else is fine and nothing is wonky; everything else',
      ),
    });
    const r = lintTemplates(set, { onlyOrigin: 'override', vaguePhrases: ['wonky'] });
    expect(r.findings.filter((f) => f.rule === 'vague-phrase').map((f) => f.message)[0]).toMatch(
      /^vague phrase "wonky"/,
    );
  });
});

describe('robustness', () => {
  it('a syntax error in a partial is a finding; templates using it are not rendered, nothing throws', async () => {
    const r = lintTemplates(await plantedSet({ 'phrases/closing': '{{#if nextUpdate.has}}Next update' }), {
      onlyOrigin: 'override',
    });
    expect(r.findings.map((f) => [f.rule, f.file])).toEqual([['syntax', 'planted/phrases/closing.hbs']]);
  });
  it("a syntax error in one layer's phrase is a finding at that file; nothing throws", async () => {
    const r = lintTemplates(await plantedSet({ 'phrases/cause/network': '{{#if phase.past}}was' }), {
      onlyOrigin: 'override',
    });
    expect(r.findings.map((f) => [f.rule, f.file])).toEqual([['syntax', 'planted/phrases/cause/network.hbs']]);
  });
  it('a template that fails only at render time is a syntax finding', async () => {
    const r = lintTemplates(await plantedSet({ 'channels/x/default': '{{#each}}x{{/each}}{{impact.text}}' }), {
      onlyOrigin: 'override',
    });
    expect(r.findings.find((f) => f.rule === 'syntax')?.message).toMatch(
      /cannot (compile|render): Must pass iterator to #each/,
    );
  });
});

describe('partials are checked in the context they are called in', () => {
  const withLine = (line: string) => X.replace('{{> action}}\n', `{{> action}}\n\n${line}\n`);
  const lint = async (files: Record<string, string>) =>
    (await lintTemplates(await plantedSet(files), { onlyOrigin: 'override' })).findings.filter(
      (f) => f.rule !== 'length',
    );
  const inEach = withLine('{{#each models.list}}{{> model-line}}{{/each}}');

  it("inside #each a partial's {{name}} is the model's: no finding, and the set renders", async () => {
    expect(
      await lint({ 'channels/x/default': inEach, 'phrases/model-line': '{{name}}{{#unless @last}}, {{/unless}}' }),
    ).toEqual([]);
  });

  it('a typo in the partial is reported on the partial, with the scope it was called in', async () => {
    const f = await lint({ 'channels/x/default': inEach, 'phrases/model-line': '\n{{nam}} ' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'unknown-variable',
      file: 'planted/phrases/model-line.hbs',
      line: 2,
      column: 3,
    });
    expect(f[0]!.message).toMatch(
      /"nam": models\.list\[\] has no field "nam"; did you mean "models\.list\[\]\.name"\? \(as called where the context is models\.list\[\]\)/,
    );
  });

  it('a root field used bare inside the #each scope is reported (it would stop the render)', async () => {
    const f = await lint({ 'channels/x/default': inEach, 'phrases/model-line': '{{product.name}} ' });
    expect(f.map((x) => x.rule)).toEqual(['unknown-variable']);
  });

  it('../ cannot leave a partial; @root and @index can reach past it', async () => {
    const up = await lint({ 'channels/x/default': inEach, 'phrases/model-line': '{{../product.name}} ' });
    expect(up.map((x) => x.message)).toEqual([expect.stringMatching(/goes above the partial's own context/)]);
    expect(
      await lint({
        'channels/x/default': inEach,
        'phrases/model-line': '{{@index}} {{name}} of {{@root.product.name}} ',
      }),
    ).toEqual([]);
  });

  it('called both at the root and inside #each: each scope is checked', async () => {
    const f = await lint({
      'channels/x/default': withLine('{{> model-line}} {{#each models.list}}{{> model-line}}{{/each}}'),
      'phrases/model-line': '{{name}} ',
    });
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/"name".*\(as called at the root\)$/)]);
  });

  it("a context argument sets the partial's context; a hash argument makes it unchecked", async () => {
    expect(
      await lint({
        'channels/x/default': withLine('{{> model-line models.list.[0]}}'),
        'phrases/model-line': '{{name}} ',
      }),
    ).toEqual([]);
    expect(
      await lint({ 'channels/x/default': withLine('{{> model-line label="AI"}}'), 'phrases/model-line': '{{label}} ' }),
    ).toEqual([]);
  });
});

describe('tense: present-tense failure wording at monitoring and resolved', () => {
  const check = async (text: string, phase: 'identified' | 'monitoring' | 'resolved', layer = 'provider-api') =>
    tense.check({
      text,
      part: 'body',
      channel: CHANNELS.x,
      ctx: await lintContext(layer, phase),
      layers: DEFAULT_LAYERS,
      vaguePhrases: [],
    });

  it.each([
    ["Anthropic's API is returning errors (HTTP 529, overloaded).", 'is returning errors'],
    ['Some requests to Acme AI are failing.', 'are failing'],
    ['Requests from our servers are not reaching Anthropic.', 'are not reaching'],
    ['Search is down for customers in the UAE.', 'is down'],
    ['The API is still failing for some users.', 'is still failing'],
    ['Requests still fail on Claude Opus 4.7.', 'Requests still fail'],
    ["Our requests aren't getting through.", "aren't getting through"],
  ])('monitoring: reports %j', async (text, found) => {
    const hits = await check(text, 'monitoring');
    expect(hits.map((h) => h.needle)).toEqual([found]);
    expect(hits[0]!.message).toMatch(/is present tense at monitoring/);
  });

  it('resolved: "still" is reported too ("Requests still complete")', async () => {
    expect((await check('Requests still complete normally.', 'resolved')).map((h) => h.needle)).toEqual([
      'still complete',
    ]);
    // …but not at monitoring, where something may still be watched…
    expect(await check('We are still watching closely.', 'monitoring')).toEqual([]);
    // …nor in the operator's word on data loss, which speaks of the data now.
    const resolved = await lintContext('provider-api', 'resolved');
    const withData = { ...resolved, dataLoss: { text: 'Your notes are still there; no data was lost.', given: true } };
    expect(
      tense.check({
        text: `The problem lasted an hour. ${withData.dataLoss.text}`,
        part: 'body',
        channel: CHANNELS.x,
        ctx: withData,
        layers: DEFAULT_LAYERS,
        vaguePhrases: [],
      }),
    ).toEqual([]);
    expect(
      tense.check({
        text: 'Requests still complete. Your notes are safe.',
        part: 'body',
        channel: CHANNELS.x,
        ctx: withData,
        layers: DEFAULT_LAYERS,
        vaguePhrases: [],
      }),
    ).toHaveLength(1);
  });

  it.each([
    "Anthropic's API was returning errors (HTTP 529, overloaded).",
    'A fix is in place for the problem with Acme AI.',
    'Requests from our servers were not reaching Anthropic.',
    "Anthropic's API is no longer failing.",
    "We are watching Anthropic's API recover.",
    "Other models and Anthropic's API are working, and answers that do complete are not affected.",
    // an earlier update quoted, with its own full stop inside the quotation
    'A fix is in place. Earlier we said: “Search is failing. Customers in the UAE are not reaching it.”',
  ])('monitoring: passes %j', async (text) => {
    expect(await check(text, 'monitoring')).toEqual([]);
  });

  it('says nothing before monitoring', async () => {
    expect(await check('Some requests to Acme AI are failing.', 'identified')).toEqual([]);
  });
});

describe('provider-incident: a provider incident only when the evidence holds one', () => {
  const check = async (text: string, profile: string, layer = 'provider-api') =>
    providerIncident.check({
      text,
      part: 'body',
      channel: CHANNELS.x,
      ctx: await lintContext(layer, 'identified', profile),
      layers: DEFAULT_LAYERS,
      vaguePhrases: [],
    });

  it('the fixtures render both: the typical profile with an open incident, the others without', async () => {
    expect(PROFILES.filter((p) => p.input.provider?.incident).map((p) => p.id)).toEqual(['typical']);
    expect((await lintContext('provider-api', 'identified', 'typical')).provider.incident.open).toBe(true);
    expect((await lintContext('provider-api', 'identified', 'many-models')).provider.incident.open).toBe(false);
  });

  it.each([
    ["We are following Amazon Bedrock's incident.", "Amazon Bedrock's incident"],
    ['Amazon Bedrock reports an incident on its status page.', 'reports an incident'],
    ['Amazon Bedrock has reported a major outage.', 'reported a major outage'],
    ["We are tracking the provider's incident.", "tracking the provider's incident"],
    ['Amazon Bedrock is reporting an incident.', 'reporting an incident'],
    ['The status page shows an incident for InvokeModel.', 'status page shows an incident'],
  ])('without an open incident: reports %j', async (text, found) => {
    const hits = await check(text, 'many-models');
    expect(hits.map((h) => h.needle)).toEqual([found]);
    expect(hits[0]!.message).toMatch(/holds no open incident/);
  });

  it.each([
    'We are tracking the problem with Amazon Bedrock, which has not reported an incident.',
    'Amazon Bedrock reports no incident on its status page.',
    'We have opened an incident with our on-call team.',
    'We reported an incident to Amazon Bedrock support.',
    'Acme AI incident inc-2026-05-14, update 1',
    'Earlier we said: “Amazon Bedrock reports an incident.”',
  ])('without an open incident: passes %j', async (text) => {
    expect(await check(text, 'many-models')).toEqual([]);
  });

  it('with an open incident the same sentences are true', async () => {
    expect(
      await check(
        "We are following Anthropic's incident. Anthropic reports an incident on its status page.",
        'typical',
      ),
    ).toEqual([]);
  });
});
