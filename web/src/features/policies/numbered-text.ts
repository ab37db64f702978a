import type { OutlineEntry } from '@policyops/contracts';

/** A piece of a policy text: a numbered section or clause, or the text between them (a title, a rule). */
export type TextSegment = { kind: 'block'; entry: OutlineEntry; markdown: string } | { kind: 'gap'; markdown: string };

/**
 * The text cut where the server's outline says each numbered block is, so each can be shown with
 * the number citations use. The numbering is the server's (the web never decides what a clause is);
 * entries without a known place, or overlapping one already placed, are left in the text between.
 */
export function numberedSegments(body: string, entries: OutlineEntry[]): TextSegment[] {
  const placed = entries
    .filter((e): e is OutlineEntry & { start: number; end: number } => e.start !== null && e.end !== null)
    .filter((e) => e.start >= 0 && e.end <= body.length && e.start < e.end)
    .sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const entry of placed) {
    if (entry.start < cursor) continue;
    const gap = body.slice(cursor, entry.start);
    if (gap.trim()) segments.push({ kind: 'gap', markdown: gap });
    segments.push({ kind: 'block', entry, markdown: body.slice(entry.start, entry.end) });
    cursor = entry.end;
  }
  const rest = body.slice(cursor);
  if (rest.trim()) segments.push({ kind: 'gap', markdown: rest });
  return segments;
}

/** The outline entry a `?clause=` value or `#c-…` hash names: an anchor id, or a number in this version. */
export function entryFor(entries: OutlineEntry[], ref: string | null | undefined): OutlineEntry | undefined {
  if (!ref) return undefined;
  const value = ref.replace(/^#/, '').replace(/^§\s*/, '');
  return entries.find((e) => e.anchorId === value) ?? entries.find((e) => e.number === value);
}
