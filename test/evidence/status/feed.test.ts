import { describe, expect, it } from 'vitest';
import { adaptFeed } from '../../../src/evidence/status/formats/feed.js';
import { ProviderStatusSchema } from '../../../src/model/evidence.js';
import { AWS_RSS, OBSERVED, entry, fixtureText } from './helpers.js';

const awsFeed = (region?: string) =>
  entry('aws-bedrock', {
    kind: 'feed',
    url: 'https://status.aws.amazon.com/rss/bedrock-us-east-1.rss',
    products: undefined,
    region,
  });
const anthropicAtom = entry('anthropic', { kind: 'feed', url: 'https://status.claude.com/history.atom' });

/** The real AWS all.rss sample with its items' titles, dates and guids replaced: a per-service feed. */
function awsRss(items: { title: string; date: string; guid?: string; text?: string }[]): string {
  const real = fixtureText(AWS_RSS);
  const head = real.slice(0, real.indexOf('<item>'));
  const body = items
    .map(
      (i, n) => `<item>
      <title><![CDATA[${i.title}]]></title>
      <link>http://status.aws.amazon.com/</link>
      <pubDate>${i.date}</pubDate>
      <guid isPermaLink="false">${i.guid ?? `http://status.aws.amazon.com/#bedrock-us-east-1_${1791356400 + n}`}</guid>
      <description><![CDATA[${i.text ?? 'We are investigating increased error rates for InvokeModel in the US-EAST-1 Region.'}]]></description>
     </item>`,
    )
    .join('\n');
  return `${head}${body}\n  </channel>\n  </rss>`;
}

describe('AWS Service Health RSS', () => {
  it('reads the real all.rss sample: "operating normally: [RESOLVED]" items are not open', () => {
    for (const observedAt of [OBSERVED, '2021-12-15T21:00:00.000Z']) {
      const s = adaptFeed(fixtureText(AWS_RSS), awsFeed(), observedAt);
      expect(ProviderStatusSchema.parse(s)).toEqual(s);
      expect(s).toMatchObject({ indicator: 'none', incidents: [], components: [], source: 'feed' });
      expect(s.error).toBeUndefined();
    }
  });

  it('everything newer than the last "operating normally" item is open; prefixes set the impact; PDT dates', () => {
    const xml = awsRss([
      {
        title: 'Performance issues: Increased Error Rates',
        date: 'Wed, 07 Oct 2026 06:12:00 PDT',
        text: 'Elevated errors for Claude Sonnet 4.6 requests.',
      },
      { title: 'Informational message: Increased Error Rates', date: 'Wed, 07 Oct 2026 05:40:00 PDT' },
      { title: 'Service is operating normally: [RESOLVED] Increased Latency', date: 'Tue, 06 Oct 2026 10:00:00 PDT' },
      { title: 'Service disruption: Increased Latency', date: 'Tue, 06 Oct 2026 09:00:00 PDT' },
    ]);
    const s = adaptFeed(xml, awsFeed(), OBSERVED);
    expect(s.indicator).toBe('minor');
    expect(s.incidents.map((i) => i.name)).toEqual(['Increased Error Rates', 'Increased Error Rates']);
    expect(s.incidents[0]).toMatchObject({
      status: 'open',
      impact: 'minor',
      componentStatus: 'degraded_performance',
      updatedAt: '2026-10-07T13:12:00.000Z',
      latestUpdate: 'Elevated errors for Claude Sonnet 4.6 requests.',
      layer: 'model-endpoint',
      models: ['anthropic.claude-sonnet-4-6'],
    });
  });

  it('"Service disruption" is major; the real sample has PST dates', () => {
    const s = adaptFeed(
      awsRss([{ title: 'Service disruption: Increased Error Rates', date: 'Wed, 07 Oct 2026 06:12:00 PST' }]),
      awsFeed(),
      OBSERVED,
    );
    expect(s.indicator).toBe('major');
    expect(s.incidents[0]).toMatchObject({
      impact: 'major',
      componentStatus: 'major_outage',
      updatedAt: '2026-10-07T14:12:00.000Z',
      layer: 'provider-api',
    });
  });

  it('filters by region when the feed mixes regions', () => {
    const xml = awsRss([
      {
        title: 'Service disruption: Connectivity',
        date: 'Wed, 07 Oct 2026 06:12:00 PDT',
        guid: 'http://status.aws.amazon.com/#bedrock-eu-west-1_1791356400',
        text: 'Connectivity issues in the EU-WEST-1 Region.',
      },
    ]);
    expect(adaptFeed(xml, awsFeed('us-east-1'), OBSERVED).incidents).toHaveLength(0);
    expect(adaptFeed(xml, awsFeed('eu-west-1'), OBSERVED).incidents).toHaveLength(1);
  });
});

// Statuspage's history.atom: one entry per incident, the update trail as escaped HTML, newest first.
// Built from the real Anthropic incident 978mjkgw6mh7 in the summary fixture, in Statuspage's feed layout.
const HISTORY_ATOM = `<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">
  <id>tag:status.claude.com,2005:/history</id>
  <link rel="alternate" type="text/html" href="https://status.claude.com"/>
  <link rel="self" type="application/atom+xml" href="https://status.claude.com/history.atom"/>
  <title>Claude Status - Incident History</title>
  <updated>2026-10-07T21:45:27Z</updated>
  <author><name>Claude</name></author>
  <entry>
    <id>tag:status.claude.com,2005:Incident/29011730</id>
    <published>2026-10-07T13:25:04Z</published>
    <updated>2026-10-07T21:45:27Z</updated>
    <link rel="alternate" type="text/html" href="https://status.claude.com/incidents/978mjkgw6mh7"/>
    <title>Elevated errors on platform.claude.com</title>
    <content type="html">&lt;p&gt;&lt;small&gt;Oct &lt;var data-var='date'&gt; 7&lt;/var&gt;, &lt;var data-var='time'&gt;21:44&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Monitoring&lt;/strong&gt; - We've mitigated the errors loading usage data on platform.claude.com and in the Admin API usage report.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Oct &lt;var data-var='date'&gt; 7&lt;/var&gt;, &lt;var data-var='time'&gt;17:28&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Identified&lt;/strong&gt; - We've identified the cause of errors loading usage data.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>tag:status.claude.com,2005:Incident/29000001</id>
    <published>2026-10-06T09:00:00Z</published>
    <updated>2026-10-06T10:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://status.claude.com/incidents/abc123"/>
    <title>Elevated errors on Claude Opus 4.7</title>
    <content type="html">&lt;p&gt;&lt;small&gt;Oct &lt;var data-var='date'&gt; 6&lt;/var&gt;, &lt;var data-var='time'&gt;10:00&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Resolved&lt;/strong&gt; - This incident has been resolved.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('Statuspage history.atom', () => {
  it('an entry whose newest update is not Resolved is open, with that status and text', () => {
    const s = adaptFeed(HISTORY_ATOM, anthropicAtom, OBSERVED);
    expect(ProviderStatusSchema.parse(s)).toEqual(s);
    expect(s.incidents).toHaveLength(1);
    expect(s.incidents[0]).toMatchObject({
      id: 'tag:status.claude.com,2005:Incident/29011730',
      name: 'Elevated errors on platform.claude.com',
      status: 'monitoring',
      updatedAt: '2026-10-07T21:45:27.000Z',
      url: 'https://status.claude.com/incidents/978mjkgw6mh7',
      latestUpdate:
        "We've mitigated the errors loading usage data on platform.claude.com and in the Admin API usage report.",
    });
    expect(s.indicator).toBe('minor');
  });

  it('an open entry stops counting once it is older than the window', () => {
    expect(adaptFeed(HISTORY_ATOM, anthropicAtom, '2026-11-30T00:00:00.000Z').incidents).toHaveLength(0);
  });
});

describe('feeds that post one item per update, and feeds of active issues only', () => {
  const item = (title: string, guid: string, date: string, html: string) =>
    `<item><title><![CDATA[${title}]]></title><link>${guid}</link><guid isPermaLink="true">${guid}</guid><pubDate>${date}</pubDate><description><![CDATA[${html}]]></description></item>`;
  const rss = (...items: string[]) =>
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Status</title>${items.join('')}</channel></rss>`;
  const mistral = entry('mistral');

  it('the newest item of an incident speaks for it ("Status: Resolved" closes it)', () => {
    const g = 'https://status.mistral.ai/incident/1a2b3c';
    const investigating = item(
      'Chat API Degraded',
      g,
      'Wed, 07 Oct 2026 10:00:00 GMT',
      'Status: Investigating<br/>Requests to Mistral Large are failing.<br/><br/>Affected services<ul><li>Chat API</li></ul>',
    );
    const resolved = item(
      'Chat API Degraded',
      g,
      'Wed, 07 Oct 2026 11:00:00 GMT',
      'Status: Resolved<br/>The incident has been resolved',
    );
    expect(adaptFeed(rss(resolved, investigating), mistral, OBSERVED).incidents).toHaveLength(0);
    const open = adaptFeed(rss(investigating), mistral, OBSERVED);
    expect(open.incidents[0]).toMatchObject({
      name: 'Chat API Degraded',
      status: 'investigating',
      layer: 'model-endpoint',
      models: ['mistral-large-latest'],
    });
    expect(open.incidents[0]!.latestUpdate).toMatch(/^Requests to Mistral Large are failing\. Affected services/);
  });

  it('a "[Resolved]" title (Better Stack) closes an item', () => {
    const s = adaptFeed(
      rss(
        item(
          '[Resolved] Elevated API errors',
          'https://status.together.ai/incident/9',
          'Wed, 07 Oct 2026 10:00:00 GMT',
          'Fixed.',
        ),
      ),
      entry('together'),
      OBSERVED,
    );
    expect(s.incidents).toHaveLength(0);
  });

  it('an item without a marker is open while recent (Azure lists active issues), and ages out', () => {
    const azure = entry('azure-openai');
    const xml = rss(
      item(
        'Azure OpenAI Service - Degraded availability in East US',
        'https://azure.status.microsoft/en-us/status',
        'Wed, 07 Oct 2026 10:00:00 GMT',
        '<p>Starting at 09:40 UTC, customers may experience errors calling Azure OpenAI in East US.</p>',
      ),
    );
    const s = adaptFeed(xml, azure, OBSERVED);
    expect(s.indicator).toBe('minor');
    expect(s.incidents[0]).toMatchObject({
      status: 'open',
      impact: 'unknown',
      layer: 'provider-api',
      latestUpdate: 'Starting at 09:40 UTC, customers may experience errors calling Azure OpenAI in East US.',
    });
    expect(adaptFeed(xml, azure, '2026-12-01T00:00:00.000Z').incidents).toHaveLength(0);
    expect(adaptFeed(rss(), azure, OBSERVED)).toMatchObject({ indicator: 'none', incidents: [] });
  });
});

describe('feed of the wrong shape', () => {
  it.each([
    [
      'an HTML page',
      '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>',
      /got <html>|not well-formed/,
    ],
    ['text that is not XML', '{"status":"ok"}', /not XML/],
    ['broken XML', '<rss><channel><item></channel>', /not well-formed XML/],
    ['a JSON object instead of text', { rss: {} }, /expected an RSS or Atom document as text/],
  ])('%s → unknown with the reason', (_what, payload, reason) => {
    const s = adaptFeed(payload, entry('mistral'), OBSERVED);
    expect(s.indicator).toBe('unknown');
    expect(s.error).toMatch(/^wrong shape/);
    expect(s.error).toMatch(reason);
  });
});
