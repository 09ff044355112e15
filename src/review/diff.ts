// Word-level diff between two drafts: the `diff` package's array diff over word, space and punctuation tokens; pure.
import { diffArrays } from 'diff';

export type DiffKind = 'same' | 'del' | 'ins';
export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/**
 * URLs, words (apostrophes inside words kept), numbers with their separators (06:50, 4.7), runs of whitespace, and
 * single other characters.
 */
export function tokenize(text: string): string[] {
  return (
    text.match(
      /https?:\/\/[^\s]*[^\s.,;:!?)\]]|\s+|\p{N}+(?:[:.,]\p{N}+)+|[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)*|[^\s\p{L}\p{N}_]/gu,
    ) ?? []
  );
}

/**
 * Beyond this many edits the texts are unrelated: one deletion and one insertion
 * says that more clearly than a confetti of small changes, and bounds the work.
 */
export const MAX_EDITS = 1500;

/** The parts that turn `before` into `after`, in order; adjacent parts of one kind are merged. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const middle = changedRuns(a.slice(start, endA), b.slice(start, endB));
  if (middle) for (const p of middle) push(parts, p.kind, p.text);
  else {
    push(parts, 'del', a.slice(start, endA).join(''));
    push(parts, 'ins', b.slice(start, endB).join(''));
  }
  push(parts, 'same', a.slice(endA).join(''));
  return absorbLoneSpaces(parts);
}

/** True when the two texts differ only in whitespace. */
export function sameWording(before: string, after: string): boolean {
  return before.trim().split(/\s+/).join(' ') === after.trim().split(/\s+/).join(' ');
}

function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * The token diff as parts, each changed run ordered as all its deletions then all its insertions (so
 * "del ins del ins" reads as "del ins"); undefined when it takes more than MAX_EDITS edits.
 */
function changedRuns(a: string[], b: string[]): DiffPart[] | undefined {
  if (!a.length || !b.length)
    return [
      { kind: 'del', text: a.join('') },
      { kind: 'ins', text: b.join('') },
    ];
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDITS });
  if (!changes) return undefined;
  const merged: DiffPart[] = [];
  let del = '';
  let ins = '';
  for (const c of changes) {
    if (c.removed) del += c.value.join('');
    else if (c.added) ins += c.value.join('');
    else {
      push(merged, 'del', del);
      push(merged, 'ins', ins);
      del = ins = '';
      push(merged, 'same', c.value.join(''));
    }
  }
  push(merged, 'del', del);
  push(merged, 'ins', ins);
  return merged;
}

/**
 * A lone space kept between two changed runs ("~~is returning~~ ~~errors~~") splits one
 * change into two for the reader; fold it into both sides so the change reads whole.
 */
function absorbLoneSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (p.kind === 'same' && /^\s+$/.test(p.text) && prev && prev.kind !== 'same' && next && next.kind !== 'same') {
      let back = out.length;
      while (back > 0 && out[back - 1]!.kind !== 'same') back--;
      let j = i + 1;
      while (j < parts.length && parts[j]!.kind !== 'same') j++;
      const run = [
        ...out.slice(back),
        { kind: 'del' as const, text: p.text },
        { kind: 'ins' as const, text: p.text },
        ...parts.slice(i + 1, j),
      ];
      // Each side keeps the space inside its change; only worth it when both sides really changed.
      const del = run
        .filter((q) => q.kind === 'del')
        .map((q) => q.text)
        .join('');
      const ins = run
        .filter((q) => q.kind === 'ins')
        .map((q) => q.text)
        .join('');
      if (del.trim() && ins.trim()) {
        out.length = back;
        out.push({ kind: 'del', text: del }, { kind: 'ins', text: ins });
        i = j - 1;
        continue;
      }
    }
    out.push({ ...p });
  }
  return out;
}

/** The text before the change (same + del) and after it (same + ins): what each side shows. */
export function sides(parts: DiffPart[]): { before: DiffPart[]; after: DiffPart[] } {
  return { before: parts.filter((p) => p.kind !== 'ins'), after: parts.filter((p) => p.kind !== 'del') };
}
