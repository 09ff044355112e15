// `layerpost approve BUNDLE [--channels LIST] [--as NAME]`: record who approved which exact text, per channel.
import { appendFile } from '../platform/files.js';
import { join } from 'node:path';
import { UsageError } from '../platform/errors.js';
import {
  APPROVAL_SCHEMA,
  APPROVALS_FILE,
  approveRefusal,
  findingsFor,
  type ApprovalRecord,
} from '../publish/approval.js';
import { readPublishBundle, type ChannelText, type PublishBundle } from '../publish/bundle.js';
import type { Finding } from '../model/bundle.js';
import { CHANNELS, isChannelId } from '../drafts/channels/index.js';
import { unknownNames } from '../text/suggest.js';
import { whoAmI } from '../publish/identity.js';
import { printJson, type Runtime } from '../platform/runtime.js';
import { commandEnv } from './env.js';
import { readFlags } from './flags.js';
import { refreshReviewPage } from '../publish/state.js';

interface Row {
  channel: string;
  status: 'approved' | 'already-approved' | 'refused';
  hash?: string;
  approver?: string;
  acceptedWarnings?: string[];
  reason?: string;
}

export interface ApproveOptions {
  channels?: string[];
  as?: string;
}

/** commander's parsed flags as approve's typed options. */
export function approveOptions(opts: Record<string, unknown>): ApproveOptions {
  const f = readFlags(opts);
  return { channels: f.list('channels'), as: f.text('as') };
}

export async function run(rt: Runtime, flags: Record<string, unknown>, args: string[]): Promise<number> {
  const o = approveOptions(flags);
  const given = args[0];
  if (!given) throw new UsageError('approve: missing the bundle directory (layerpost approve BUNDLE)');
  const { config, log, c } = await commandEnv(rt);
  const b = await readPublishBundle(given, rt.cwd, (l) => log.warn(l));
  const all = b.texts.map((t) => t.channel);
  const wanted = o.channels ?? all;
  const unknown = wanted.filter((ch) => !all.includes(ch));
  if (unknown.length)
    throw new UsageError(
      `--channels: ${unknownNames('channel', unknown, all)}: this bundle has drafts for ${all.join(', ')}`,
    );

  const approver = await whoAmI(rt.cwd, o.as);
  const mode = config.raw.publish?.approval ?? 'one-person';
  const refusal = approveRefusal(mode, approver, b.manifest.draftedBy);
  if (refusal) throw new UsageError(`approve: ${refusal}`);

  const rows: Row[] = [];
  const now = rt.now().toISOString();
  for (const channel of wanted) {
    const t = b.texts.find((x) => x.channel === channel)!;
    const { errors, warnings } = findingsFor(editedLength(b, t, config.channels.mastodonLimit), channel);
    if (errors.length) {
      rows.push({
        channel,
        status: 'refused',
        reason: `an error-level finding: ${errors.map((e) => `${e.rule}: ${e.message}`).join('; ')}; fix the draft first`,
      });
      continue;
    }
    const latest = [...b.approvals].reverse().find((r) => r.channel === channel);
    const acceptedWarnings = warnings.map((w) => `${w.rule}: ${w.message}`);
    if (latest && latest.hash === t.hash && latest.approver === approver) {
      rows.push({
        channel,
        status: 'already-approved',
        hash: t.hash,
        approver,
        acceptedWarnings: latest.acceptedWarnings,
      });
      continue;
    }
    const record: ApprovalRecord = {
      schema: APPROVAL_SCHEMA,
      incident: b.manifest.incident,
      update: b.manifest.update,
      channel,
      hash: t.hash,
      approver,
      at: now,
      draftedBy: b.manifest.draftedBy,
      acceptedWarnings,
    };
    // One line per approval, appended: the file is the record of every decision, never rewritten.
    await appendFile(join(b.dir, APPROVALS_FILE), JSON.stringify(record) + '\n');
    rows.push({ channel, status: 'approved', hash: t.hash, approver, acceptedWarnings });
  }
  await refreshReviewPage(b.dir, mode).catch((err: Error) =>
    log.warn(`warning: review.html not refreshed: ${err.message}`),
  );

  if (rt.opts.json) printJson(rt, { bundle: b.dir, approver, approvals: rows });
  else
    for (const r of rows) {
      if (r.status === 'refused') log.warn(`${c.red('✗')} ${r.channel}: not approved: ${r.reason}`);
      else {
        log.info(
          `${c.green('✓')} ${r.channel}: ${r.status === 'approved' ? 'approved' : 'already approved'} by ${approver} (text ${r.hash!.slice(0, 12)})`,
        );
        for (const w of r.acceptedWarnings ?? []) log.info(`    accepting warning ${w}`);
      }
    }
  return rows.some((r) => r.status === 'refused') ? 2 : 0;
}

/**
 * The findings for approving a channel's text as it is now: a file edited after drafting (shortened to fit, say) is
 * measured again, so its length finding is the edited text's, not the drafted one's. Other rules' findings stand.
 */
function editedLength(b: PublishBundle, t: ChannelText, mastodonLimit: number): Finding[] {
  const drafted = b.manifest.drafts.find((d) => d.channel === t.channel);
  if (
    !drafted ||
    !isChannelId(t.channel) ||
    (drafted.text.trim() === t.text && (drafted.title ?? undefined) === (t.title ?? undefined))
  )
    return b.manifest.findings;
  const kept = b.manifest.findings.filter((f) => !(f.rule === 'length' && f.channel === t.channel));
  const channel = CHANNELS[t.channel];
  const m = channel.measure(t.text, { mastodonLimit });
  if (!m.over) return kept;
  return [
    ...kept,
    {
      rule: 'length',
      severity: channel.softLimit ? 'warning' : 'error',
      channel: t.channel,
      message: `${t.file} as edited: ${m.reason ?? `${m.length}/${m.limit} ${m.unit}`}`,
    },
  ];
}
