// The publishing records (approvals.jsonl, publish-ledger.jsonl) are append-only JSON lines: a line torn by a killed
// writer, or one that is not a record of the kind asked for, is skipped (pure).

export function parseJsonLines<T>(text: string, isRecord: (value: unknown) => value is T): T[] {
  const out: T[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (isRecord(value)) out.push(value);
  }
  return out;
}
