// The diagnosis's reasons in words: templates/reasons/ says every typed reason, and a team's set rewords them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { MSG, probe } from '../helpers/probe.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnose as diagnoseTyped } from '../../src/diagnosis/diagnose.js';
import { incidentFact, probeList } from '../../src/diagnosis/facts.js';
import type { ProbeResult, ProviderStatus } from '../../src/model/evidence.js';
import { REASON_KINDS, REASON_TEMPLATES, type Reason } from '../../src/model/reasons.js';
import { loadTemplateSet } from '../../src/templating/load.js';
import { renderReasons, sayDiagnosis } from '../../src/templating/reasons.js';
import { rendererFor } from '../../src/templating/renderer.js';
import { embedded } from '../helpers/said.js';
import { EVIDENCE_FIXTURES, loadEvidence } from '../fixtures/evidence/index.js';
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { compileSet } from '../../src/templating/engine.js';
import { embeddedTemplatesDir, toTemplateSet } from '../../src/templating/load.js';
import { hbsFiles, markWords } from './literals.js';
import { lintTemplates } from '../../src/lint/index.js';
import { plantedSet } from '../lint/planted.js';

/** One probe said inside a reason that cites it alone. */
const probeLine = (p: ProbeResult) =>
  renderReasons(embedded, [
    { kind: 'api-errors', layer: 'provider-api', weight: 1, provider: 'X', probes: probeList([p]) },
  ])[0]!.slice("X's API returns errors (".length, -2);

describe('reasons/probe.hbs: one probe in words', () => {
  it.each<[string, ProbeResult, string]>([
    [
      'SPEC §3 example',
      probe({ status: 529, errorType: 'overloaded_error', samples: { total: 3, failed: 3 } }),
      `3/3 ${MSG} (claude-opus-4-7) → 529 overloaded_error`,
    ],
    [
      'a passing probe counts passes',
      probe({ ok: true, outcome: 'ok', status: 200, samples: { total: 3, failed: 0 } }),
      `3/3 ${MSG} (claude-opus-4-7) → 200 OK`,
    ],
    ['one sample has no count', probe({ status: 502 }), `${MSG} (claude-opus-4-7) → 502`],
    [
      'timeout says after how long',
      probe({ outcome: 'timeout', latencyMs: 5000.4, detail: 'x' }),
      `${MSG} (claude-opus-4-7) → timeout after 5000 ms`,
    ],
    [
      'dns keeps the reason',
      probe({ outcome: 'dns', detail: 'getaddrinfo ENOTFOUND api.anthropic.com' }),
      `${MSG} (claude-opus-4-7) → dns (getaddrinfo ENOTFOUND api.anthropic.com)`,
    ],
    [
      'no target uses the id',
      { id: 'our-handler', layer: 'integration', ok: false, outcome: 'refused', latencyMs: 3, detail: '' },
      'our-handler → refused',
    ],
    [
      'model in the target is not repeated',
      probe({ target: 'claude-opus-4-7 canary', status: 500 }),
      'claude-opus-4-7 canary → 500',
    ],
    [
      'a canary mismatch says the why once, from the check the probe recorded (not from its detail)',
      probe({
        kind: 'llm-canary',
        outcome: 'mismatch',
        status: 200,
        detail: `${MSG} (claude-opus-4-7) → 200 but the answer failed its check: expected the answer to contain "pong", got "ping"`,
        failedCheck: 'the answer failed its check: expected the answer to contain "pong", got "ping"',
      }),
      `${MSG} (claude-opus-4-7) → 200 but the answer failed its check: expected the answer to contain "pong", got "ping"`,
    ],
    [
      'a hand-written mismatch detail is kept in parentheses',
      probe({ outcome: 'mismatch', status: 200, detail: 'expected pong' }),
      `${MSG} (claude-opus-4-7) → 200 but the answer failed its check (expected pong)`,
    ],
  ])('%s', (_n, p, line) => {
    expect(probeLine(p)).toBe(line);
  });

  it('more probes than a reason cites are counted', () => {
    const ps = [500, 502, 503, 504].map((status) => probe({ status }));
    expect(
      renderReasons(embedded, [
        { kind: 'direct-fails-too', layer: 'integration', weight: -1.5, provider: '', probes: probeList(ps) },
      ]),
    ).toEqual([
      `Direct calls to the provider fail too (${MSG} (claude-opus-4-7) → 500; ${MSG} (claude-opus-4-7) → 502; ${MSG} (claude-opus-4-7) → 503; and 1 more).`,
    ]);
  });
});

