// A simulated outage on 127.0.0.1: a Statuspage-format status page, an Anthropic-format API, and our own handler.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const SCENARIOS = ['provider-api', 'model-endpoint', 'model-quality', 'integration', 'network'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SCENARIO_TEXT: Record<Scenario, string> = {
  'provider-api':
    "Anthropic's API answers 529 overloaded for every model; its status page has an incident on the API; our handler answers 502.",
  'model-endpoint':
    'Claude Opus 4.7 answers 529 overloaded while Claude Sonnet 4.6 answers normally; our handler answers 502.',
  'model-quality': 'Every request succeeds, but Claude Opus 4.7 answers the canary prompt wrongly.',
  integration:
    'Our handler answers 502 while direct calls to Anthropic succeed and its status page is all operational.',
  network:
    "Anthropic's API cannot be reached from here (connection refused); its status page is all operational; our handler answers 502.",
};

export interface Outage {
  scenario: Scenario;
  /** Base URL of the simulated Anthropic API (a closed port in the network scenario). */
  apiBase: string;
  statusUrl: string;
  handlerUrl: string;
  apiHost: string;
  apiPort: number;
  close(): Promise<void>;
}

const OVERLOADED = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } };

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'request-id': `req_demo_${Math.random().toString(36).slice(2, 10)}`,
  });
  res.end(JSON.stringify(body));
}

function message(model: string, text: string) {
  return {
    id: `msg_demo_${Math.random().toString(36).slice(2, 10)}`,
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 12, output_tokens: 2 },
  };
}

function summary(scenario: Scenario, now: Date) {
  const t = (minAgo: number) => new Date(now.getTime() - minAgo * 60_000).toISOString();
  const api =
    scenario === 'provider-api'
      ? 'partial_outage'
      : scenario === 'model-endpoint'
        ? 'degraded_performance'
        : 'operational';
  const components = [
    { id: 'rwppv331jlwc', name: 'claude.ai', status: 'operational' },
    { id: '0qbwn08sd68x', name: 'Claude Console (platform.claude.com)', status: 'operational' },
    { id: 'k8w3r06qmzrp', name: 'Claude API (api.anthropic.com)', status: api },
  ].map((c, i) => ({
    ...c,
    created_at: t(100_000),
    description: null,
    group: false,
    group_id: null,
    only_show_if_degraded: false,
    page_id: 'demo00000000',
    position: i + 1,
    showcase: true,
    start_date: '2023-07-11',
    updated_at: t(9),
  }));
  const incidents =
    scenario === 'provider-api' || scenario === 'model-endpoint'
      ? [
          {
            id: 'demo0incident',
            name:
              scenario === 'provider-api' ? 'Elevated errors on the Claude API' : 'Elevated errors on Claude Opus 4.7',
            status: 'investigating',
            impact: scenario === 'provider-api' ? 'major' : 'minor',
            shortlink: 'https://stspg.io/demo',
            created_at: t(12),
            started_at: t(12),
            updated_at: t(9),
            monitoring_at: null,
            resolved_at: null,
            page_id: 'demo00000000',
            components: components.filter((c) => c.id === 'k8w3r06qmzrp'),
            incident_updates: [
              {
                id: 'demo0update',
                status: 'investigating',
                body:
                  scenario === 'provider-api'
                    ? 'We are currently investigating elevated error rates on the API.'
                    : 'We are investigating elevated errors on requests to Claude Opus 4.7.',
                created_at: t(9),
                display_at: t(9),
                updated_at: t(9),
                incident_id: 'demo0incident',
                affected_components: [
                  {
                    code: 'k8w3r06qmzrp',
                    name: 'Claude API (api.anthropic.com)',
                    old_status: 'operational',
                    new_status: api,
                  },
                ],
              },
            ],
          },
        ]
      : [];
  const indicator = scenario === 'provider-api' ? 'major' : scenario === 'model-endpoint' ? 'minor' : 'none';
  return {
    page: {
      id: 'demo00000000',
      name: 'Claude (simulated)',
      url: 'https://status.claude.com',
      time_zone: 'Etc/UTC',
      updated_at: t(9),
    },
    status: {
      indicator,
      description:
        indicator === 'none'
          ? 'All Systems Operational'
          : indicator === 'major'
            ? 'Partial System Outage'
            : 'Minor Service Outage',
    },
    components,
    incidents,
    scheduled_maintenances: [],
  };
}

