// A bundle as publishing reads it: the manifest, each channel's publishable text (its file, as edited), its approvals.
import { readFile } from '../platform/files.js';
import { basename, join } from 'node:path';
import type { BundleManifest } from '../model/bundle.js';
import { readBundle } from '../bundle/read.js';
import { APPROVALS_FILE, parseApprovals, textHash, type ApprovalRecord } from './approval.js';

export interface ChannelText {
  channel: string;
  file: string;
  title?: string;
  text: string;
  hash: string;
}

export interface PublishBundle {
  dir: string;
  manifest: BundleManifest;
  texts: ChannelText[];
  approvals: ApprovalRecord[];
}

/**
 * A channel's text as it will go out: its file (the operator may have edited it). statuspage.md holds "# title" and
 * then the body.
 */
export function channelText(channel: string, file: string, raw: string, fallbackTitle?: string): ChannelText {
  const norm = raw.replace(/\r\n?/g, '\n');
  let title: string | undefined;
  let text = norm.trim();
  if (channel === 'statuspage') {
    const m = /^#[ \t]+([^\n]*)\n?([\s\S]*)$/.exec(text);
    if (m) {
      title = m[1]!.trim();
      text = m[2]!.trim();
    } else title = fallbackTitle;
  }
  return { channel, file, title, text, hash: textHash(channel, title, text) };
}

export async function readPublishBundle(
  given: string,
  cwd: string,
  warn: (line: string) => void,
): Promise<PublishBundle> {
  const { dir, manifest } = await readBundle(given, cwd, warn);
  const texts: ChannelText[] = [];
  for (const d of manifest.drafts) {
    if (!d.file || d.file !== basename(d.file)) continue;
    const raw = await readFile(join(dir, d.file), 'utf8').catch(() => undefined);
    texts.push(
      raw === undefined
        ? { channel: d.channel, file: d.file, title: d.title, text: d.text, hash: textHash(d.channel, d.title, d.text) }
        : channelText(d.channel, d.file, raw, d.title),
    );
  }
  return { dir, manifest, texts, approvals: await readApprovals(dir) };
}

export async function readApprovals(dir: string): Promise<ApprovalRecord[]> {
  const text = await readFile(join(dir, APPROVALS_FILE), 'utf8').catch(() => '');
  return parseApprovals(text);
}
