// The review page: every draft, counter, finding and evidence line is there, the decision banner, the diff, and hostile
// text escaped.
import { describe, expect, it } from 'vitest';
import { randomText, seeded } from '../helpers/seeded.js';
import type { Draft } from '../../src/model/bundle.js';
import { escapeHtml, html } from '../../src/review/escape.js';
import { createHash } from 'node:crypto';
import {
  markdownBlocks,
  postText,
  renderReviewHtml,
  REVIEW_CSP,
  REVIEW_SCRIPT,
  slackMarks,
  slackText,
} from '../../src/review/html.js';
import { FIXTURES, loadBundle, squash, startTags, visibleText } from './fixtures.js';

/** What a draft's text looks like once its own markup (status-page Markdown, Slack mrkdwn) is rendered. */
function shownText(d: Draft): string {
  if (d.channel === 'statuspage') return squash(d.text.replace(/\*\*/g, '').replace(/^[-*+]\s+/gm, ''));
  if (d.channel === 'slack') return squash(d.text.replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)').replace(/\*/g, ''));
  return squash(d.text);
}

describe.each(FIXTURES.filter((f) => f !== 'hostile'))('review page for %s', (name) => {
  const { manifest, evidence } = loadBundle(name);
  const page = renderReviewHtml(manifest, evidence);
  const seen = visibleText(page);

  it('shows every draft text and title', () => {
    for (const d of manifest.drafts) {
      expect(seen, d.channel).toContain(shownText(d));
      if (d.title) expect(seen).toContain(d.title);
    }
  });

  it("shows every draft's counter with the colour of its state (red-outlined when the draft has a lint error)", () => {
    for (const d of manifest.drafts) {
      const error = manifest.findings.some((f) => f.channel === d.channel && f.severity === 'error');
      const state = d.length > d.limit ? 'over' : error ? 'error' : d.length >= d.limit * 0.9 ? 'near' : 'ok';
      expect(page, d.channel).toMatch(
        new RegExp(`<span class="counter ${state}"[^>]*>(title )?${d.length}/${d.limit}`),
      );
    }
  });

  it('shows every lint finding', () => {
    for (const f of manifest.findings) {
      expect(seen).toContain(f.message);
      expect(seen).toContain(f.rule);
    }
  });

  it('shows the ranked diagnosis with its evidence lines and the chosen layer', () => {
    for (const h of manifest.diagnosis) for (const line of [...h.evidence, ...h.against]) expect(seen).toContain(line);
    expect(page).toMatch(/<tr class="chosen">[\s\S]*?<span class="tag chosen">chosen<\/span>/);
  });

  it('shows the evidence: every probe and provider incident', () => {
    for (const p of evidence!.probes) {
      expect(seen).toContain(p.id);
      expect(seen).toContain(p.detail);
    }
    for (const p of evidence!.providers) for (const i of p.incidents) expect(seen).toContain(i.name);
  });

  it('shows the status page as a status page: title, phase badge, components and their new status', () => {
    const sp = page.slice(
      page.indexOf('<section id="statuspage">'),
      page.indexOf('</section>', page.indexOf('<section id="statuspage">')),
    );
    expect(sp).toContain(`<h3 class="sp-title">${escapeHtml(manifest.drafts[0]!.title!)}</h3>`);
    expect(sp).toMatch(new RegExp(`<span class="badge phase-${manifest.phase}">`));
    for (const c of manifest.statuspage!.components) expect(visibleText(sp)).toContain(c.name);
    expect(sp).toContain('<strong>Cause:</strong>');
  });

  it('is one self-contained file: CSP first in head, only its own script (allowed by hash), nothing fetched', () => {
    expect(page).toMatch(
      /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-/,
    );
    expect(REVIEW_CSP).toContain("default-src 'none'");
    expect(REVIEW_CSP).toContain(`'sha256-${createHash('sha256').update(REVIEW_SCRIPT).digest('base64')}'`);
    expect(page.match(/<script>([\s\S]*?)<\/script>/g)).toEqual([`<script>${REVIEW_SCRIPT}</script>`]);
    expect(page).not.toMatch(/<link|<img|<iframe|@import|url\(|src=/i);
  });
});

describe('override banner', () => {
  const { manifest: written, evidence } = loadBundle('first-update');
  // A bundle keeps each ranked layer's name as the template set said it when drafted.
  const manifest = { ...written, diagnosis: written.diagnosis.map((h) => ({ ...h, name: `said ${h.layer}` })) };
  it.each([
    { layer: 'provider-api', banner: false },
    { layer: 'model-endpoint', banner: true },
    { layer: 'integration', banner: true },
  ])('chosen $layer, proposed provider-api → banner $banner', ({ layer, banner }) => {
    const page = renderReviewHtml({ ...manifest, layer, layerName: `name of ${layer}` }, evidence);
    expect(page.includes('id="override"')).toBe(banner);
    if (banner) {
      const text = visibleText(
        page.slice(page.indexOf('id="override"'), page.indexOf('</div>', page.indexOf('id="override"'))),
      );
      expect(text).toContain('layerpost proposed said provider-api (81% sure)');
      expect(text).toContain(`these drafts name name of ${layer}.`);
    }
  });

  it('a bundle written before it kept layer names names the proposed layer by its id (no English in code)', () => {
    const page = renderReviewHtml({ ...written, layer: 'integration', layerName: 'our integration' }, evidence);
    const at = page.indexOf('id="override"');
    expect(visibleText(page.slice(at, page.indexOf('</div>', at)))).toContain(
      'layerpost proposed provider-api (81% sure)',
    );
  });

  it('says so when the chosen layer is not in the diagnosis at all', () => {
    const page = renderReviewHtml({ ...manifest, layer: 'model-quality', layerName: 'answer quality' });
    expect(visibleText(page)).toContain('The chosen layer does not appear in the diagnosis at all.');
  });
});

describe('follow-up: the previous update beside this one', () => {
  const { manifest, evidence } = loadBundle('follow-up-correction');
  const page = renderReviewHtml(manifest, evidence);
  const changes = page.slice(page.indexOf('<section id="changes">'));
  const block = (channel: string) =>
    changes.slice(
      changes.indexOf(`data-channel="${channel}"`),
      changes.indexOf('</div></div></div>', changes.indexOf(`data-channel="${channel}"`)),
    );

  it('marks the changed words with <del> on the previous side and <ins> on this side', () => {
    const sms = block('sms');
    const [before, after] = sms.split('<div class="side after">');
    expect(before).toContain('<del>06:50</del>');
    expect(after).toContain('<ins>07:20</ins>');
    expect(before).not.toContain('<ins>');
    expect(after).not.toContain('<del>');
    // Words in both updates are not marked.
    expect(sms).toMatch(/Next update <(del|ins)>/);
    expect(sms).not.toMatch(/<(del|ins)>[^<]*Next update/);
  });

  it('shows the correction and the layer change', () => {
    const seen = visibleText(page);
    expect(page).toContain('id="correction"');
    expect(seen).toContain(manifest.correction!);
    expect(changes).toContain('<span class="tag over">layer changed</span>');
  });

  it('lists channels that are new and channels that were dropped', () => {
    expect(visibleText(block('slack'))).toContain('new in this update');
    expect(visibleText(block('mastodon'))).toContain('not in this update');
  });

  it('has no changes section for a first update', () => {
    const first = loadBundle('first-update');
    expect(renderReviewHtml(first.manifest, first.evidence)).not.toContain('id="changes"');
  });
});

describe('hostile text', () => {
  const { manifest, evidence } = loadBundle('hostile');
  const page = renderReviewHtml(manifest, evidence, { editedFiles: ['<img src=x onerror=alert(1)>.txt'] });
  const ALLOWED_TAGS = new Set(
    'html head meta title style body header main footer section article div p h1 h2 h3 h4 span strong em code br ul ol li table caption thead tbody tr th td dl dt dd q a del ins mark time button textarea script'.split(
      ' ',
    ),
  );
  const ALLOWED_ATTRS = new Set(
    'lang charset http-equiv content name class id title role aria-label aria-hidden data-channel data-channels style href rel datetime type data-copy data-label hidden readonly'.split(
      ' ',
    ),
  );

  it('produces only the elements and attributes the page itself uses', () => {
    const tags = startTags(page);
    expect(tags.length).toBeGreaterThan(100);
    for (const t of tags) {
      expect(ALLOWED_TAGS, `<${t.name}>`).toContain(t.name);
      for (const [attr, value] of t.attrs) {
        expect(ALLOWED_ATTRS, `${t.name} ${attr}="${value}"`).toContain(attr);
        if (attr === 'href') expect(value).toMatch(/^https?:\/\//);
        if (attr === 'style') expect(value).toMatch(/^width:\d+%$/);
        if (attr === 'id') expect(value).not.toMatch(/pwned/);
        if (attr === 'class') expect(value).toMatch(/^[a-z0-9 -]*$/);
      }
    }
  });

  it('never emits a script but its own, an event handler or a javascript: link', () => {
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).toContain(`<script>${REVIEW_SCRIPT}</script>`);
    expect(page).not.toMatch(/<(img|svg|iframe)/i);
    for (const t of startTags(page)) for (const [attr] of t.attrs) expect(attr).not.toMatch(/^on/);
    expect(page).not.toMatch(/href="javascript:/i);
    // The one <title>: the hostile product name cannot close it early.
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page.match(/<\/title>/g)).toHaveLength(1);
  });

  it('still shows the hostile texts, as text', () => {
    const seen = visibleText(page);
    expect(seen).toContain(`<script>document.title='PWNED';`);
    expect(seen).toContain(`<img src=x onerror="document.title='PWNED';this.id='pwned-img'">`);
    expect(seen).toContain(`[Check our status](javascript:document.title='PWNED')`);
    for (const d of manifest.drafts.filter((d) => d.channel !== 'statuspage' && d.channel !== 'slack'))
      expect(seen).toContain(squash(d.text));
    for (const d of manifest.drafts) expect(page).toContain(`${d.length}/${d.limit}`);
    expect(seen).toContain('<img src=x onerror=alert(1)>.txt');
  });

  it('keeps an http(s) link with a quote in it inside its attribute', () => {
    expect(page).toContain(
      '<a href="https://status.acme.example/&quot;onmouseover=&quot;document.title=&#39;PWNED&#39;" rel="noopener noreferrer">status</a>',
    );
  });
});

describe('text renderers', () => {
  it.each([
    ['**Cause:** the API', '<p><strong>Cause:</strong> the API</p>'],
    ['line one\nline two', '<p>line one<br>line two</p>'],
    ['- a\n- b', '<ul><li>a</li><li>b</li></ul>'],
    ['## Heading', '<h4>Heading</h4>'],
    [
      'see [status](https://status.acme.example)',
      '<p>see <a href="https://status.acme.example" rel="noopener noreferrer">status</a> <span class="href">(https://status.acme.example)</span></p>',
    ],
    ['[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>'],
    ['<b>raw</b> & `code`', '<p>&lt;b&gt;raw&lt;/b&gt; &amp; <code>code</code></p>'],
    ['a\n\n\nb', '<p>a</p><p>b</p>'],
  ])('markdown %j', (input, out) => {
    expect(markdownBlocks(input).value).toBe(out);
  });

  it.each([
    ['*bold* and _it_ in rate_limit_error', '<strong>bold</strong> and <em>it</em> in rate_limit_error'],
    [
      '<https://x.example|X> <javascript:alert(1)|y>',
      '<a href="https://x.example" rel="noopener noreferrer">X</a> <span class="href">(https://x.example)</span> &lt;javascript:alert(1)|y&gt;',
    ],
  ])('slack %j', (input, out) => {
    expect(slackText(input).value).toBe(out);
  });

  it('colours links and hashtags in a post without changing its text', () => {
    const out = postText('See https://status.acme.example. #AcmeStatus <b>').value;
    expect(out).toBe(
      'See <span class="link">https://status.acme.example</span>. <span class="tag-text">#AcmeStatus</span> &lt;b&gt;',
    );
  });

  it('escapes every interpolated value, including in attributes', () => {
    const v = `"><script>x</script>'`;
    expect(html`<a title="${v}">${v}</a>`.value).toBe(
      '<a title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;">&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;</a>',
    );
    expect(html`${[v, 1, null, undefined, false]}`.value).toBe(escapeHtml(v) + '1');
  });
});

describe('without evidence', () => {
  const { manifest } = loadBundle('first-update');
  it('says there is no evidence instead of failing', () => {
    expect(visibleText(renderReviewHtml(manifest))).toContain('No evidence.json in this bundle.');
  });
});

describe('slackMarks: Slack bold and italic boundaries without Unicode lookarounds', () => {
  // The pattern slackText used before, with a link's target and label stopping at "<" as ours do (linear time): the
  // same marks must come out, at the same places.
  const REFERENCE =
    /(?<![\p{L}\p{N}*])\*([^*\n]+)\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_([^_\n]+)_(?![\p{L}\p{N}_])|`([^`\n]+)`|<(https?:\/\/[^|<>\s]+)(?:\|([^<>\n]+))?>|(https?:\/\/[^\s<>"'`)\]]+)/gu;
  const reference = (text: string) => [...text.matchAll(REFERENCE)].map((m) => [m.index, ...m]);
  const ours = (text: string) => slackMarks(text).map((m) => [m.index, ...m]);

  it('agrees with the Unicode-lookaround pattern on random Slack text', () => {
    const pieces = [
      '*',
      '_',
      '`',
      'a',
      'Z',
      '9',
      'é',
      '日',
      '😀',
      '𝐀',
      ' ',
      '\n',
      '.',
      '<https://x.example|X>',
      'https://status.example/a',
      '<',
      '>',
      '|',
      '__',
      '**',
      'ß',
    ];
    const rand = seeded(5);
    for (let i = 0; i < 5000; i++) {
      const t = randomText(rand, pieces, 1 + rand(24));
      expect(ours(t), JSON.stringify(t)).toEqual(reference(t));
    }
  });

  it('bold and italic need a non-letter on each side, in any script', () => {
    expect(slackText('*Investigating* now').value).toContain('<strong>Investigating</strong>');
    expect(slackText('a*b*c 日*本*語 x_y_z').value).not.toMatch(/<strong>|<em>/);
    expect(slackText('(_note_) 😀*ok*😀').value).toMatch(/<em>note<\/em>.*<strong>ok<\/strong>/);
  });
});
