import type { RedlineClause, RedlineSection, RedlineSide, RedlineSummary, WordChange } from '@policyops/contracts';
import type { BlockForm } from '../../markdown/blocks.js';
import { markdownWordChanges } from './policy-diff.js';
import {
  alignDocuments,
  keptInOrder,
  redlineDocument,
  type RedlineClauseUnit,
  type RedlineDocument,
  type RedlineSectionUnit,
  type RedlineVersionText,
} from './policy-redline-align.js';

/**
 * The clause-aware redline of two versions (pure): sections and clauses aligned first
 * (`policy-redline-align.ts`), then the words of each aligned, reworded clause compared with the
 * bounded word diff. Bounded in time and memory: past a bound it compares more coarsely and says so.
 */

export interface RedlineLimits {
  /** Blocks a side may have for clauses to be matched by similar wording. */
  maxBlocks: number;
  /** Characters of reworded clauses compared word by word, in all; the rest are shown whole. */
  wordBudget: number;
  /** Milliseconds after which the remaining reworded clauses are shown whole. */
  deadlineMs: number;
}

export const REDLINE_LIMITS: RedlineLimits = { maxBlocks: 5_000, wordBudget: 1_000_000, deadlineMs: 3_000 };

export interface RedlineResult {
  summary: RedlineSummary;
  sections: RedlineSection[];
  coarse: boolean;
  coarseReason: string | null;
}

function prefixOf(form: BlockForm): string {
  if (form.type === 'heading') return `${'#'.repeat(form.depth)} `;
  return form.type === 'item' ? form.marker : '';
}

function sideOf(unit: RedlineClauseUnit): RedlineSide {
  return {
    number: unit.block.number,
    anchorId: unit.anchorId,
    markdown: unit.block.markdown,
    prefix: prefixOf(unit.block.form),
  };
}

function headingOf(section: RedlineSectionUnit) {
  const markdown = section.block?.markdown ?? section.title?.markdown ?? '';
  const title = section.block?.title ?? section.title?.text ?? '';
  return { number: section.number, anchorId: section.anchorId, markdown, prefix: '', title };
}

const inlineOf = (form: BlockForm) => (form.type === 'whole' ? null : form.inline);

/** Word diffs under one budget and deadline for the whole redline. */
class WordDiffer {
  private spent = 0;
  private readonly deadline: number;
  reason: string | null = null;

  constructor(private readonly limits: RedlineLimits) {
    this.deadline = performance.now() + limits.deadlineMs;
  }

  changes(from: BlockForm, to: BlockForm, size: number): WordChange[] | null {
    const a = inlineOf(from);
    const b = inlineOf(to);
    if (!a || !b) return null;
    if (this.spent + size > this.limits.wordBudget) {
      this.reason ??= `More than ${this.limits.wordBudget.toLocaleString('en')} characters of reworded clauses: the rest are shown removed and added, not word by word`;
      return null;
    }
    if (performance.now() > this.deadline) {
      this.reason ??= `The word comparison took longer than ${this.limits.deadlineMs / 1000} s: the remaining reworded clauses are shown removed and added`;
      return null;
    }
    this.spent += size;
    return markdownWordChanges(a, b);
  }
}

interface Context {
  from: RedlineDocument;
  to: RedlineDocument;
  clausePairs: Map<number, number>;
  sectionPairs: Map<number, number>;
  fromClauseTo: Map<number, number>;
  differ: WordDiffer;
}

function pairedClause(
  ctx: Context,
  i: number,
  sectionFrom: number | undefined,
  movedWithin: Set<number>,
): RedlineClause {
  const to = ctx.to.clauses[i]!;
  const j = ctx.clausePairs.get(i);
  if (j === undefined)
    return {
      status: 'added',
      reworded: false,
      from: null,
      to: sideOf(to),
      movedFrom: null,
      comparison: 'none',
      wordChanges: null,
    };
  const from = ctx.from.clauses[j]!;
  const reworded = from.block.text !== to.block.text;
  const otherSection = from.section !== sectionFrom;
  const moved = otherSection || movedWithin.has(i);
  const renumbered = from.block.number !== to.block.number;
  const changes = reworded
    ? ctx.differ.changes(from.block.form, to.block.form, from.block.text.length + to.block.text.length)
    : null;
  return {
    status: moved ? 'moved' : renumbered ? 'renumbered' : reworded ? 'reworded' : 'unchanged',
    reworded,
    from: sideOf(from),
    to: sideOf(to),
    movedFrom: otherSection ? ctx.from.sections[from.section]!.number : null,
    comparison: !reworded ? 'none' : changes ? 'words' : 'whole',
    wordChanges: changes,
  };
}

const removedClause = (unit: RedlineClauseUnit): RedlineClause => ({
  status: 'removed',
  reworded: false,
  from: sideOf(unit),
  to: null,
  movedFrom: null,
  comparison: 'none',
  wordChanges: null,
});

/** The clauses of one section (either side may be missing): the newer order, removed ones where they stood. */
function sectionClauses(ctx: Context, fromIndex: number | undefined, toIndex: number | undefined) {
  const fromSection = fromIndex === undefined ? null : ctx.from.sections[fromIndex]!;
  const toClauses = toIndex === undefined ? [] : ctx.to.sections[toIndex]!.clauses;
  const sameSection = toClauses.filter((i) => {
    const j = ctx.clausePairs.get(i);
    return j !== undefined && ctx.from.clauses[j]!.section === fromIndex;
  });
  const kept = keptInOrder(sameSection.map((i) => ctx.clausePairs.get(i)!));
  const movedWithin = new Set(sameSection.filter((_, k) => !kept.has(k)));
  const entries: RedlineClause[][] = [[], ...toClauses.map(() => [] as RedlineClause[])];
  const movedOut: { from: string; to: string }[] = [];
  const positionInTo = new Map(toClauses.map((i, k) => [i, k + 1]));
  let after = 0;
  for (const j of fromSection?.clauses ?? []) {
    const i = ctx.fromClauseTo.get(j);
    if (i === undefined) entries[after]!.push(removedClause(ctx.from.clauses[j]!));
    else if (positionInTo.has(i)) after = positionInTo.get(i)!;
    else movedOut.push({ from: ctx.from.clauses[j]!.block.number, to: ctx.to.clauses[i]!.block.number });
  }
  const clauses = [...entries[0]!];
  toClauses.forEach((i, k) => clauses.push(pairedClause(ctx, i, fromIndex, movedWithin), ...entries[k + 1]!));
  return { clauses, movedOut };
}

