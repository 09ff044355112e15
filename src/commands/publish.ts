// `layerpost publish BUNDLE [--to LIST] [--dry-run] [--yes]`: post approved, unchanged drafts to the configured
// destinations, exactly once (the ledger in the incident folder), a follow-up only after its predecessor.
import { unknownNames } from '../text/suggest.js';
import { readdir, stat } from '../platform/files.js';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { closeDefaultDispatcher } from '../platform/http.js';
import { redact, redactDeep } from '../platform/secrets.js';
import { UsageError, InterruptedError } from '../platform/errors.js';
import type { ApprovalMode } from '../publish/approval.js';
import { readPublishBundle, type PublishBundle } from '../publish/bundle.js';
import { configuredDestinations, DESTINATION_IDS } from '../publish/destinations/index.js';
import { httpSender } from '../publish/http.js';
import { whoAmI } from '../publish/identity.js';
import { acquireLock, Ledger, LockBusyError } from '../publish/ledger.js';
import { execute, plan, showItem, type PlanItem, type PublishResult } from '../publish/run.js';
import { refreshReviewPage } from '../publish/state.js';
import { printJson, type Runtime } from '../platform/runtime.js';
import { commandEnv } from './env.js';
import { readFlags } from './flags.js';

/** A wait (a rate limit's Retry-After) that Ctrl-C ends at once. */
const sleeper = (signal: AbortSignal) => (ms: number) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

export interface PublishOptions {
  to?: string[];
  dryRun?: true;
  yes?: true;
  retryUnknown?: true;
}

/** commander's parsed flags as publish's typed options. */
export function publishOptions(opts: Record<string, unknown>): PublishOptions {
  const f = readFlags(opts);
  return { to: f.list('to'), dryRun: f.on('dryRun'), yes: f.on('yes'), retryUnknown: f.on('retryUnknown') };
}

export async function run(rt: Runtime, flags: Record<string, unknown>, args: string[]): Promise<number> {
  const o = publishOptions(flags);
  const given = args[0];
  if (!given)
    throw new UsageError(
      'publish: missing the bundle directory (layerpost publish BUNDLE, or an incident folder for all its updates)',
    );
  const { config, log, c } = await commandEnv(rt);
  const pub = config.raw.publish;
  if (!pub || !DESTINATION_IDS.some((id) => (pub as Record<string, unknown>)[id]))
    throw new UsageError(
      `publish: no destination is configured; add a publish section with one of ${DESTINATION_IDS.join(', ')} to ${config.file ?? 'layerpost.config.yaml'}`,
    );
  const mode: ApprovalMode = pub.approval;
  // The status page's components: the publish section's, else the product's (the ones the review page shows).
  if (pub.statuspage && !pub.statuspage.components)
    pub.statuspage.components = (config.product.components ?? []).map((c) => c.id);

  const { incidentDir, bundles } = await readBundles(given, rt.cwd, (l) => log.warn(l));
  let destinations = configuredDestinations(pub, {
    send: httpSender(pub.timeoutSeconds * 1000, rt.signal),
    env: rt.env,
  });
  const to = o.to;
  if (to) {
    const configured = destinations.map((d) => d.id);
    const bad = to.filter((t) => !configured.includes(t));
    if (bad.length)
      throw new UsageError(
        `--to: ${unknownNames('destination', bad, configured)}: the configured destinations are ${configured.join(', ') || 'none'}`,
      );
    destinations = destinations.filter((d) => to.includes(d.id));
  }
  const ledger = new Ledger(incidentDir);
  await ledger.load();
  const shown = (d: string) => relative(rt.cwd, d) || d;
  let items = plan(bundles, destinations, ledger, mode, shown);

  if (o.dryRun) return dryRun(rt, items, ledger);

  const refused = items.filter((i) => i.refusal);
  const todo = items.filter((i) => !i.refusal && !i.done);
  if (!todo.length && !refused.length) {
    const results = items.map((i) => alreadyResult(i));
    if (rt.opts.json) printJson(rt, { results });
    else {
      log.info(
        `Nothing to publish: every post of this ${bundles.length > 1 ? 'incident' : 'update'} is already published.`,
      );
      for (const r of results) log.info(`  update ${r.update} ${r.destination}: ${r.url ?? r.remoteId ?? 'published'}`);
    }
    return 0;
  }
  if (!rt.opts.json || rt.interactive)
    for (const i of todo)
      log.info(
        `${c.bold(`update ${i.post.update} → ${i.destination.id}`)}: ${firstLine(i)} (approved by ${i.approver})`,
      );
  for (const i of refused) log.warn(`${c.red('refused')} update ${i.post.update} → ${i.destination.id}: ${i.refusal}`);
  if (!o.yes) {
    if (rt.interactive) {
      const { inquirerAsker } = await import('../platform/prompts.js');
      const asker = await inquirerAsker(true);
      const n = todo.length;
      if (
        !n ||
        !(await asker.confirm({
          message: refused.length
            ? `Publish the other ${n} post${n === 1 ? '' : 's'} anyway?`
            : `Publish ${n} post${n === 1 ? '' : 's'}?`,
          default: false,
        }))
      ) {
        log.info('Nothing sent.');
        return refused.length ? 2 : 0;
      }
    } else if (refused.length) {
      if (rt.opts.json) printJson(rt, { results: items.filter((i) => i.refusal).map(refusedResult) });
      throw new UsageError(
        `nothing sent: ${refused.length} post${refused.length === 1 ? ' is' : 's are'} refused (${refused.map((i) => `${i.destination.id} update ${i.post.update}`).join(', ')}); fix ${refused.length === 1 ? 'it' : 'them'}, or pass --yes to publish the others`,
      );
    }
  }

  const by = await whoAmI(rt.cwd);
  let release: (() => Promise<void>) | undefined;
  try {
    release = await acquireLock(incidentDir, {
      waitMs: 120_000,
      signal: rt.signal,
      onWait: (o) =>
        log.info(`Another publish of this incident is running (pid ${o.pid}, since ${o.startedAt}); waiting for it.`),
    });
  } catch (err) {
    if (err instanceof LockBusyError) throw new UsageError(err.message);
    throw err;
  }
  const results: PublishResult[] = [];
  try {
    // What another publisher did while we waited counts: plan again from the ledger as it is now.
    await ledger.load();
    items = plan(bundles, destinations, ledger, mode, shown);
    for (const item of items) {
      if (item.refusal) {
        results.push(refusedResult(item));
        continue;
      }
      if (item.done) {
        results.push(alreadyResult(item));
        line(rt, results.at(-1)!, c);
        continue;
      }
      if (rt.signal.aborted) break;
      const r = await execute(item, {
        ledger,
        by,
        rateLimitWaitMs: pub.rateLimitWaitSeconds * 1000,
        retryUnknown: o.retryUnknown,
        sleep: sleeper(rt.signal),
        signal: rt.signal,
        readBackDelayMs: 300,
        progress: (l) => log.progress(l),
      });
      results.push(r);
      line(rt, r, c);
    }
  } finally {
    await release?.();
    await closeDefaultDispatcher();
  }
  for (const b of bundles)
    await refreshReviewPage(b.dir, mode).catch((err: Error) =>
      log.warn(`warning: review.html not refreshed: ${err.message}`),
    );
  if (rt.opts.json) printJson(rt, { results });
  if (rt.signal.aborted)
    throw new InterruptedError(
      'Posts already sent are in the ledger; run `layerpost publish` again to finish (in-flight posts are read back first).',
    );
  if (results.some((r) => r.status === 'failed' || r.status === 'unknown')) return 1;
  return results.some((r) => r.status === 'refused') ? 2 : 0;
}

