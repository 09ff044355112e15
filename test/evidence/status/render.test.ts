import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { adaptStatuspage } from '../../../src/evidence/status/formats/statuspage.js';
import { unknownStatus } from '../../../src/evidence/status/formats/common.js';
import { formatAge, renderStatuses } from '../../../src/evidence/status/render.js';
import { ANTHROPIC_SUMMARY, entry, fixtureJson } from './helpers.js';

const plain = new Chalk({ level: 0 });
const NOW = new Date('2026-10-07T22:00:00.000Z');

describe('formatAge', () => {
  it.each([
    ['2026-10-07T21:59:30.000Z', '30s'],
    ['2026-10-07T21:15:00.000Z', '45m'],
    ['2026-10-07T13:25:04.155Z', '8h 34m'],
    ['2026-10-01T22:00:00.000Z', '6d 0h'],
    ['2026-10-08T00:00:00.000Z', undefined],
    ['not a date', undefined],
  ])('%s → %s', (from, age) => expect(formatAge(from, NOW)).toBe(age));
});

describe('renderStatuses', () => {
  it('shows the indicator, open incidents with age and latest update, degraded components, and failures with their reason', () => {
    const s = adaptStatuspage(fixtureJson(ANTHROPIC_SUMMARY), entry('anthropic'), NOW.toISOString());
    const down = unknownStatus(entry('openai'), NOW.toISOString(), 'timed out after 500 ms');
    const out = renderStatuses([s, down], { now: NOW, c: plain });
    expect(out.split('\n')).toEqual([
      'Anthropic  minor outage     Partially Degraded Service',
      '  ! Elevated errors on platform.claude.com [monitoring, degraded performance, since 8h 34m ago]',
      expect.stringMatching(/^ {6}latest \(15m ago\): We've mitigated the errors loading usage data/),
      '      https://stspg.io/sjkw7njwf0mt',
      '  - Claude Console (platform.claude.com): degraded performance',
      'OpenAI     unknown          no answer: timed out after 500 ms',
      '',
    ]);
  });

  it('marks a cached answer as stale with its age and why the source failed now', () => {
    const s = {
      ...adaptStatuspage(fixtureJson(ANTHROPIC_SUMMARY), entry('anthropic'), '2026-10-07T21:48:00.000Z'),
      cachedAt: '2026-10-07T21:48:00.000Z',
      error: 'HTTP 503',
    };
    const out = renderStatuses([s], { now: NOW, c: plain });
    expect(out).toMatch(/^Anthropic {2}minor outage\* +Partially Degraded Service$/m);
    expect(out).toContain('  * stale: last good answer from 12m ago (2026-10-07T21:48:00.000Z); now: HTTP 503');
    expect(out).toContain('* from the cache: the source failed now.');
  });

  it('cuts long lines to the terminal width and colours the indicator on a terminal', () => {
    const s = adaptStatuspage(fixtureJson(ANTHROPIC_SUMMARY), entry('anthropic'), NOW.toISOString());
    const out = renderStatuses([s], { now: NOW, c: new Chalk({ level: 1 }), columns: 60 });
    expect(out).toContain('\u001b[33mminor');
    for (const line of out.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});
