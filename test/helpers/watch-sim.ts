// A simulated incident on 127.0.0.1 whose stage the test switches: healthy → overloaded (529s) → one model failing →
// recovered.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { json, startServer, type TestServer } from './server.js';

export type Stage = 'healthy' | 'overloaded' | 'one-model' | 'recovered';

export interface Sim {
  server: TestServer;
  stage: Stage;
  /** Writes layerpost.config.json for this simulator into `dir` (out: ./out). */
  writeConfig(dir: string, extra?: Record<string, unknown>): void;
  close(): Promise<void>;
}

export const SIM_KEY_VAR = 'LAYERPOST_SIM_KEY';

const API = { id: 'k8w3r06qmzrp', name: 'Claude API (api.anthropic.com)' };

function summary(stage: Stage) {
  const failing = stage === 'overloaded' || stage === 'one-model';
  const at = new Date(Date.now() - 5 * 60_000).toISOString();
  const apiStatus =
    stage === 'overloaded' ? 'partial_outage' : stage === 'one-model' ? 'degraded_performance' : 'operational';
  return {
    page: {
      id: 'sim',
      name: 'Claude (simulated)',
      url: 'https://status.claude.com',
      time_zone: 'Etc/UTC',
      updated_at: at,
    },
    status: failing
      ? { indicator: stage === 'overloaded' ? 'major' : 'minor', description: 'Partial System Outage' }
      : { indicator: 'none', description: 'All Systems Operational' },
    components: [
      {
        ...API,
        status: apiStatus,
        group: false,
        group_id: null,
        position: 1,
        showcase: true,
        only_show_if_degraded: false,
        description: null,
        created_at: at,
        updated_at: at,
        page_id: 'sim',
        start_date: '2023-07-11',
      },
    ],
    // The summary lists unresolved incidents only: at recovery the incident leaves it.
    incidents: failing
      ? [
          {
            id: 'siminc1',
            name: stage === 'overloaded' ? 'Elevated errors on the Claude API' : 'Elevated errors on Claude Opus 4.7',
            status: stage === 'overloaded' ? 'investigating' : 'identified',
            impact: stage === 'overloaded' ? 'major' : 'minor',
            shortlink: 'https://stspg.io/sim',
            created_at: at,
            started_at: at,
            updated_at: at,
            monitoring_at: null,
            resolved_at: null,
            page_id: 'sim',
            components: [{ ...API, status: apiStatus }],
            incident_updates: [
              {
                id: 'u1',
                status: 'investigating',
                body: 'We are investigating elevated errors.',
                created_at: at,
                display_at: at,
                updated_at: at,
                incident_id: 'siminc1',
                affected_components: [],
              },
            ],
          },
        ]
      : [],
    scheduled_maintenances: [],
  };
}

export async function startSim(initial: Stage = 'healthy'): Promise<Sim> {
  const sim = { stage: initial } as Sim;
  const server = await startServer({
    '/status/api/v2/summary.json': (_req, res) => json(res, 200, summary(sim.stage)),
    '/app/api/ai/health': (_req, res) =>
      sim.stage === 'healthy' || sim.stage === 'recovered'
        ? json(res, 200, { ok: true })
        : json(res, 502, { error: 'upstream_failed' }),
    'POST /anthropic/v1/messages': (_req, res, body) => {
      const model = String((JSON.parse(body) as { model?: string }).model ?? '');
      const overloaded = sim.stage === 'overloaded' || (sim.stage === 'one-model' && model.includes('opus'));
      if (overloaded)
        return json(res, 529, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
      json(res, 200, {
        id: 'msg_sim',
        type: 'message',
        role: 'assistant',
        model,
        content: [{ type: 'text', text: 'pong' }],
        stop_reason: 'end_turn',
        usage: { input_tokens: 5, output_tokens: 1 },
      });
    },
  });
  sim.server = server;
  sim.writeConfig = (dir, extra = {}) => {
    const canary = (model: string) => ({
      id: `anthropic-${model.split('-')[1]}`,
      layer: 'model-endpoint',
      provider: 'anthropic',
      model,
      timeoutMs: 5000,
      'llm-canary': {
        api: 'anthropic',
        baseUrl: `${server.url}/anthropic`,
        apiKey: `\${${SIM_KEY_VAR}}`,
        model,
        prompt: 'Reply with the single word: pong',
        expect: { contains: 'pong' },
      },
    });
    const config = {
      product: { name: 'Acme Notes', feature: 'Acme AI' },
      out: 'out',
      providers: [{ id: 'anthropic', status: { kind: 'statuspage', url: `${server.url}/status/api/v2/summary.json` } }],
      probes: [
        {
          id: 'our-handler',
          layer: 'integration',
          http: { url: `${server.url}/app/api/ai/health`, expect: { status: [200] } },
          timeoutMs: 5000,
        },
        canary('claude-opus-4-7'),
        canary('claude-sonnet-4-6'),
      ],
      timeoutMs: 5000,
      ...extra,
    };
    writeFileSync(join(dir, 'layerpost.config.json'), JSON.stringify(config, null, 2));
  };
  sim.close = () => server.close();
  return sim;
}
