import type { ClauseHistory, OutlineEntry, WordChange } from '@policyops/contracts';

export type ClauseChange = ClauseHistory['history'][number]['change'];
export type ClauseHistoryEntry = ClauseHistory['history'][number];

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

/** A clause history's changes (added/removed flags) as the redline's word changes. */
export function wordChangesOf(parts: NonNullable<ClauseHistoryEntry['changes']>): WordChange[] {
  return parts.map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }));
}

export interface TimelineEntry extends ClauseHistoryEntry {
  /** The number in the version before, when the clause was renumbered. */
  renumberedFrom: string | null;
}

/**
 * The history newest first, each entry knowing the number it had before (to say "renumbered from
 * §3.6"). What a rewording changed comes from the server (`changes`), not from a diff here.
 */
export function clauseTimeline(history: ClauseHistoryEntry[]): TimelineEntry[] {
  let previous: ClauseHistoryEntry | null = null;
  const out: TimelineEntry[] = [];
  for (const entry of history) {
    const renumbered = entry.number !== null && previous?.number != null && previous.number !== entry.number;
    out.push({ ...entry, renumberedFrom: renumbered ? previous!.number : null });
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
