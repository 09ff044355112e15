// The shared review model: counter states at the 90% and 100% marks, status-page payload fallback, channel pairing.
import { describe, expect, it } from 'vitest';
import { channelChanges, counterState, statuspageFromPayload } from '../../src/review/model.js';
import { loadBundle } from './fixtures.js';

describe('counterState', () => {
  it.each([
    [0, 280, false, 'ok'],
    [251, 280, false, 'ok'],
    [252, 280, false, 'near'],
    [280, 280, false, 'near'],
    [281, 280, false, 'over'],
    [100, 160, true, 'over'],
  ] as const)('%d/%d overLimit=%s → %s', (length, limit, overLimit, state) => {
    expect(counterState({ length, limit, overLimit })).toBe(state);
  });
});

describe('statuspageFromPayload', () => {
  it('reads the incident status and component statuses, ids standing in for names', () => {
    expect(
      statuspageFromPayload({
        incident: { name: 't', status: 'identified', body: 'b', components: { abc: 'partial_outage', def: 7 } },
      }),
    ).toEqual({
      status: 'identified',
      components: [{ id: 'abc', name: 'abc', status: 'partial_outage' }],
    });
  });
  it.each([null, 42, {}, { incident: { components: {} } }, { incident: 'x' }])('ignores %j', (payload) => {
    expect(statuspageFromPayload(payload)).toBeUndefined();
  });
});

describe('channelChanges', () => {
  it('pairs channels by name, in this update’s order, then the dropped ones', () => {
    const { manifest } = loadBundle('follow-up-correction');
    const changes = channelChanges(manifest.previous!.drafts, manifest.drafts);
    expect(changes.map((c) => [c.channel, Boolean(c.before), Boolean(c.after)])).toEqual([
      ['statuspage', true, true],
      ['x', true, true],
      ['bluesky', true, true],
      ['sms', true, true],
      ['slack', false, true],
      ['mastodon', true, false],
    ]);
    expect(changes[0]!.title!.some((p) => p.kind === 'ins' && p.text.includes('configuration change'))).toBe(true);
  });
});