async function body(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const chunk of req) s += chunk;
  return s;
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export async function startOutage(scenario: Scenario, now: () => Date = () => new Date()): Promise<Outage> {
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const text = await body(req);
    if (path === '/status/api/v2/summary.json') return send(res, 200, summary(scenario, now()));
    if (path === '/app/api/ai/health') {
      const ok = scenario === 'model-quality';
      return send(
        res,
        ok ? 200 : 502,
        ok ? { ok: true } : { error: 'upstream_failed', message: 'The AI provider request failed.' },
      );
    }
    if (path === '/anthropic/v1/messages' && req.method === 'POST') {
      let model = '';
      try {
        model = String((JSON.parse(text) as { model?: unknown }).model ?? '');
      } catch {
        return send(res, 400, {
          type: 'error',
          error: { type: 'invalid_request_error', message: 'Invalid JSON body' },
        });
      }
      if (!req.headers['x-api-key'])
        return send(res, 401, {
          type: 'error',
          error: { type: 'authentication_error', message: 'x-api-key header is required' },
        });
      if (scenario === 'provider-api') return send(res, 529, OVERLOADED);
      if (scenario === 'model-endpoint' && model.includes('opus')) return send(res, 529, OVERLOADED);
      if (scenario === 'model-quality' && model.includes('opus'))
        return send(res, 200, message(model, 'I am unable to respond to that request.'));
      return send(res, 200, message(model, 'pong'));
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const apiPort = scenario === 'network' ? await closedPort() : port;
  return {
    scenario,
    apiBase: scenario === 'network' ? `http://127.0.0.1:${apiPort}/anthropic` : `${base}/anthropic`,
    statusUrl: `${base}/status/api/v2/summary.json`,
    handlerUrl: `${base}/app/api/ai/health`,
    apiHost: '127.0.0.1',
    apiPort,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/**
 * The variable the demo's canaries take their (fake) key from: keys come only from the environment, in the demo too.
 */
export const DEMO_KEY_VAR = 'LAYERPOST_DEMO_KEY';
export const DEMO_KEY = 'sk-ant-demo-not-a-real-key';

/** The config the demo runs with: our handler, two model canaries, and a TCP check of the API host. */
export function outageConfig(o: Outage, out: string): Record<string, unknown> {
  const canary = (model: string) => ({
    id: `anthropic-${model.split('-')[1]}`,
    layer: 'model-endpoint',
    provider: 'anthropic',
    model,
    samples: 3,
    timeoutMs: 3000,
    'llm-canary': {
      api: 'anthropic',
      baseUrl: o.apiBase,
      apiKey: `\${${DEMO_KEY_VAR}}`,
      model,
      prompt: 'Reply with the single word: pong',
      expect: { contains: 'pong' },
    },
  });
  return {
    product: { name: 'Acme Notes', feature: 'Acme AI', statusUrl: 'https://status.acme.example' },
    out,
    providers: [{ id: 'anthropic', status: { kind: 'statuspage', url: o.statusUrl } }],
    probes: [
      {
        id: 'our-handler',
        layer: 'integration',
        http: { url: o.handlerUrl, expect: { status: [200] } },
        timeoutMs: 3000,
      },
      canary('claude-opus-4-7'),
      canary('claude-sonnet-4-6'),
      {
        id: 'anthropic-tcp',
        layer: 'network',
        provider: 'anthropic',
        tcp: { host: o.apiHost, port: o.apiPort },
        timeoutMs: 2000,
      },
    ],
    deadlineSeconds: 10,
    timeoutMs: 3000,
  };
}
