// SIGKILL `publish` at every step of a multi-destination publish (two updates to four destinations: before and after
// each write reaches its destination), run it again, and every post exists exactly once, threaded as it should be.
// Two publishers at once post each update once too.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approve,
  cleanup,
  cli,
  copyProject,
  draftIncident,
  project,
  publishConfig,
  startFakes,
  writeConfig,
  type Fakes,
} from '../publish/project.js';

let template: string;
beforeAll(async () => {
  // Drafted and approved once; each kill point publishes a fresh copy to fresh fakes.
  const f = await startFakes();
  template = project(publishConfig(f));
  for (const b of await draftIncident(template, 'inc', 2)) await approve(template, b);
  await f.close();
}, 120_000);
afterAll(() => cleanup());

const WRITES = 8; // 2 updates × 4 destinations

function checkRemote(f: Fakes): void {
  expect(f.statuspage.incidents).toHaveLength(1);
  expect(f.statuspage.incidents[0]!.incident_updates.map((u) => u.status)).toEqual(['identified', 'investigating']);
  expect(f.slack.messages).toHaveLength(2);
  expect(f.slack.messages[1]!.thread_ts).toBe(f.slack.messages[0]!.ts);
  expect(f.mastodon.statuses).toHaveLength(2);
  expect(f.mastodon.statuses[1]!.in_reply_to_id).toBe(f.mastodon.statuses[0]!.id);
  expect(f.bluesky.records).toHaveLength(2);
  expect(f.bluesky.records[1]!.value.reply?.parent.uri).toBe(f.bluesky.records[0]!.uri);
}

async function fresh(): Promise<{ f: Fakes; dir: string }> {
  const f = await startFakes();
  const dir = copyProject(template);
  writeConfig(dir, publishConfig(f));
  return { f, dir };
}

const points = Array.from({ length: WRITES }, (_, i) => i + 1).flatMap((k) => [
  [k, 'before'] as const,
  [k, 'after'] as const,
]);

describe('SIGKILL at every step, then a re-run: every post exists exactly once', () => {
  it.each(points)(
    'killed at write %i, %s it reaches the destination',
    async (k, phase) => {
      const { f, dir } = await fresh();
      try {
        let child: ChildProcess | undefined;
        let writes = 0;
        let exited: Promise<void> | undefined;
        const hook = async (_route: string, p: 'before' | 'after') => {
          if (p === 'before') writes++;
          if (writes !== k || p !== phase || !child) return;
          exited = new Promise<void>((r) => child!.once('exit', () => r()));
          child.kill('SIGKILL');
          await exited;
          return p === 'before' ? ('drop' as const) : undefined;
        };
        for (const x of [f.statuspage, f.slack, f.mastodon, f.bluesky]) x.onWrite = hook;
        const killed = await cli(dir, ['publish', join('out', 'inc'), '--yes'], { onSpawn: (c) => (child = c) });
        expect(killed.signal, killed.stderr).toBe('SIGKILL');
        for (const x of [f.statuspage, f.slack, f.mastodon, f.bluesky]) x.onWrite = undefined;
        // The killed run left its lock; its pid is gone, so the next run breaks it.
        expect(existsSync(join(dir, 'out', 'inc', '.publish.lock'))).toBe(true);

        const again = await cli(dir, ['publish', join('out', 'inc'), '--yes', '--json']);
        expect(again.code, again.stderr).toBe(0);
        const { results } = JSON.parse(again.stdout) as { results: Array<{ status: string }> };
        expect(results).toHaveLength(WRITES);
        for (const r of results) expect(['published', 'already-published']).toContain(r.status);
        checkRemote(f);
        // The post in flight when killed: read back (after) or sent again (before), never twice.
        const ledger = readFileSync(join(dir, 'out', 'inc', 'publish-ledger.jsonl'), 'utf8');
        if (phase === 'after') expect(ledger).toMatch(/"via":"read-back"/);
        const third = await cli(dir, ['publish', join('out', 'inc')]);
        expect(third.code).toBe(0);
        expect(third.stderr).toMatch(/Nothing to publish/);
      } finally {
        await f.close();
      }
    },
    60_000,
  );
});

describe('two operators publishing the same incident at once', () => {
  it('each post goes out once: the second waits for the lock, then finds everything published', async () => {
    const { f, dir } = await fresh();
    try {
      // Slow answers (inside the timeout) keep the first run busy while the second starts.
      for (const x of [f.statuspage, f.slack, f.mastodon, f.bluesky])
        x.onWrite = async (_r, p) => void (p === 'after' && (await new Promise((r) => setTimeout(r, 100))));
      const [a, b] = await Promise.all([
        cli(dir, ['publish', join('out', 'inc'), '--yes', '--json']),
        cli(dir, ['publish', join('out', 'inc'), '--yes', '--json']),
      ]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const statuses = [a, b].map((r) =>
        (JSON.parse(r.stdout) as { results: Array<{ status: string }> }).results.map((x) => x.status),
      );
      expect(statuses.flat().filter((s) => s === 'published')).toHaveLength(WRITES);
      expect(`${a.stderr}${b.stderr}`).toMatch(
        /Another publish of this incident is running \(pid \d+, since .*\); waiting for it\./,
      );
      checkRemote(f);
    } finally {
      await f.close();
    }
  }, 60_000);
});