function section(
  ctx: Context,
  fromIndex: number | undefined,
  toIndex: number | undefined,
  moved: boolean,
): RedlineSection {
  const from = fromIndex === undefined ? null : ctx.from.sections[fromIndex]!;
  const to = toIndex === undefined ? null : ctx.to.sections[toIndex]!;
  const { clauses, movedOut } = sectionClauses(ctx, fromIndex, toIndex);
  const fromHeading = from ? headingOf(from) : null;
  const toHeading = to ? headingOf(to) : null;
  const fromText = from?.block?.text ?? from?.title?.text ?? '';
  const toText = to?.block?.text ?? to?.title?.text ?? '';
  const renamed = Boolean(from && to && fromText !== toText);
  const fromInline =
    from?.block?.form ?? (from?.title ? { type: 'paragraph' as const, inline: from.title.inline } : null);
  const toInline = to?.block?.form ?? (to?.title ? { type: 'paragraph' as const, inline: to.title.inline } : null);
  const headingChanges =
    renamed && fromInline && toInline
      ? ctx.differ.changes(fromInline, toInline, fromText.length + toText.length)
      : null;
  const changed =
    renamed || movedOut.length > 0 || clauses.some((c) => c.status !== 'unchanged' && c.status !== 'renumbered');
  return {
    status: !from ? 'added' : !to ? 'removed' : changed ? 'changed' : 'unchanged',
    renumbered: Boolean(from && to && from.number !== to.number),
    renamed,
    moved,
    from: fromHeading,
    to: toHeading,
    headingChanges,
    clauses,
    movedOut,
  };
}

function summarise(sections: RedlineSection[]): RedlineSummary {
  const clauses = sections.flatMap((s) => s.clauses);
  const count = (status: RedlineClause['status']) => clauses.filter((c) => c.status === status).length;
  const sectionCount = (status: RedlineSection['status']) => sections.filter((s) => s.status === status).length;
  return {
    reworded: clauses.filter((c) => c.reworded).length,
    added: count('added'),
    removed: count('removed'),
    moved: count('moved'),
    renumbered: count('renumbered'),
    unchanged: count('unchanged'),
    sections: {
      unchanged: sectionCount('unchanged'),
      changed: sectionCount('changed'),
      added: sectionCount('added'),
      removed: sectionCount('removed'),
    },
  };
}

/** The redline of two versions' texts with their stored anchors. Throws nothing. */
export function computeRedline(
  fromVersion: RedlineVersionText,
  toVersion: RedlineVersionText,
  limits: RedlineLimits = REDLINE_LIMITS,
): RedlineResult {
  const from = redlineDocument(fromVersion);
  const to = redlineDocument(toVersion);
  const reasons: string[] = [];
  const large = Math.max(from.clauses.length, to.clauses.length) > limits.maxBlocks;
  if (large)
    reasons.push(
      `The versions have ${from.clauses.length.toLocaleString('en')} and ${to.clauses.length.toLocaleString('en')} clauses (more than ${limits.maxBlocks.toLocaleString('en')}): clauses were matched by anchor and identical wording only, not by similar wording`,
    );
  const alignment = alignDocuments(from, to, !large);
  if (alignment.similarityExhausted)
    reasons.push('Matching reworded clauses by similar wording reached its budget: some are shown removed and added');
  const ctx: Context = {
    from,
    to,
    clausePairs: alignment.clauses,
    sectionPairs: alignment.sections,
    fromClauseTo: new Map([...alignment.clauses].map(([i, j]) => [j, i])),
    differ: new WordDiffer(limits),
  };
  const fromSectionTo = new Map([...alignment.sections].map(([i, j]) => [j, i]));
  const pairedTo = to.sections.map((_, i) => i).filter((i) => alignment.sections.has(i));
  const inOrder = keptInOrder(pairedTo.map((i) => alignment.sections.get(i)!));
  const movedSections = new Set(pairedTo.filter((_, k) => !inOrder.has(k)));
  // Removed sections go after the newer section that continues the older one before them.
  const removedAfter = new Map<number, number[]>();
  let anchor = 0;
  from.sections.forEach((_, j) => {
    const i = fromSectionTo.get(j);
    if (i === undefined) removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), j]);
    else if (!movedSections.has(i)) anchor = i;
  });
  const sections: RedlineSection[] = [];
  to.sections.forEach((_, i) => {
    sections.push(section(ctx, alignment.sections.get(i), i, movedSections.has(i)));
    for (const j of removedAfter.get(i) ?? []) sections.push(section(ctx, j, undefined, false));
  });
  const [preamble] = sections;
  if (preamble && preamble.clauses.length === 0 && !preamble.renamed && preamble.movedOut.length === 0)
    sections.shift();
  if (ctx.differ.reason) reasons.push(ctx.differ.reason);
  return {
    summary: summarise(sections),
    sections,
    coarse: reasons.length > 0,
    coarseReason: reasons.length > 0 ? reasons.join('. ') : null,
  };
}
