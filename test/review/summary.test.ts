// The terminal summary: layer, phase, each channel's count against its limit, finding counts, and terminal-safe text.
import { describe, expect, it } from 'vitest';
import { renderSummary, terminalText, type SummaryStyle } from '../../src/review/summary.js';
import { loadBundle } from './fixtures.js';

describe('renderSummary', () => {
  it('names the layer, phase, every channel with length/limit and the finding counts', () => {
    const { manifest } = loadBundle('first-update');
    const out = renderSummary(manifest, '/tmp/b/review.html');
    expect(out).toContain('Acme Notes · incident 2026-05-14-opus-529 · update 1 · Investigating');
    expect(out).toContain("layer    provider-api — the provider's API / infrastructure (Anthropic)");
    for (const d of manifest.drafts) expect(out).toMatch(new RegExp(`^  ${d.channel} +${d.length}/${d.limit}  `, 'm'));
    expect(out).toMatch(/^ {2}x +278\/280 .*near the limit$/m);
    expect(out).toContain('findings 0 errors, 1 warning');
    expect(out).toContain('review   /tmp/b/review.html');
    expect(out).not.toContain('overridden');
  });

  it('says when the operator overrode the proposal and when the layer changed since the last update', () => {
    const { manifest } = loadBundle('follow-up-correction');
    const out = renderSummary({ ...manifest, layer: 'network', layerName: 'the network' }, 'r.html');
    expect(out).toContain('overridden: layerpost proposed integration');
    expect(out).toContain('changed since update 1: was provider-api (the drafts carry a correction)');
    expect(out).toMatch(/^ {2}x +302\/280 .*22 over the limit$/m);
    expect(out).toContain('findings 1 error, 1 warning');
  });

  it('paints counters by state when given a style', () => {
    const { manifest } = loadBundle('follow-up-correction');
    const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
    const style: SummaryStyle = { bold: tag('b'), dim: tag('d'), ok: tag('ok'), warn: tag('warn'), error: tag('err') };
    const out = renderSummary(manifest, 'r.html', style);
    expect(out).toMatch(/<err> *302\/280<\/err>/);
    expect(out).toMatch(/<ok> *241\/300<\/ok>/);
    expect(out).toContain('<err>findings 1 error, 1 warning</err>');
  });

  it('never passes terminal escape sequences from the bundle through', () => {
    const { manifest } = loadBundle('hostile');
    const out = renderSummary(manifest, 'r.html');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('\\u001b]0;PWNED\\u0007');
    expect(terminalText('a\u001b[2Jb\nc')).toBe('a\\u001b[2Jb\\u000ac');
  });
});