function line(rt: Runtime, r: PublishResult, c: Awaited<ReturnType<typeof commandEnv>>['c']): void {
  if (rt.opts.json || rt.opts.quiet) return;
  const head = `update ${r.update} → ${r.destination}`;
  const text =
    r.status === 'published'
      ? `${c.green('published')} ${head}: ${r.url ?? r.remoteId}`
      : r.status === 'already-published'
        ? `already published ${head}: ${r.url ?? r.remoteId}`
        : `${c.red(r.status)} ${head}: ${r.reason}`;
  rt.stderr.write(redact(text) + '\n');
}

function alreadyResult(i: PlanItem): PublishResult {
  return {
    update: i.post.update,
    channel: i.destination.channel,
    destination: i.destination.id,
    status: 'already-published',
    url: i.done?.url,
    remoteId: i.done?.remoteId,
  };
}

function refusedResult(i: PlanItem): PublishResult {
  return {
    update: i.post.update,
    channel: i.destination.channel,
    destination: i.destination.id,
    status: 'refused',
    reason: i.refusal,
  };
}

function firstLine(i: PlanItem): string {
  const t = i.post.title ?? i.post.text.split('\n')[0] ?? '';
  return JSON.stringify(t.length > 70 ? `${t.slice(0, 69)}…` : t);
}

function dryRun(rt: Runtime, items: PlanItem[], ledger: Ledger): number {
  const planned = items.map((i) => ({
    update: i.post.update,
    destination: i.destination.id,
    channel: i.destination.channel,
    status: i.refusal ? 'refused' : i.done ? 'already-published' : 'would-send',
    ...(i.refusal ? { reason: i.refusal } : {}),
    ...(i.done ? { url: i.done.url } : {}),
    requests: i.refusal || i.done ? [] : showItem(i, ledger),
  }));
  if (rt.opts.json) printJson(rt, { dryRun: true, posts: planned });
  else {
    const out: string[] = ['Dry run: nothing is sent.'];
    for (const p of planned) {
      out.push(
        '',
        `# update ${p.update} → ${p.destination}: ${p.status}${p.reason ? ` (${p.reason})` : ''}${p.url ? ` ${p.url}` : ''}`,
      );
      for (const r of p.requests) {
        out.push(`${r.method} ${r.url}`);
        for (const [k, v] of Object.entries(r.headers)) out.push(`${k}: ${v}`);
        if (r.body !== undefined) out.push('', JSON.stringify(redactDeep(r.body), null, 2));
      }
    }
    rt.stdout.write(redact(out.join('\n')) + '\n');
  }
  return planned.some((p) => p.status === 'refused') ? 2 : 0;
}

/** A bundle, or an incident folder (every update in it, in order). */
async function readBundles(
  given: string,
  cwd: string,
  warn: (l: string) => void,
): Promise<{ incidentDir: string; bundles: PublishBundle[] }> {
  const abs = resolve(cwd, given);
  const isBundle = await stat(join(abs, 'draft.json')).then(
    () => true,
    () => basename(abs) === 'draft.json',
  );
  if (isBundle) {
    const b = await readPublishBundle(given, cwd, warn);
    return { incidentDir: dirname(b.dir), bundles: [b] };
  }
  const names = await readdir(abs).catch(() => {
    throw new UsageError(`${given}: no such bundle or incident folder`);
  });
  const updates = [];
  for (const n of names.filter((x) => /^\d{3}-[a-z]+$/.test(x)).sort())
    if (
      await stat(join(abs, n, 'draft.json')).then(
        () => true,
        () => false,
      )
    )
      updates.push(await readPublishBundle(join(abs, n), cwd, warn));
  if (!updates.length)
    throw new UsageError(`${given}: neither a bundle (no draft.json) nor an incident folder (no NNN-phase updates)`);
  return { incidentDir: abs, bundles: updates };
}
