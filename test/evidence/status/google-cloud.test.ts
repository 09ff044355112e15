import { describe, expect, it } from 'vitest';
import { adaptGoogleCloud } from '../../../src/evidence/status/formats/google-cloud.js';
import { ProviderStatusSchema } from '../../../src/model/evidence.js';
import { GCP_INCIDENTS, OBSERVED, entry, fixtureJson } from './helpers.js';

const google = entry('google');
const VERTEX_GEMINI = 'Z0FZJAMvEB4j3NbCJs6B';

/** The real incident as it stood while open (2026-02-27 16:12 UTC): no `end` yet, only its first update. */
function openIncident() {
  const p = fixtureJson(GCP_INCIDENTS);
  delete p[0].end;
  const first = p[0].updates[2];
  p[0].most_recent_update = first;
  p[0].updates = [first];
  return p;
}

describe('Google Cloud incidents.json (real Vertex Gemini API incident, 2026-02-27)', () => {
  it('a resolved incident (it has an end) leaves the product operational', () => {
    const s = adaptGoogleCloud(fixtureJson(GCP_INCIDENTS), google, OBSERVED);
    expect(ProviderStatusSchema.parse(s)).toEqual(s);
    expect(s).toMatchObject({ indicator: 'none', incidents: [], source: 'google-cloud' });
    // The component carries the product's current title, found by id although its old title was "Vertex Gemini API".
    expect(s.components).toEqual([
      { id: VERTEX_GEMINI, name: 'Gemini on Agent Platform', status: 'operational', layer: 'provider-api' },
    ]);
  });

  it('an incident without an end is open: severity low → minor, SERVICE_INFORMATION → degraded', () => {
    const s = adaptGoogleCloud(openIncident(), google, OBSERVED);
    expect(s.indicator).toBe('minor');
    expect(s.components[0]!.status).toBe('degraded_performance');
    const i = s.incidents[0]!;
    expect(i).toMatchObject({
      id: '41E5S3mkTGDfkZuJZH5k',
      name: 'Vertex AI Gemini API customers experienced increased error rates when accessing the global endpoint.',
      status: 'open',
      impact: 'minor',
      componentStatus: 'degraded_performance',
      startedAt: '2026-02-27T12:37:00.000Z',
      updatedAt: '2026-02-27T16:12:30.000Z',
      url: 'https://status.cloud.google.com/incidents/41E5S3mkTGDfkZuJZH5k',
      components: ['Gemini on Agent Platform'],
    });
    expect(i.latestUpdate).toMatch(
      /^Description Between Friday, 2026-02-27, 04:36 and 06:45 PST, customers experienced/,
    );
    // "The issue impacted API requests to multiple Gemini models": the API, not one model's serving.
    expect(i.layer).toBe('provider-api');
    expect(i.models).toBeUndefined();
  });

  it('links the models an update names, still to provider-api when it says all models were affected', () => {
    const p = fixtureJson(GCP_INCIDENTS);
    delete p[0].end; // the latest update is the incident report
    const i = adaptGoogleCloud(p, google, OBSERVED).incidents[0]!;
    expect(i.latestUpdate).toMatch(/^Incident Report Summary On Friday, 27 February 2026/);
    expect(i.updatedAt).toBe('2026-03-09T05:25:43.000Z');
    expect(i.layer).toBe('provider-api');
    expect(i.models).toEqual(
      expect.arrayContaining(['gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemini-2.5-pro', 'gemini-3-pro-preview']),
    );
  });

  it.each([
    ['the product id', [VERTEX_GEMINI]],
    ['the old title', ['Vertex Gemini API']],
    ['the current title after the rename', ['gemini on agent platform']],
  ])('matches the product by %s', (_how, products) => {
    const s = adaptGoogleCloud(openIncident(), entry('google', { products }), OBSERVED);
    expect(s.incidents).toHaveLength(1);
  });

  it('ignores incidents on other products', () => {
    const s = adaptGoogleCloud(openIncident(), entry('google', { products: ['some-other-product-id'] }), OBSERVED);
    expect(s).toMatchObject({ indicator: 'none', incidents: [] });
  });

  it('filters by region: locations of the latest update, or the global endpoint', () => {
    const p = openIncident();
    p[0].currently_affected_locations = [{ id: 'us-central1', title: 'Iowa (us-central1)' }];
    expect(adaptGoogleCloud(p, entry('google', { region: 'us-central1' }), OBSERVED).incidents).toHaveLength(1);
    expect(adaptGoogleCloud(p, entry('google', { region: 'europe-west4' }), OBSERVED).incidents).toHaveLength(0);
    p[0].currently_affected_locations = [{ id: 'global', title: 'Global' }];
    expect(adaptGoogleCloud(p, entry('google', { region: 'europe-west4' }), OBSERVED).incidents).toHaveLength(1);
  });

  it('SERVICE_OUTAGE with high severity is critical', () => {
    const p = openIncident();
    p[0].severity = 'high';
    p[0].status_impact = 'SERVICE_OUTAGE';
    p[0].most_recent_update.status = 'SERVICE_OUTAGE';
    const s = adaptGoogleCloud(p, google, OBSERVED);
    expect(s.indicator).toBe('critical');
    expect(s.components[0]!.status).toBe('major_outage');
  });

  it('answers unknown with a reason for a payload that is not an array', () => {
    for (const p of [{ incidents: [] }, 'x', null]) {
      const s = adaptGoogleCloud(p, google, OBSERVED);
      expect(s.indicator).toBe('unknown');
      expect(s.error).toMatch(/^wrong shape: expected a Google Cloud incidents\.json array/);
    }
  });
});
