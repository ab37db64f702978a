import type { ClauseHistory, OutlineEntry, PolicyDiff } from '@policyops/contracts';

export type ClauseChange = ClauseHistory['history'][number]['change'];
export type ClauseHistoryEntry = ClauseHistory['history'][number];
export type DiffPart = PolicyDiff['parts'][number];

/** How each change is named in the history (the API's "changed" reads as "Reworded"). */
export const CHANGE_LABELS: Record<ClauseChange, string> = {
  added: 'Added',
  changed: 'Reworded',
  unchanged: 'Unchanged',
  removed: 'Removed',
  absent: 'Not in this version',
};

const NUMBER_QUERY = /^§?\s*(\d+(?:\.\d*)?)$/;

function matcher(query: string): ((entry: OutlineEntry) => boolean) | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const number = NUMBER_QUERY.exec(q)?.[1];
  if (number) {
    const prefix = number.endsWith('.') ? number : `${number}.`;
    return (entry) => entry.number === number || entry.number.startsWith(prefix);
  }
  const tokens = q.split(/\s+/);
  return (entry) => {
    const haystack = `${entry.number} ${tidyTitle(entry.title)}`.toLowerCase();
    return tokens.every((token) => haystack.includes(token));
  };
}

/**
 * The outline entries matching what the user typed: a number ("3", "3.2", "§3.2") picks that
 * section or clause, words pick entries containing all of them. A matching section brings all
 * its clauses; a matching clause brings its section as a heading, so numbers stay readable.
 */
export function filterOutline(entries: OutlineEntry[], query: string): OutlineEntry[] {
  const matches = matcher(query);
  if (!matches) return entries;
  const out: OutlineEntry[] = [];
  let section: OutlineEntry | null = null;
  let sectionMatched = false;
  let sectionShown = false;
  for (const entry of entries) {
    if (entry.kind === 'section') {
      section = entry;
      sectionMatched = matches(entry);
      sectionShown = sectionMatched;
      if (sectionMatched) out.push(entry);
      continue;
    }
    if (!sectionMatched && !matches(entry)) continue;
    if (section && !sectionShown) {
      out.push(section);
      sectionShown = true;
    }
    out.push(entry);
  }
  return out;
}

/** "12 sections, 48 clauses" for the outline's summary line. */
export function outlineSummary(entries: OutlineEntry[]): string {
  const sections = entries.filter((e) => e.kind === 'section').length;
  const clauses = entries.length - sections;
  const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(sections, 'section')}, ${plural(clauses, 'clause')}`;
}

/** The page's address with `?clause=<anchorId>` (replacing any other), for links that open the clause. */
export function clauseLink(href: string, anchorId: string): string {
  const url = new URL(href);
  url.searchParams.set('clause', anchorId);
  url.hash = '';
  return url.toString();
}

/** An outline title as the server sends it ("Slur : a term", from `**Slur**: a term`) made tidy. */
export function tidyTitle(title: string): string {
  return title.replace(/\s+([:;,.!?])/g, '$1');
}

/** Clause text for reading: Markdown emphasis and inline links reduced to their words. */
export function plainClauseText(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/(^|[^[])\[([^\][]+)\]\([^)\s]*\)/g, '$1$2');
}

export interface TimelineEntry extends ClauseHistoryEntry {
  /** The number in the version before, when the clause was renumbered. */
  renumberedFrom: string | null;
  /** The text of the version before, for entries whose wording changed. */
  previousText: string | null;
}

/**
 * The history newest first, each entry knowing what came before it: the previous number (to
 * say "renumbered from §3.6") and the previous wording (to show what was reworded).
 */
export function clauseTimeline(history: ClauseHistoryEntry[]): TimelineEntry[] {
  let previous: ClauseHistoryEntry | null = null;
  const out: TimelineEntry[] = [];
  for (const entry of history) {
    const renumbered = entry.number !== null && previous?.number != null && previous.number !== entry.number;
    out.push({
      ...entry,
      renumberedFrom: renumbered ? previous!.number : null,
      previousText: entry.change === 'changed' ? (previous?.text ?? null) : null,
    });
    previous = entry;
  }
  return out.reverse();
}

/** "In 3 of 4 versions, reworded twice" for the drawer's summary line. */
export function historySummary(history: ClauseHistoryEntry[]): string {
  const present = history.filter((h) => h.text !== null).length;
  const reworded = history.filter((h) => h.change === 'changed').length;
  const times = reworded === 1 ? 'once' : reworded === 2 ? 'twice' : `${reworded} times`;
  const versions = `In ${present} of ${history.length} version${history.length === 1 ? '' : 's'}`;
  return reworded === 0 ? `${versions}, never reworded` : `${versions}, reworded ${times}`;
}

const MAX_DIFF_CELLS = 250_000;
/** Words, runs of spaces, and each punctuation mark on its own (so "to." and "to," share "to"). */
const TOKENS = /\s+|[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}'’-]/gu;

/**
 * A word-level difference of two short texts (longest common subsequence of words), shaped
 * like the server's diff parts so that `DiffInline` can show it. Each run of changes becomes
 * one removal followed by one addition. Null when the texts are too long to compare here.
 */
export function wordDiff(before: string, after: string): DiffPart[] | null {
  const a = before.match(TOKENS) ?? [];
  const b = after.match(TOKENS) ?? [];
  if ((a.length + 1) * (b.length + 1) > MAX_DIFF_CELLS) return null;
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  type Op = { value: string; kind: 'same' | 'added' | 'removed' };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ value: a[i]!, kind: 'same' });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!))
      ops.push({ value: b[j++]!, kind: 'added' });
    else ops.push({ value: a[i++]!, kind: 'removed' });
  }
  // Spaces kept between two changes belong to the change: "-old words +new words", not a patchwork.
  for (let k = 1; k < ops.length - 1; k++) {
    const op = ops[k]!;
    if (op.kind === 'same' && !op.value.trim() && ops[k - 1]!.kind !== 'same' && ops[k + 1]!.kind !== 'same') {
      op.kind = 'removed';
      ops.splice(k + 1, 0, { value: op.value, kind: 'added' });
      k++;
    }
  }
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) parts.push({ value: removed, added: false, removed: true });
    if (added) parts.push({ value: added, added: true, removed: false });
    removed = '';
    added = '';
  };
  for (const op of ops) {
    if (op.kind === 'removed') removed += op.value;
    else if (op.kind === 'added') added += op.value;
    else {
      flush();
      const last = parts.at(-1);
      if (last && !last.added && !last.removed) last.value += op.value;
      else parts.push({ value: op.value, added: false, removed: false });
    }
  }
  flush();
  return parts;
}
