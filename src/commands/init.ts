// `layerpost init [DIR]`: a commented config and a copy of the embedded templates to start from.
import { cp, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ensureDir, writeFileAtomic, fsError } from '../adapters/fs.js';
import { UsageError } from '../errors.js';
import { Log, printJson, type Runtime } from '../runtime.js';
import { embeddedTemplatesDir } from '../templates/load.js';

export const CONFIG_TEMPLATE = `# layerpost configuration: see \`layerpost --help\` and the README.
# Every field is optional; what is left out comes from the embedded defaults.

# How drafts name us.
product:
  name: Acme Notes
  feature: Acme AI
  # Times in drafts are in UTC, plus this zone when it is not UTC.
  timeZone: UTC
  # statusUrl: https://status.acme.example

# Template overrides, merged file by file over the embedded set.
templates: ./templates
# Where bundles are written: OUT/INCIDENT/NNN-PHASE/
out: ./incident-drafts

# Providers, merged over the embedded catalogue by id (see \`layerpost status\`).
providers:
  - id: anthropic
    models: [claude-opus-4-7, claude-sonnet-4-6]

# Probes: each declares the layer it tests. Secrets only as \${ENV_VAR} references.
# With no probes here, the embedded defaults run (DNS/TLS reachability and an
# unauthenticated request to each provider's API host: no secret needed).
probes:
  - id: our-handler
    layer: integration
    http: { url: https://acme.example/api/ai/health, expect: { status: [200] } }
  - id: anthropic-opus
    layer: model-endpoint
    provider: anthropic
    model: claude-opus-4-7
    samples: 3
    llm-canary:
      api: anthropic
      apiKey: "\${ANTHROPIC_API_KEY}"
      model: claude-opus-4-7
      prompt: "Reply with the single word: pong"
      expect: { contains: pong }
  - id: anthropic-dns
    layer: network
    provider: anthropic
    dns: { host: api.anthropic.com }

# channels:
#   enabled: [statuspage, x, bluesky, mastodon, threads, linkedin, sms, slack]
#   mastodon: { limit: 500 }        # your instance's limit

# lint:
#   rules: { speculation: warning, no-eta: off }
#   vaguePhrases: ["degraded performance", "experiencing issues"]

# timeoutMs: 10000        # per status source
# probeTimeoutMs: 5000    # per probe
# deadlineSeconds: 20     # whole evidence run
`;

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

export async function run(rt: Runtime, opts: Record<string, unknown>, args: string[]): Promise<number> {
  const log = new Log(rt);
  const dir = resolve(rt.cwd, args[0] ?? '.');
  const configPath = join(dir, 'layerpost.config.yaml');
  const templatesPath = join(dir, 'templates');
  const force = Boolean(opts.force);
  const clashes = [];
  if (await exists(configPath)) clashes.push(configPath);
  if (await exists(templatesPath)) clashes.push(templatesPath);
  if (clashes.length && !force) throw new UsageError(`${clashes.join(' and ')} already exist${clashes.length > 1 ? '' : 's'}; pass --force to overwrite`);
  // One level at a time (ensureDir): a recursive mkdir under /proc never returned, and on a read-only mount it said only "no such file".
  await ensureDir(dir);
  await writeFileAtomic(configPath, CONFIG_TEMPLATE);
  await cp(embeddedTemplatesDir(), templatesPath, { recursive: true, force }).catch((err) => {
    throw fsError(err, templatesPath);
  });
  const rel = (p: string) => relative(rt.cwd, p) || '.';
  if (rt.opts.json) printJson(rt, { config: configPath, templates: templatesPath });
  else {
    log.info(`Wrote ${rel(configPath)} and ${rel(templatesPath)}/.`);
    log.info('Next: edit the product and probes, then `layerpost probe` and `layerpost lint`.');
  }
  return 0;
}
