import { HTML_REDLINE_MARKS, redlineMarkdown, type RedlineClause, type RedlineSection } from '@policyops/contracts';

/** One place the navigator stops at: a clause (or a section heading) that changed. */
export interface RedlineStop {
  /** Element id of the stop on the page. */
  id: string;
  section: number;
  /** Index of the clause in its section; null for the section heading. */
  clause: number | null;
  /** What a screen reader hears when the navigator lands here. */
  label: string;
}

export const sectionElementId = (section: number) => `redline-s${section}`;
export const clauseElementId = (section: number, clause: number) => `redline-s${section}-c${clause}`;

/** "§3 What is not allowed", or the document title for the text before the first section. */
export function sectionTitle(section: RedlineSection): string {
  const side = section.to ?? section.from!;
  if (side.number === '0') return side.title || 'Before the first section';
  return `§${side.number} ${side.title}`;
}

/** Whether a clause is shown as a change (renumbering alone is labelled, not stopped at). */
export const isChange = (clause: RedlineClause) =>
  clause.status !== 'unchanged' && (clause.status !== 'renumbered' || clause.reworded);

const STATUS_WORDS: Record<RedlineClause['status'], string> = {
  unchanged: 'unchanged',
  reworded: 'reworded',
  added: 'added',
  removed: 'removed',
  moved: 'moved',
  renumbered: 'renumbered',
};

/** Every change in reading order: renamed, added or removed headings and changed clauses. */
export function redlineStops(sections: RedlineSection[]): RedlineStop[] {
  const stops: RedlineStop[] = [];
  sections.forEach((section, s) => {
    if (section.renamed || section.status === 'added' || section.status === 'removed')
      stops.push({
        id: sectionElementId(s),
        section: s,
        clause: null,
        label: `${sectionTitle(section)}: section ${section.status === 'changed' ? 'renamed' : section.status}`,
      });
    section.clauses.forEach((clause, c) => {
      if (!isChange(clause)) return;
      const number = clause.to?.number ?? clause.from!.number;
      const reworded = clause.reworded && clause.status !== 'reworded' ? ' and reworded' : '';
      stops.push({
        id: clauseElementId(s, c),
        section: s,
        clause: c,
        label: `§${number} ${STATUS_WORDS[clause.status]}${reworded}`,
      });
    });
  });
  return stops;
}

/** A run of items shown, or a run of quiet ones folded behind "N unchanged … · show". */
export type Fold = { kind: 'shown'; index: number } | { kind: 'folded'; indexes: number[] };

/** Folds runs of at least `minRun` quiet items (unchanged sections, unchanged clauses); keeps the rest. */
export function foldQuiet<T>(items: T[], quiet: (item: T) => boolean, minRun: number): Fold[] {
  const out: Fold[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= minRun) out.push({ kind: 'folded', indexes: run });
    else for (const index of run) out.push({ kind: 'shown', index });
    run = [];
  };
  items.forEach((item, index) => {
    if (quiet(item)) run.push(index);
    else {
      flush();
      out.push({ kind: 'shown', index });
    }
  });
  flush();
  return out;
}

/** "Renumbered 3.2 → 4.1", "Moved from §2", "Reworded": the labels beside a clause. */
export function clauseLabels(clause: RedlineClause): string[] {
  const labels: string[] = [];
  if (clause.status === 'added') labels.push('Added');
  if (clause.status === 'removed') labels.push('Removed');
  if (clause.status === 'moved')
    labels.push(
      clause.movedFrom ? `Moved from §${clause.movedFrom}` : `Moved within the section, was ${clause.from!.number}`,
    );
  if (clause.from && clause.to && clause.from.number !== clause.to.number && clause.status !== 'moved')
    labels.push(`Renumbered ${clause.from.number} → ${clause.to.number}`);
  if (clause.reworded) labels.push(clause.comparison === 'whole' ? 'Rewritten' : 'Reworded');
  return labels;
}

/** What to render for one side of a clause (or both, inline): Markdown with marks, or whole blocks. */
export type ClauseView =
  | { kind: 'text'; markdown: string }
  | { kind: 'inserted'; markdown: string }
  | { kind: 'deleted'; markdown: string }
  | { kind: 'replaced'; from: string; to: string }
  | { kind: 'none' };

export function clauseView(clause: RedlineClause, side: 'both' | 'from' | 'to'): ClauseView {
  if (clause.status === 'added')
    return side === 'from' ? { kind: 'none' } : { kind: 'inserted', markdown: clause.to!.markdown };
  if (clause.status === 'removed')
    return side === 'to' ? { kind: 'none' } : { kind: 'deleted', markdown: clause.from!.markdown };
  if (clause.comparison === 'words')
    return { kind: 'text', markdown: redlineMarkdown(clause, HTML_REDLINE_MARKS, side) };
  if (clause.comparison === 'whole') {
    if (side === 'from') return { kind: 'deleted', markdown: clause.from!.markdown };
    if (side === 'to') return { kind: 'inserted', markdown: clause.to!.markdown };
    return { kind: 'replaced', from: clause.from!.markdown, to: clause.to!.markdown };
  }
  return { kind: 'text', markdown: (side === 'from' ? clause.from : clause.to)!.markdown };
}