describe('reasons/incident.hbs', () => {
  const status: ProviderStatus = {
    id: 'anthropic',
    name: 'Anthropic',
    indicator: 'minor',
    description: '',
    components: [],
    incidents: [],
    url: 'https://status.claude.com',
  };
  const say = (inc: Parameters<typeof incidentFact>[1], s = status) =>
    renderReasons(embedded, [
      { kind: 'incident', layer: 'provider-api', weight: 1, provider: 'Anthropic', incident: incidentFact(s, inc) },
    ])[0];
  it('SPEC §3 example: host, name, status, since when in UTC', () => {
    expect(
      say({
        name: 'Elevated errors on Claude Opus 4.7',
        status: 'investigating',
        impact: 'minor',
        startedAt: '2026-01-21T06:12:00Z',
      }),
    ).toBe("status.claude.com: 'Elevated errors on Claude Opus 4.7', investigating since 06:12 UTC.");
  });
  it('falls back to the provider name and leaves out an unparseable time', () => {
    expect(
      say({ name: 'X', status: 'identified', impact: 'major', startedAt: 'yesterday' }, { ...status, url: undefined }),
    ).toBe("Anthropic: 'X', identified.");
  });
});

describe('the embedded set says every reason kind', () => {
  it('has one template per reason kind, observation and piece, and no other file in templates/reasons/', async () => {
    const set = await loadTemplateSet();
    expect([...set.templates.keys()].filter((n) => n.startsWith('reasons/')).sort()).toEqual(
      [...REASON_TEMPLATES].sort(),
    );
    expect(REASON_TEMPLATES).toEqual(expect.arrayContaining(REASON_KINDS.map((k) => `reasons/${k}`)));
  });
});

describe('a team set rewords the reasons (file by file over the embedded set)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layerpost-reasons-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('the evidence, the against lines and the evidence list come from its templates; the rest stay embedded', async () => {
    mkdirSync(join(dir, 'reasons'));
    writeFileSync(join(dir, 'reasons', 'api-errors.hbs'), 'Die API von {{provider}} liefert Fehler ({{probes}}).\n');
    writeFileSync(join(dir, 'reasons', 'provider.hbs'), '{{#if name}}{{name}}{{else}}unserem Anbieter{{/if}}\n');
    writeFileSync(join(dir, 'reasons', 'seen-probe.hbs'), '{{#if ok}}gut{{else}}schlecht{{/if}}: {{probe.id}}\n');
    const r = await rendererFor(await loadTemplateSet([dir]));
    const d = sayDiagnosis(r, diagnoseTyped({ evidence: loadEvidence('provider-api-529') }));
    const api = d.ranked.find((h) => h.layer === 'provider-api')!;
    expect(api.evidence[0]).toMatch(/^Die API von anthropic liefert Fehler \(.*→ 529 overloaded_error.*\)\.$/);
    expect(d.summary.some((l) => l.startsWith('schlecht: '))).toBe(true);
    // Not overridden: the embedded sentence, with the team's provider name.
    const endpoint = d.ranked.find((h) => h.layer === 'model-endpoint')!;
    expect(endpoint.against.join(' ')).toContain('Errors span several models');
  });
});

describe('every reason is typed, with its kind, layer and weight', () => {
  it('the reasons of a layer say for (weight ≥ 0) and against (weight < 0) in the same order as their sentences', () => {
    const typed = diagnoseTyped({ evidence: loadEvidence('provider-api-529') });
    const said = sayDiagnosis(embedded, typed);
    for (const h of said.ranked) {
      expect(h.evidence).toHaveLength(h.reasons.filter((r: Reason) => r.weight >= 0).length);
      expect(h.against).toHaveLength(h.reasons.filter((r: Reason) => r.weight < 0).length);
      for (const r of h.reasons) expect(r.layer).toBe(h.layer);
    }
    expect(typed.ranked.find((h) => h.layer === 'provider-api')!.reasons[0]).toMatchObject({
      kind: 'api-errors',
      weight: 3,
    });
  });
});

