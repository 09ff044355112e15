// The embedded templates lint clean (0 errors, 0 warnings) for every layer × phase × fixture, and every channel fits
// its limit.
import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '../../src/drafts/channels/index.js';
import { DEFAULT_LAYERS } from '../../src/model/layers.js';
import { lintTemplates, RULES } from '../../src/lint/index.js';
import { loadTemplateSet } from '../../src/templating/load.js';

describe('embedded templates', () => {
  it('lint clean', async () => {
    const set = await loadTemplateSet();
    const r = lintTemplates(set);
    expect(r.findings).toEqual([]);
    expect(r.filesChecked).toBe(set.templates.size + set.partials.size);
    const cases = DEFAULT_LAYERS.reduce((n, l) => n + l.phases.length, 0) * 4;
    expect(r.cases).toBe(cases);
    // Every distinct channel template text is rendered once per case (the memo keeps renderChannel from rendering
    // twice, and the social folders' one-line frames from rendering four times); the reasons' templates are given a
    // reason's facts, not a draft context.
    expect(r.renders).toBe(
      cases * new Set([...set.templates].filter(([n]) => !n.startsWith('reasons/')).map(([, f]) => f.source)).size,
    );
    expect(r.lengths.map((l) => l.channel).sort()).toEqual([...CHANNEL_IDS].sort());
    for (const l of r.lengths.filter((x) => x.channel !== 'sms'))
      expect(l.length, `${l.channel}: ${l.case}`).toBeLessThanOrEqual(l.limit);
  });

  it('every rule has an id, a severity, a one-line description and docs that cite their source', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(r.severity);
      expect(r.description).not.toMatch(/\n/);
      expect(r.docs.length).toBeGreaterThan(150);
      expect(r.docs).toMatch(/Atlassian|PagerDuty|Google|layerpost SPEC|Handlebars/);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
