// Approval records: who approved which exact text of which channel, and whether an approval still holds. Pure.
import { createHash } from 'node:crypto';
import type { Finding } from '../model/bundle.js';
import { parseJsonLines } from './jsonl.js';

export const APPROVALS_FILE = 'approvals.jsonl';
export const APPROVAL_SCHEMA = 'layerpost.approval/v1';

export interface ApprovalRecord {
  schema: typeof APPROVAL_SCHEMA;
  incident: string;
  update: number;
  channel: string;
  /** sha256 of the exact title and text approved. */
  hash: string;
  approver: string;
  at: string;
  /** Who drafted the update, as the bundle records it. */
  draftedBy?: string;
  /** The warnings the approver read and accepted, as "rule: message". */
  acceptedWarnings: string[];
}

/** The hash of a channel's exact publishable text: any edit of title or text changes it. */
export function textHash(channel: string, title: string | undefined, text: string): string {
  return createHash('sha256')
    .update(JSON.stringify([channel, title ?? '', text]))
    .digest('hex');
}

/** The findings that concern a channel: its own, and those of the whole update. */
export function findingsFor(findings: readonly Finding[], channel: string): { errors: Finding[]; warnings: Finding[] } {
  const mine = findings.filter((f) => !f.channel || f.channel === channel);
  return { errors: mine.filter((f) => f.severity === 'error'), warnings: mine.filter((f) => f.severity === 'warning') };
}

export type ApprovalMode = 'one-person' | 'two-person';

/** Why an approval may not be recorded (two-person: the drafter approving their own update), or undefined. */
export function approveRefusal(
  mode: ApprovalMode,
  approver: string,
  draftedBy: string | undefined,
): string | undefined {
  if (mode !== 'two-person') return undefined;
  if (!draftedBy)
    return 'publish.approval is two-person, but this bundle does not record who drafted it; draft it again with this version';
  if (sameName(approver, draftedBy))
    return `publish.approval is two-person and ${approver} drafted this update; someone else approves it`;
  return undefined;
}

export type ApprovalState =
  | { state: 'approved'; record: ApprovalRecord }
  | { state: 'unapproved' }
  | { state: 'stale'; record: ApprovalRecord }
  | { state: 'not-allowed'; record: ApprovalRecord; reason: string };

/** The state of a channel's approval for the text as it is now: the channel's latest record decides. */
export function approvalState(
  records: readonly ApprovalRecord[],
  channel: string,
  hash: string,
  mode: ApprovalMode,
): ApprovalState {
  const record = [...records].reverse().find((r) => r.channel === channel);
  if (!record) return { state: 'unapproved' };
  if (record.hash !== hash) return { state: 'stale', record };
  const refusal = approveRefusal(mode, record.approver, record.draftedBy);
  if (refusal) return { state: 'not-allowed', record, reason: refusal };
  return { state: 'approved', record };
}

/** Why a channel's draft may (or may not) go, in one line; `bundle` names the folder in the command to run. */
export function describeApproval(s: ApprovalState, channel: string, bundle = 'BUNDLE'): string {
  switch (s.state) {
    case 'approved':
      return `the ${channel} draft is approved by ${s.record.approver} at ${s.record.at}`;
    case 'unapproved':
      return `the ${channel} draft is not approved; run \`layerpost approve ${bundle} --channels ${channel}\``;
    case 'stale':
      return `the ${channel} draft changed after ${s.record.approver} approved it at ${s.record.at}; the approval is stale, approve it again`;
    case 'not-allowed':
      return `the ${channel} draft: ${s.reason}`;
  }
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Parse approvals.jsonl; a torn last line (a killed writer) is skipped, other bad lines too. */
export function parseApprovals(text: string): ApprovalRecord[] {
  return parseJsonLines(text, (v): v is ApprovalRecord => {
    const r = v as ApprovalRecord | null;
    return (
      !!r &&
      r.schema === APPROVAL_SCHEMA &&
      typeof r.channel === 'string' &&
      typeof r.hash === 'string' &&
      typeof r.approver === 'string'
    );
  });
}
