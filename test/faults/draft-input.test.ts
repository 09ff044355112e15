// `layerpost draft` given bad evidence, answers and templates (files and URLs): exit 2, one line naming file and field,
// nothing written.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { assertUserError, EVIDENCE, faultServerOfFile, project } from './project.js';

const good = () =>
  JSON.parse(EVIDENCE) as {
    schema: string;
    takenAt: string;
    probes: Array<Record<string, unknown>>;
    providers: Array<Record<string, unknown>>;
  };

const srv = faultServerOfFile();

/** A project with e.json (good evidence), the given extra files, and a config with a 2 s source timeout. */
function setup(files: Record<string, string>): string {
  const dir = project({ timeoutMs: 2000 });
  writeFileSync(join(dir, 'e.json'), EVIDENCE);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function refused(files: Record<string, string>, args: string[], reason: RegExp, maxMs = 10_000): Promise<void> {
  const dir = setup(files);
  const r = await runCli(['draft', '--yes', '--out', 'out', '--incident', 'inc', ...args], {
    cwd: dir,
    timeoutMs: 30_000,
  });
  assertUserError(r, 2, reason);
  expect(r.stdout).toBe('');
  expect(r.ms).toBeLessThan(maxMs);
  expect(existsSync(join(dir, 'out', 'inc'))).toBe(false);
}

const FUTURE = () => new Date(Date.now() + 24 * 3600_000).toISOString();

describe.concurrent('draft --from: bad evidence files', () => {
  it('invalid JSON', () =>
    refused(
      { 'bad.json': '{"schema": "layerpost.evidence/v1", ' },
      ['--from', 'bad.json'],
      /^layerpost: \/.*\/bad\.json: invalid JSON: /,
    ));
  it('invalid JSON whose quoted excerpt holds a newline and a terminal escape: still one line, the escape shown, not sent', async () => {
    const dir = setup({ 'bad.json': '{"p":\n\u001b[2J}' });
    const r = await runCli(['draft', '--yes', '--out', 'out', '--from', 'bad.json'], { cwd: dir, timeoutMs: 30_000 });
    assertUserError(r, 2, /bad\.json: invalid JSON: .*\\n.*\\u001b\[2J/);
    expect(r.stderr).not.toContain('\u001b');
  });
  it('not an object', () =>
    refused(
      { 'bad.json': '[1,2,3]' },
      ['--from', 'bad.json'],
      /bad\.json: not a layerpost evidence document \(expected a JSON object\)$/,
    ));
  it('wrong shape: one line naming the field path and what was expected', () => {
    const e = good();
    e.probes[0]!.outcome = 'exploded';
    return refused(
      { 'bad.json': JSON.stringify(e) },
      ['--from', 'bad.json'],
      /bad\.json: probes\[0\]\.outcome: .*expected one of "ok"\|/,
    );
  });
  it('wrong type deep inside a provider status', () => {
    const e = good();
    e.providers[0] = { ...e.providers[0], incidents: [{ name: 'x', status: 'investigating', impact: 7 }] };
    return refused(
      { 'bad.json': JSON.stringify(e) },
      ['--from', 'bad.json'],
      /bad\.json: providers\[0\]\.incidents\[0\]\.impact: .*expected string/,
    );
  });
  it('a newer schema version is refused, saying to upgrade', () =>
    refused(
      { 'bad.json': JSON.stringify({ ...good(), schema: 'layerpost.evidence/v2' }) },
      ['--from', 'bad.json'],
      /bad\.json: made by a newer layerpost \(schema "layerpost\.evidence\/v2"\).*upgrade/,
    ));
  it('an unknown (older) schema version is refused, naming the one expected', () =>
    refused(
      { 'bad.json': JSON.stringify({ ...good(), schema: 'layerpost.evidence/v0' }) },
      ['--from', 'bad.json'],
      /bad\.json: not a layerpost evidence document \(schema "layerpost\.evidence\/v0"; expected "layerpost\.evidence\/v1"\)/,
    ));
  it('takenAt in the future', () => {
    const at = FUTURE();
    return refused(
      { 'bad.json': JSON.stringify({ ...good(), takenAt: at }) },
      ['--from', 'bad.json'],
      new RegExp(`bad\\.json: takenAt ${at.replace(/\./g, '\\.')} is from the future`),
    );
  });
  it('a missing file', () => refused({}, ['--from', 'nope.json'], /nope\.json: no such evidence file$/));
});

describe.concurrent('draft --answers: bad answers files', () => {
  it('invalid JSON', () =>
    refused(
      { 'a.json': '{"layer": "provider-api",' },
      ['--from', 'e.json', '--answers', 'a.json'],
      /a\.json: invalid JSON: /,
    ));
  it('invalid YAML, with the line', () =>
    refused(
      { 'a.yaml': 'layer: [unclosed\n' },
      ['--from', 'e.json', '--answers', 'a.yaml'],
      /a\.yaml: invalid YAML: .*line 2/,
    ));
  it('wrong shape: the field path and what was expected', () =>
    refused(
      { 'a.json': '{"nextUpdateMinutes": "soon"}' },
      ['--from', 'e.json', '--answers', 'a.json'],
      /a\.json: nextUpdateMinutes: .*expected number, received string$/,
    ));
  // The same answer as for evidence, bundles and resume files: one reader for versioned documents.
  it('a newer schema version', () =>
    refused(
      { 'a.json': '{"schema": "layerpost.answers/v2", "layer": "provider-api"}' },
      ['--from', 'e.json', '--answers', 'a.json'],
      /a\.json: made by a newer layerpost \(schema "layerpost\.answers\/v2"\); this version reads "layerpost\.answers\/v1" — upgrade layerpost to read it$/,
    ));
  it('an unknown layer is reported against the file and its field, not a flag', () =>
    refused(
      { 'a.json': '{"layer": "nope"}' },
      ['--from', 'e.json', '--answers', 'a.json'],
      /^layerpost: \/.*\/a\.json: layer: unknown layer "nope" \(known: integration, /,
    ));
});

describe.concurrent('draft: bad templates and hostile evidence URLs', () => {
  it('a template with a syntax error in --templates DIR: exit 2 naming file:line:column', () =>
    refused(
      { 'tpl/channels/x/default.hbs': 'Line one\n{{#if layer.id}}\nfoo\n{{/each}}\n' },
      ['--from', 'e.json', '--templates', 'tpl'],
      /tpl\/channels\/x\/default\.hbs:4:1: syntax error: `\{\{\/each\}\}` does not match the `\{\{#if\}\}` opened at line 2; close that one first with `\{\{\/if\}\}`$/,
    ));
  it('an evidence URL that sends 50 MB: refused at the 5 MB cap', () =>
    refused(
      {},
      ['--from', srv().at('big-chunked', '/evidence.json')],
      /could not fetch the evidence: response too large \(over 5\.0 MB\)$/,
    ));
  it('an evidence URL that declares 50 MB: refused before reading', () =>
    refused(
      {},
      ['--from', srv().at('big', '/evidence.json')],
      /could not fetch the evidence: response too large \(50 MB, limit 5\.0 MB\)$/,
    ));
  it('an evidence URL that never answers: the configured timeout, then a clear error', () =>
    refused(
      {},
      ['--from', srv().at('hang', '/evidence.json')],
      /could not fetch the evidence: timed out after 2000 ms$/,
      12_000,
    ));
  it('an evidence URL that redirects for ever', () =>
    refused({}, ['--from', srv().at('r', '/1/evidence.json')], /could not fetch the evidence: too many redirects/));
  it('an evidence URL that is not UTF-8 JSON', () =>
    refused({}, ['--from', srv().at('bad-utf8', '/evidence.json')], /bad-utf8\/evidence\.json: invalid JSON: /));
  it('a config YAML with an unknown directive or tag prints no YAMLWarning noise on stderr', async () => {
    const dir = project();
    writeFileSync(join(dir, 'layerpost.config.yaml'), '%c\n---\nproduct: !foo bar\n');
    const r = await runCli(['layers'], { cwd: dir });
    expect(r.stderr).not.toMatch(/YAMLWarning|\(node:\d+\)/);
  });
  it('an evidence URL answering an HTML page with 200 says it is HTML, with its title', () =>
    refused(
      {},
      ['--from', srv().at('html-200', '/evidence.json')],
      /could not read the evidence: HTTP 200 answered HTML, not JSON/,
    ));
});
