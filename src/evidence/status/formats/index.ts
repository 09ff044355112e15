// Which adapter reads which source kind, what it is fed (JSON or text), and the URL each kind is read from.
import type { StatusSource } from '../../../model/provider-schema.js';
import type { StatusAdapter } from './common.js';
import { adaptStatuspage } from './statuspage.js';
import { adaptIncidentIo } from './incidentio.js';
import { adaptGoogleCloud } from './google-cloud.js';
import { adaptAwsHealth } from './aws-health.js';
import { adaptFeed } from './feed.js';

export type SourceKind = StatusSource['kind'];

export interface SourceFormat {
  adapt: StatusAdapter;
  /**
   * json: the body is parsed as JSON first (HTML and invalid JSON are reported); text: the adapter gets the decoded
   * text.
   */
  body: 'json' | 'text';
  /** Path appended to a bare page URL ("https://status.claude.com" → …/api/v2/summary.json). */
  defaultPath?: string;
  /** A URL that already names the document is taken as it is. */
  named?: RegExp;
}

export const SOURCE_FORMATS: Record<SourceKind, SourceFormat> = {
  statuspage: { adapt: adaptStatuspage, body: 'json', defaultPath: '/api/v2/summary.json', named: /\.json$/i },
  incidentio: {
    adapt: adaptIncidentIo,
    body: 'json',
    defaultPath: '/api/v2/summary.json',
    named: /\.json$|\/proxy\//i,
  },
  'google-cloud': { adapt: adaptGoogleCloud, body: 'json', defaultPath: '/incidents.json', named: /\.json$/i },
  'aws-health': { adapt: adaptAwsHealth, body: 'json', defaultPath: '/public/currentevents', named: /currentevents/i },
  feed: { adapt: adaptFeed, body: 'text' },
};

/** The document URL for a source: the configured URL, or the page URL with the kind's usual path. */
export function sourceUrl(status: StatusSource): string {
  const f = SOURCE_FORMATS[status.kind];
  if (!f.defaultPath) return status.url;
  const u = new URL(status.url);
  if (f.named?.test(u.pathname)) return status.url;
  u.pathname = u.pathname.replace(/\/+$/, '') + f.defaultPath;
  return u.toString();
}
