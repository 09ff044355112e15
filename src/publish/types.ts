// The shapes shared by the publisher and its destinations: one post, what continues a thread, what came back.

/** One approved draft on its way to one destination. */
export interface Post {
  incident: string;
  update: number;
  phase: string;
  layer: string;
  impactLevel?: 'none' | 'minor' | 'major' | 'critical';
  /** The draft channel whose text goes (statuspage, slack, mastodon, bluesky). */
  channel: string;
  title?: string;
  text: string;
  /** sha256 of the approved title and text. */
  hash: string;
  /** "INCIDENT/UPDATE/CHANNEL": the marker a destination carries so the post can be found again. */
  draftId: string;
  /** When the text was approved (ISO): a deterministic input for keys such as Bluesky's record key. */
  approvedAt: string;
}

/** What a later update needs from the post before it (incident id, thread root, reply parent). */
export type Thread = Record<string, string>;

export interface Sent {
  remoteId: string;
  url?: string;
  thread: Thread;
}

/** Deterministic per-attempt parameters written into the ledger's intent, so a later run reads back the same post. */
export type Params = Record<string, string>;

export type Outcome =
  | { kind: 'sent'; sent: Sent }
  /** The destination refused the request: nothing was posted; a new attempt may be made. */
  | { kind: 'failed'; reason: string }
  /** It may or may not have been posted: read back before any retry. */
  | { kind: 'unknown'; reason: string }
  /** Refused for now: nothing was posted; may be sent again after the wait. */
  | { kind: 'rate-limited'; retryAfterMs: number; reason: string };

export type ReadBack = { kind: 'found'; sent: Sent } | { kind: 'absent' } | { kind: 'cannot'; reason: string };

/** A request as --dry-run shows it (secrets redacted by the printer). */
export interface ShownRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** A destination with its config resolved: the one module per destination implements this. */
export interface Destination {
  id: string;
  /** The draft channel it publishes. */
  channel: string;
  /** Parameters fixed before the first attempt (Idempotency-Key, record key, marker). */
  params(post: Post): Params;
  /** The requests a send would make, for --dry-run; `prev` absent for a first update. */
  show(post: Post, params: Params, prev: Thread | undefined): ShownRequest[];
  send(post: Post, params: Params, prev: Thread | undefined): Promise<Outcome>;
  /** Whether an attempt with these params reached the destination. */
  readBack(post: Post, params: Params, prev: Thread | undefined): Promise<ReadBack>;
  /** What to tell the operator when an unknown outcome cannot be read back. */
  checkHint: string;
}