describe('no sentence of the diagnosis is written in src/', () => {
  // Every word of templates/ replaced by a marker: the said diagnosis holds only markers and the evidence's own facts.
  const marked = compileSet(
    toTemplateSet(
      [...hbsFiles(embeddedTemplatesDir())].map(([name, source]) => ({
        name,
        path: `marked:${name}.hbs`,
        source: markWords(name, source),
        origin: 'override' as const,
      })),
    ),
  );
  const strings = (v: unknown): string[] =>
    typeof v === 'string'
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(strings)
        : v && typeof v === 'object'
          ? Object.values(v).flatMap(strings)
          : [];

  it.each(EVIDENCE_FIXTURES)('%s', (name) => {
    const evidence = loadEvidence(name);
    const d = sayDiagnosis(marked, diagnoseTyped({ evidence }));
    // Facts: the evidence's strings and the hosts of its URLs, layer ids, and the UTC clock times of incidents.
    const hosts = strings(evidence).flatMap((v) => (URL.canParse(v) ? [new URL(v).host] : []));
    const facts = [...new Set([...strings(evidence), ...hosts, ...DEFAULT_LAYERS.map((l) => l.id)])]
      .filter((f) => f.length > 1)
      .sort((a, b) => b.length - a.length);
    const lines = [...d.summary, ...d.ranked.flatMap((h) => [...h.evidence, ...h.against])];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      let rest = line.replace(/⟦[^⟧]*⟧/g, ' ').replace(/\d\d:\d\d UTC/g, ' ');
      for (const f of facts) rest = rest.split(f).join(' ');
      expect(rest, line).not.toMatch(/\p{L}{2,}/u);
    }
  });
});

describe("lint knows the reasons' templates", () => {
  it("checks a reason's variables against that kind's facts, not the draft context", async () => {
    const r = lintTemplates(
      await plantedSet({
        'reasons/rejects-key': '{{provider}} rejects our requests ({{probes}}) on {{page}} for {{product.name}}.\n',
        'reasons/status-quiet': "{{page}}'s page is quiet.\n",
      }),
      { onlyOrigin: 'override' },
    );
    const unknown = r.findings.filter((f) => f.rule === 'unknown-variable');
    expect(unknown.map((f) => f.file)).toEqual(['planted/reasons/rejects-key.hbs', 'planted/reasons/rejects-key.hbs']);
    expect(unknown.map((f) => f.message).join('\n')).toMatch(/page[\s\S]*product/);
  });

  it('a misspelt reasons file is an unknown template with the nearest name; a right one is not', async () => {
    const r = lintTemplates(
      await plantedSet({
        'reasons/api-error': '{{provider}}.\n',
        'reasons/api-errors': '{{provider}} fails ({{probes}}).\n',
      }),
      { onlyOrigin: 'override' },
    );
    const hits = r.findings.filter((f) => f.rule === 'unknown-template');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ file: 'planted/reasons/api-error.hbs' });
    expect(hits[0]!.message).toContain('did you mean "reasons/api-errors.hbs"?');
  });

  it('a set that words some reasons is told which it misses, once', async () => {
    const r = lintTemplates(
      await plantedSet({
        'reasons/api-errors': '{{provider}} fails ({{probes}}).\n',
        'reasons/direct-ok': 'Direct calls to {{provider}} work ({{passing}}).\n',
      }),
      { onlyOrigin: 'override' },
    );
    const hits = r.findings.filter((f) => f.rule === 'reasons-complete');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ file: 'planted/reasons/api-errors.hbs', severity: 'warning' });
    expect(hits[0]!.message).toContain('reasons/offline.hbs');
    expect(hits[0]!.message).not.toContain('reasons/direct-ok.hbs');
  });
});
