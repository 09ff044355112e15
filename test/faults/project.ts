// Scratch projects for the fault suite (a temp dir with a config) and the checks every fault test makes on a CLI run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CliResult } from '../helpers/cli.js';

const made: string[] = [];

/** A fresh directory holding layerpost.config.json (when a config is given); removed by cleanupProjects(). */
export function project(config?: unknown, prefix = 'lp-fault-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  if (config !== undefined) writeFileSync(join(dir, 'layerpost.config.json'), JSON.stringify(config, null, 2));
  return dir;
}

export function cleanupProjects(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A JS stack frame or an internal-error banner: never shown without --verbose. */
export function assertNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(text).not.toMatch(/internal error|This is a bug/);
}

/** A user error: the exit code, exactly one line on stderr matching `reason`, no stack. */
export function assertUserError(r: CliResult, code: number, reason: RegExp): string {
  const lines = r.stderr.trim().split('\n').filter(Boolean);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code });
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(reason);
  assertNoStack(r.stderr + r.stdout);
  return lines[0]!;
}
