import { describe, expect, it } from 'vitest';
import { adaptIncidentIo } from '../../../src/evidence/status/formats/incidentio.js';
import { ProviderStatusSchema } from '../../../src/model/evidence.js';
import { OBSERVED, OPENAI_SUMMARY, entry, fixtureJson } from './helpers.js';

const openai = entry('openai');

describe("incident.io's Statuspage dialect (real OpenAI payload)", () => {
  it('reads a summary with no incidents key at all', () => {
    const p = fixtureJson(OPENAI_SUMMARY);
    expect('incidents' in p).toBe(false);
    const s = adaptIncidentIo(p, openai, OBSERVED);
    expect(ProviderStatusSchema.parse(s)).toEqual(s);
    expect(s).toMatchObject({
      indicator: 'none',
      description: 'All Systems Operational',
      incidents: [],
      source: 'incidentio',
    });
    expect(s.error).toBeUndefined();
    expect(s.maintenances).toBeUndefined();
    expect(s.components).toHaveLength(25);
    expect(s.components.every((c) => c.status === 'operational')).toBe(true);
    expect(s.components.find((c) => c.id === '01JMXBRMFEV0AJ0VVS68N9CD6R')).toMatchObject({
      name: 'Embeddings',
      layer: 'provider-api',
    });
    expect(s.components.find((c) => c.name === 'Login')!.layer).toBeUndefined();
  });

  it('reads an incident without components, shortlink, started_at or affected_components; full_outage is major_outage', () => {
    const p = fixtureJson(OPENAI_SUMMARY);
    p.status = { indicator: 'major', description: 'Partial System Outage' };
    p.components[18].status = 'full_outage';
    p.incidents = [
      {
        id: '01K0000000000000000000000A',
        name: 'Increased error rates for GPT-5 mini',
        status: 'investigating',
        impact: 'major',
        created_at: '2026-10-07T10:00:00Z',
        updated_at: '2026-10-07T10:20:00Z',
        incident_updates: [
          {
            status: 'investigating',
            body: '**We are investigating** elevated errors on GPT-5 mini requests.',
            created_at: '2026-10-07T10:20:00Z',
          },
          { status: 'investigating', body: 'First report.', created_at: '2026-10-07T10:00:00Z' },
        ],
      },
    ];
    const s = adaptIncidentIo(p, openai, OBSERVED);
    expect(s.components.find((c) => c.name === 'Embeddings')!.status).toBe('major_outage');
    expect(s.incidents[0]).toMatchObject({
      name: 'Increased error rates for GPT-5 mini',
      impact: 'major',
      startedAt: '2026-10-07T10:00:00Z',
      latestUpdate: 'We are investigating elevated errors on GPT-5 mini requests.',
      url: 'https://status.openai.com/incidents/01K0000000000000000000000A',
      layer: 'model-endpoint',
      models: ['gpt-5-mini'],
    });
  });

  it("reads the page's own widget JSON, which names affected components and the worst impact", () => {
    const widget = {
      ongoing_incidents: [
        {
          id: '01K1',
          name: 'Elevated errors on Chat Completions',
          status: 'identified',
          url: 'https://status.openai.com/incidents/01K1',
          last_update_at: '2026-10-07T11:00:00Z',
          last_update_message: 'We have identified the cause.',
          current_worst_impact: 'full_outage',
          affected_components: [
            { id: '01JMXBRMFE5ESNNV8JDHVCGSRD', name: 'Batch', group_name: 'APIs', current_status: 'full_outage' },
            { id: 'chatgpt', name: 'ChatGPT', current_status: 'degraded_performance' },
          ],
        },
      ],
      in_progress_maintenances: [],
      scheduled_maintenances: [],
    };
    const s = adaptIncidentIo(widget, openai, OBSERVED);
    expect(ProviderStatusSchema.parse(s)).toEqual(s);
    expect(s.indicator).toBe('major');
    expect(s.components).toEqual([
      { id: '01JMXBRMFE5ESNNV8JDHVCGSRD', name: 'Batch', status: 'major_outage', group: 'APIs', layer: 'provider-api' },
      { id: 'chatgpt', name: 'ChatGPT', status: 'degraded_performance' },
    ]);
    expect(s.incidents[0]).toMatchObject({
      status: 'identified',
      impact: 'critical',
      componentStatus: 'major_outage',
      layer: 'provider-api',
      components: ['Batch', 'ChatGPT'],
    });
  });

  it('answers unknown with a reason for a payload of the wrong shape', () => {
    for (const p of [42, 'x', { ongoing_incidents: 'none' }, { components: 'none' }]) {
      const s = adaptIncidentIo(p, openai, OBSERVED);
      expect(s.indicator).toBe('unknown');
      expect(s.error).toMatch(/^wrong shape: expected an incident\.io/);
    }
  });
});
