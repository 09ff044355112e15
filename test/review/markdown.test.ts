// The review as Markdown: drafts verbatim in fences, counters, decision, findings, diff, and external text escaped.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, fence, renderReviewMarkdown } from '../../src/review/markdown.js';
import { FIXTURES, loadBundle } from './fixtures.js';

/** The Markdown outside fenced code blocks: what a renderer would interpret. */
function outsideFences(md: string): string {
  const out: string[] = [];
  let fenceMark: string | null = null;
  for (const line of md.split('\n')) {
    const m = /^(`{3,})/.exec(line);
    if (fenceMark === null && m) fenceMark = m[1]!;
    else if (fenceMark !== null && line === fenceMark) fenceMark = null;
    else if (fenceMark === null) out.push(line);
  }
  return out.join('\n');
}

describe.each(FIXTURES)('Markdown review for %s', (name) => {
  const { manifest, evidence } = loadBundle(name);
  const md = renderReviewMarkdown(manifest, evidence);

  it('holds every draft verbatim in a fenced block, with its counter', () => {
    for (const d of manifest.drafts) {
      expect(md, d.channel).toContain(fence(d.text, d.channel === 'statuspage' ? 'markdown' : 'text'));
      expect(md).toContain(`\`${d.length}/${d.limit}\``);
    }
  });

  it('lists every finding and the diagnosis', () => {
    for (const f of manifest.findings) expect(md).toContain(escapeMarkdown(f.message));
    for (const h of manifest.diagnosis) for (const line of h.evidence) expect(md).toContain(escapeMarkdown(line));
  });

  it('shows the override warning iff the operator changed the layer', () => {
    expect(md.includes('The operator overrode the diagnosis')).toBe(manifest.layer !== manifest.proposedLayer);
  });

  it('leaves no raw HTML, link or control character outside the fences', () => {
    const text = outsideFences(md);
    expect(text).not.toMatch(/(?<!\\)</);
    expect(text).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('Markdown details', () => {
  it('marks the wording changes of a follow-up', () => {
    const { manifest, evidence } = loadBundle('follow-up-correction');
    const md = renderReviewMarkdown(manifest, evidence);
    expect(md).toContain('## Changes since update 1');
    expect(md).toContain('Next update ~~06:50~~**07:20** UTC.');
    expect(md).toContain("Anthropic's API ~~is~~**was** returning errors");
    expect(md).toContain('**layer changed**');
    expect(md).toContain('### Mastodon\n\nNot in this update.');
  });

  it.each([
    ['a *b* _c_ `d` [e](f) <g> | h ~i~ & j', 'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\| h \\~i\\~ \\& j'],
    ['rate_limit_error', 'rate_limit_error'],
    ['# not a heading\n- nor a list', '\\# not a heading - nor a list'],
    ['- leading dash', '\\- leading dash'],
    ['1. numbered', '1\\. numbered'],
  ])('escapeMarkdown %j', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });

  it('fences text that itself holds a fence with a longer one', () => {
    expect(fence('a ``` b')).toBe('````text\na ``` b\n````');
    expect(fence('plain')).toBe('```text\nplain\n```');
  });
});
