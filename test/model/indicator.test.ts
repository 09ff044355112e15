// One provider state, one wording and one colour: the status table, the probe and draft progress line, the review
// page and its Markdown (the page's own description is quoted beside it).
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { ProviderStatus } from '../../src/model/evidence.js';
import { formatDuration } from '../../src/text/time.js';
import { providerLine } from '../../src/evidence/probes/progress.js';
import { renderStatuses } from '../../src/evidence/status/render.js';
import { renderReviewHtml } from '../../src/review/html.js';
import { renderReviewMarkdown } from '../../src/review/markdown.js';
import { requestLabel } from '../../src/evidence/probes/result.js';
import { loadBundle } from '../review/fixtures.js';

const c = new Chalk({ level: 1 });
const major: ProviderStatus = {
  ...(loadBundle('first-update').evidence!.providers[0] as ProviderStatus),
  indicator: 'major',
  description: 'Partial System Outage',
  error: undefined,
  cachedAt: undefined,
};

describe('a provider state in words', () => {
  it.each([
    ['major', 'major outage'],
    ['none', 'operational'],
    ['unknown', 'unknown'],
  ] as const)('%s is "%s" everywhere, in one colour', (indicator, words) => {
    const s = { ...major, indicator };
    const table = renderStatuses([s], { c, now: new Date(), columns: 200 });
    const line = providerLine(s, c);
    // the same coloured label in the table and in the progress line
    const coloured = (text: string) =>
      new RegExp(`(\\u001b\\[[\\d;]+m)+${words}\\*?\\s*\\u001b`)
        .exec(text)?.[0]
        ?.replace(/\s+\u001b$/, '')
        .replace(new RegExp(`${words}.*`), '');
    expect(coloured(table)).toBeDefined();
    expect(coloured(table)).toBe(coloured(line));
    const { manifest, evidence } = loadBundle('first-update');
    const ev = { ...evidence!, providers: [s] };
    expect(renderReviewHtml(manifest, ev)).toMatch(new RegExp(`<span class="indicator ind-[a-z]+">${words}</span>`));
    expect(renderReviewMarkdown(manifest, ev)).toContain(`: ${words} — `);
  });
});

describe('durations and unreachable hosts', () => {
  it('a run under a second is in ms, never "0.0 s"', () => {
    expect(formatDuration(12.3)).toBe('12 ms');
    expect(formatDuration(0.2)).toBe('1 ms');
    expect(formatDuration(2440)).toBe('2.4 s');
  });
  it('a request that never reached its host names the host; one that did names the path only', () => {
    expect(requestLabel('GET', 'https://acme.example/api/ai/health?key=s3cret', undefined, true)).toBe(
      'GET acme.example/api/ai/health',
    );
    expect(requestLabel('GET', 'https://acme.example/api/ai/health?key=s3cret')).toBe('GET /api/ai/health');
  });
});
