import { describe, expect, it } from 'vitest';
import { adaptStatuspage } from '../../../src/evidence/status/formats/statuspage.js';
import { ProviderStatusSchema } from '../../../src/model/evidence.js';
import { ANTHROPIC_MAINTENANCES, ANTHROPIC_SUMMARY, OBSERVED, entry, fixtureJson } from './helpers.js';

const anthropic = entry('anthropic');
const summary = () => fixtureJson(ANTHROPIC_SUMMARY);

describe('Statuspage summary.json (real Anthropic payload, 2026-10-07)', () => {
  const s = adaptStatuspage(summary(), anthropic, OBSERVED);

  it('keeps the page indicator (minor) separate from the incident impact (major)', () => {
    expect(ProviderStatusSchema.parse(s)).toEqual(s);
    expect(s.indicator).toBe('minor');
    expect(s.description).toBe('Partially Degraded Service');
    expect(s.error).toBeUndefined();
    expect(s.incidents).toHaveLength(1);
    const i = s.incidents[0]!;
    expect(i.impact).toBe('major');
    // The wording comes from the component: degraded performance, not an outage.
    expect(i.componentStatus).toBe('degraded_performance');
    expect(i.components).toEqual(['Claude Console (platform.claude.com)']);
  });

  it('reads the incident: status, newest update, shortlink, start', () => {
    const i = s.incidents[0]!;
    expect(i).toMatchObject({
      id: '978mjkgw6mh7',
      name: 'Elevated errors on platform.claude.com',
      status: 'monitoring',
      startedAt: '2026-10-07T13:25:04.155Z',
      updatedAt: '2026-10-07T21:44:41.466Z',
      url: 'https://stspg.io/sjkw7njwf0mt',
    });
    expect(i.latestUpdate).toMatch(/^We've mitigated the errors loading usage data/);
  });

  it('does not link a console incident to the API layer ("API requests are not affected")', () => {
    expect(s.incidents[0]!.layer).toBeUndefined();
    expect(s.incidents[0]!.models).toBeUndefined();
  });

  it('maps components by id: the Claude API component is provider-api', () => {
    expect(s.components).toHaveLength(6);
    expect(s.components.find((c) => c.id === 'k8w3r06qmzrp')).toMatchObject({
      name: 'Claude API (api.anthropic.com)',
      status: 'operational',
      layer: 'provider-api',
    });
    expect(s.components.find((c) => c.id === '0qbwn08sd68x')).toMatchObject({ status: 'degraded_performance' });
    expect(s.components.find((c) => c.id === '0qbwn08sd68x')!.layer).toBeUndefined();
  });

  it('matches by id when the component has been renamed', () => {
    const p = summary();
    p.components[2].name = 'Claude Developer Platform API';
    const out = adaptStatuspage(p, anthropic, OBSERVED);
    expect(out.components.find((c) => c.id === 'k8w3r06qmzrp')).toMatchObject({
      name: 'Claude Developer Platform API',
      layer: 'provider-api',
    });
  });

  it('names components of an incident by their current name, not the name the update carried', () => {
    const p = summary();
    p.incidents[0].components = [];
    for (const u of p.incidents[0].incident_updates)
      for (const a of u.affected_components) a.name = 'console.anthropic.com';
    const i = adaptStatuspage(p, anthropic, OBSERVED).incidents[0]!;
    expect(i.components).toEqual(['Claude Console (platform.claude.com)']);
    // With no incident components, the status is the newest update's new_status.
    expect(i.componentStatus).toBe('degraded_performance');
  });

  it('takes the newest update even when the list arrives out of order', () => {
    const p = summary();
    p.incidents[0].incident_updates.reverse();
    expect(adaptStatuspage(p, anthropic, OBSERVED).incidents[0]!.latestUpdate).toMatch(/^We've mitigated/);
  });

  it('links an incident on the API component to provider-api, and one naming a model to model-endpoint', () => {
    const p = summary();
    p.incidents[0].components = [{ ...p.components[2], status: 'partial_outage' }];
    p.incidents[0].name = 'Elevated errors on the API';
    for (const u of p.incidents[0].incident_updates)
      u.affected_components = [
        { code: 'k8w3r06qmzrp', name: 'Claude API', old_status: 'operational', new_status: 'partial_outage' },
      ];
    let i = adaptStatuspage(p, anthropic, OBSERVED).incidents[0]!;
    expect(i).toMatchObject({ layer: 'provider-api', componentStatus: 'partial_outage' });
    expect(i.models).toBeUndefined();

    p.incidents[0].name = 'Elevated errors on Claude Opus 4.7';
    i = adaptStatuspage(p, anthropic, OBSERVED).incidents[0]!;
    expect(i).toMatchObject({ layer: 'model-endpoint', models: ['claude-opus-4-7'] });
  });

  it('drops resolved incidents and lists maintenances only while in progress', () => {
    const p = summary();
    const m = fixtureJson(ANTHROPIC_MAINTENANCES).scheduled_maintenances;
    m[0].status = 'in_progress';
    p.scheduled_maintenances = m; // m[1] stays completed
    p.incidents.push({ ...p.incidents[0], id: 'old', status: 'resolved' });
    const out = adaptStatuspage(p, anthropic, OBSERVED);
    expect(out.incidents.map((i) => i.id)).toEqual(['978mjkgw6mh7']);
    expect(out.maintenances?.map((x) => x.id)).toEqual(['x017628t2rl5']);
    expect(out.maintenances?.[0]).toMatchObject({
      impact: 'maintenance',
      startedAt: '2025-08-29T01:23:38.412Z',
      status: 'in_progress',
    });
  });

  it('shows children of a component group with the group name, not the group itself', () => {
    const p = summary();
    p.components.push({
      id: 'grp1',
      name: 'Claude API platform',
      group: true,
      components: ['k8w3r06qmzrp'],
      status: 'partial_outage',
    });
    p.components[2].group_id = 'grp1';
    const out = adaptStatuspage(p, anthropic, OBSERVED);
    expect(out.components.find((c) => c.id === 'grp1')).toBeUndefined();
    expect(out.components.find((c) => c.id === 'k8w3r06qmzrp')!.group).toBe('Claude API platform');
  });

  it('accepts maintenance and maps any other indicator to unknown with a reason', () => {
    const p = summary();
    p.status.indicator = 'maintenance';
    expect(adaptStatuspage(p, anthropic, OBSERVED).indicator).toBe('maintenance');
    p.status.indicator = 'purple';
    const out = adaptStatuspage(p, anthropic, OBSERVED);
    expect(out.indicator).toBe('unknown');
    expect(out.error).toMatch(/indicator "purple"/);
  });

  it.each([
    ['an array', []],
    ['a string', '<html>'],
    ['null', null],
    ['an object without status or components', { page: { id: 'x' } }],
    ['status of the wrong type', { status: 'ok', components: [] }],
  ])('answers unknown with a reason for %s', (_what, payload) => {
    const out = adaptStatuspage(payload, anthropic, OBSERVED);
    expect(out.indicator).toBe('unknown');
    expect(out.error).toMatch(/^wrong shape: expected a Statuspage summary\.json/);
    expect(out).toMatchObject({ id: 'anthropic', name: 'Anthropic', observedAt: OBSERVED, source: 'statuspage' });
  });
});
