// Scratch projects for the fault suite (a temp dir with a config) and the checks every fault test makes on a CLI run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { CliResult } from '../helpers/cli.js';
import { startFaultServer, type FaultServer } from './fault-server.js';

const made: string[] = [];

/** A fresh directory holding layerpost.config.json (when a config is given); removed by cleanupProjects(). */
export function project(config?: unknown, prefix = 'lp-fault-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  if (config !== undefined) writeFileSync(join(dir, 'layerpost.config.json'), JSON.stringify(config, null, 2));
  return dir;
}

/** The evidence most fault tests draft from: Anthropic's API answering 529. */
export const EVIDENCE = readFileSync(new URL('../fixtures/evidence/provider-api-529.json', import.meta.url), 'utf8');

/** A project (with a product, so a draft needs nothing more) holding that evidence as e.json. */
export function withEvidence(config: unknown = { product: { name: 'Acme Notes' } }): string {
  const dir = project(config);
  writeFileSync(join(dir, 'e.json'), EVIDENCE);
  return dir;
}

const mounted: string[] = [];

/**
 * A tmpfs mounted with `options` when this machine can (root with CAP_SYS_ADMIN, as CI), else why not; unmounted by
 * cleanupProjects().
 */
export function tryMountTmpfs(options: string): string | { why: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lp-fault-mnt-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
    mounted.push(dir);
    return dir;
  } catch (err) {
    rmdirSync(dir);
    return {
      why: String((err as { stderr?: Buffer }).stderr ?? (err as Error).message)
        .trim()
        .split('\n')[0]!,
    };
  }
}

export function cleanupProjects(): void {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    rmdirSync(dir);
  }
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A JS stack frame or an internal-error banner: never shown without --verbose. */
export function assertNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(text).not.toMatch(/internal error|This is a bug/);
}

/** A user error: the exit code, exactly one line on stderr matching `reason`, no stack. */
export function assertUserError(r: CliResult, code: number, reason: RegExp): string {
  // The line naming the config used (said on every run) is not part of the error.
  const lines = r.stderr
    .trim()
    .split('\n')
    .filter((l) => l && !l.startsWith('Config: '));
  // The signal too: a run ended by one (code null) says which.
  expect({ code: r.code, signal: r.signal, stderr: r.stderr }).toMatchObject({ code, signal: null });
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(reason);
  assertNoStack(r.stderr + r.stdout);
  return lines[0]!;
}

/** The fault server of one test file: started before its tests, closed after them together with its projects. */
export function faultServerOfFile(): () => FaultServer {
  let srv: FaultServer | undefined;
  beforeAll(async () => {
    srv = await startFaultServer();
  });
  afterAll(async () => {
    await srv?.close();
    cleanupProjects();
  });
  return () => srv!;
}

/** Every file below `dir`, however deep. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
