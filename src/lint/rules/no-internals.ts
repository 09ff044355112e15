// Rule `no-internals`: no hostnames, IP addresses, pod or service ids, error codes or stack traces in a public channel.
import { oncePer } from '../../text/memo.js';
import { SOURCES } from '../sources.js';
import { gated, ungated, type Gated } from '../text.js';
import type { LintContext, TextRule } from '../types.js';

// Every repetition that can run along a long line is bounded (a pod name's prefix, a path, a hostname's 126 labels):
// unbounded, a template line of "a." repeated made each pattern retry from every position, quadratic in the line.
const PATTERNS: ReadonlyArray<[Gated, string]> = [
  [ungated(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/), 'an IP address'],
  [gated(/\b(?:[0-9a-f]{1,4}:){4,7}[0-9a-f]{1,4}\b/i, [':']), 'an IPv6 address'],
  [
    gated(/\blocalhost\b|\b[\w-]{1,63}\.(?:internal|local|localdomain|lan|corp|svc|cluster\.local)\b/i, [
      'localhost',
      '.internal',
      '.local',
      '.lan',
      '.corp',
      '.svc',
    ]),
    'an internal hostname',
  ],
  [gated(/\b[a-z][a-z0-9-]{0,62}-[a-f0-9]{8,10}-[a-z0-9]{5}\b/, ['-']), 'a Kubernetes pod name'],
  [
    gated(/\bpods?\/[\w.-]+|\bdeployment\/[\w.-]+|\bnamespace\/[\w.-]+/i, ['pod', 'deployment/', 'namespace/']),
    'a Kubernetes object',
  ],
  [
    gated(/\b(?:i|sg|vpc|subnet|eni|vol|ami)-[0-9a-f]{8,17}\b|\barn:aws[\w-]*:[^\s]+/, ['-', 'arn:aws']),
    'a cloud resource id',
  ],
  [gated(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i, ['-']), 'an id (UUID)'],
  [gated(/\breq_[A-Za-z0-9]{8,}\b/, ['req_']), 'a request id'],
  [
    gated(
      /\bat [\w$.<>[\]]+ \([^)]*:\d+:\d+\)|\bat [^\s()]+:\d+:\d+|Traceback \(most recent call last\)|\bgoroutine \d+ \[|\bpanic: /,
      ['at ', 'traceback', 'goroutine ', 'panic: '],
    ),
    'a stack trace',
  ],
  [
    gated(/\b[\w./-]{1,255}\.(?:js|mjs|cjs|ts|py|go|java|rb|rs|php|cs):\d+\b/, [
      '.js:',
      '.mjs:',
      '.cjs:',
      '.ts:',
      '.py:',
      '.go:',
      '.java:',
      '.rb:',
      '.rs:',
      '.php:',
      '.cs:',
    ]),
    'a source file and line',
  ],
  [
    gated(
      /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|EHOSTUNREACH|CERT_HAS_EXPIRED|UNABLE_TO_VERIFY_LEAF_SIGNATURE)\b/,
      ['econn', 'etimedout', 'enotfound', 'eai_again', 'epipe', 'ehostunreach', 'cert_has_expired', 'unable_to_verify'],
    ),
    'a system error code',
  ],
  [gated(/\b\w+(?:Exception|Error)\b(?=:)/, ['exception', 'error']), 'an exception name'],
];
const HOSTNAME = gated(
  /\b(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,126}(?:com|net|org|io|ai|dev|cloud|app|co|example|test|invalid))\b(?:\/\S*)?/gi,
  ['.com', '.net', '.org', '.io', '.ai', '.dev', '.cloud', '.app', '.co', '.example', '.test', '.invalid'],
);

function host(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export const noInternals: TextRule = {
  id: 'no-internals',
  kind: 'text',
  parts: 'any',
  severity: 'error',
  description:
    'No hostnames, IP addresses, pod or service ids, error codes or stack traces in a public channel (Slack is internal).',
  docs: [
    `Public posts are read by customers, not by the on-call team: an internal hostname, an IP, a pod name or a`,
    `stack trace explains nothing to them, can reveal how the system is built, and looks like a leak. Public`,
    `channels say what users see; the evidence belongs in the internal Slack update, which this rule does not`,
    `check. Links to our own or the provider's status page (from the context) are allowed, as are status.* hosts.`,
    `Sources: ${SOURCES.atlassian} (tip 3: explain the issue "in layman's terms"); ${SOURCES.pagerduty} (external`,
    `messages describe customer impact and affected functionality).`,
  ].join(' '),
  // Internals never span a sentence break (". " or a new line), so each distinct sentence is checked once.
  scope: 'sentence',
  reads: ['product.name', 'product.feature', 'product.statusUrl', 'provider.statusUrl'],
  check({ text, channel, ctx }) {
    if (!channel.public) return [];
    const hits = [];
    for (const [re, what] of PATTERNS) {
      const m = re.exec(text)?.[0];
      if (m)
        hits.push({ message: `${what} ("${m}") in a public channel; keep internals in the Slack update`, needle: m });
    }
    const ok = allowedFor(ctx);
    for (const m of HOSTNAME.matchAll(text)) {
      const h = m[1]!.toLowerCase();
      if (ok.hosts.has(h) || h.startsWith('status.') || ok.names.includes(h)) continue;
      hits.push({ message: `a hostname ("${m[1]}") in a public channel; link only to a status page`, needle: m[1]! });
      break;
    }
    return hits;
  },
};

/** Hosts a public post may name: our and the provider's status pages, and hosts that are the product's own name. */
const allowedFor = oncePer((ctx: LintContext): { hosts: Set<string>; names: string } => ({
  hosts: new Set(
    [ctx.product.statusUrl, ctx.provider.statusUrl]
      .map((u) => (u ? host(u) : undefined))
      .filter((h): h is string => Boolean(h)),
  ),
  names: `${ctx.product.name} ${ctx.product.feature}`.toLowerCase(),
}));
