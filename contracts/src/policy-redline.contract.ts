import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { PolicyVersionSummarySchema } from './policies.contract.js';

/**
 * The clause-aware redline of two versions: sections aligned first (by their stable anchors, then
 * by where their clauses came from and by heading), clauses aligned inside and across them (anchor,
 * then identical, then similar wording), and only then the words of each aligned clause compared.
 */

export const RedlineQuerySchema = z.object({
  from: IdSchema.describe('Older version id'),
  to: IdSchema.describe('Newer version id'),
});
export type RedlineQuery = z.infer<typeof RedlineQuerySchema>;

export const WordChangeSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']).describe('Kept, inserted or deleted'),
  text: z
    .string()
    .describe('Markdown of the run; any emphasis or link in it opens and closes inside it, so runs render alone'),
});
export type WordChange = z.infer<typeof WordChangeSchema>;

export const RedlineSideSchema = z.object({
  number: z.string().describe('Its number in that version: 3 for a section, 3.2 for a clause, 0 before any section'),
  anchorId: z.string().nullable().describe('Its stable anchor id, when it has one'),
  markdown: z.string().describe('The block as written in that version'),
  prefix: z.string().describe('Markdown opening the block (a list marker, heading marks); word changes follow it'),
});
export type RedlineSide = z.infer<typeof RedlineSideSchema>;

export const REDLINE_CLAUSE_STATUSES = ['unchanged', 'reworded', 'added', 'removed', 'moved', 'renumbered'] as const;

export const RedlineClauseSchema = z.object({
  status: z
    .enum(REDLINE_CLAUSE_STATUSES)
    .describe(
      'moved: from another section or out of order; renumbered: same place, new number; reworded: same number, new words',
    ),
  reworded: z.boolean().describe('Whether its words changed (a moved or renumbered clause can be reworded too)'),
  from: RedlineSideSchema.nullable().describe('In the older version; null when added'),
  to: RedlineSideSchema.nullable().describe('In the newer version; null when removed'),
  movedFrom: z
    .string()
    .nullable()
    .describe('For a clause moved from another section: that section in the older version'),
  comparison: z
    .enum(['none', 'words', 'whole'])
    .describe('none: same words; words: see wordChanges; whole: shown removed then added (tables, code, past bounds)'),
  wordChanges: z.array(WordChangeSchema).nullable().describe('When comparison is words: the runs in order'),
});
export type RedlineClause = z.infer<typeof RedlineClauseSchema>;

export const RedlineHeadingSchema = RedlineSideSchema.extend({
  title: z.string().describe('Plain text of the heading (the document title for section 0)'),
});

export const RedlineSectionSchema = z.object({
  status: z.enum(['unchanged', 'changed', 'added', 'removed']).describe('unchanged: same heading and clauses'),
  renumbered: z.boolean(),
  renamed: z.boolean().describe('Its heading was reworded'),
  moved: z.boolean().describe('It changed place among the sections'),
  from: RedlineHeadingSchema.nullable(),
  to: RedlineHeadingSchema.nullable(),
  headingChanges: z.array(WordChangeSchema).nullable().describe('Word changes of a renamed heading'),
  clauses: z.array(RedlineClauseSchema).describe('In the order of the newer text; removed clauses where they stood'),
  movedOut: z
    .array(z.object({ from: z.string(), to: z.string() }))
    .describe('Clauses that moved to another section: their number before and after'),
});
export type RedlineSection = z.infer<typeof RedlineSectionSchema>;

const Count = z.number().int().min(0);

export const RedlineSummarySchema = z.object({
  reworded: Count.describe('Clauses whose words changed (including moved or renumbered ones)'),
  added: Count,
  removed: Count,
  moved: Count,
  renumbered: Count.describe('Clauses that kept their place but not their number'),
  unchanged: Count,
  sections: z.object({ unchanged: Count, changed: Count, added: Count, removed: Count }),
});
export type RedlineSummary = z.infer<typeof RedlineSummarySchema>;

export const PolicyRedlineSchema = z.object({
  policy: z.object({ id: IdSchema, slug: z.string(), title: z.string() }),
  from: PolicyVersionSummarySchema,
  to: PolicyVersionSummarySchema,
  summary: RedlineSummarySchema,
  sections: z.array(RedlineSectionSchema).describe('In the order of the newer text; removed sections where they stood'),
  coarse: z.boolean().describe('Whether a bound was reached and part of the comparison is coarser'),
  coarseReason: z.string().nullable().describe('Which bound, and what was compared more coarsely'),
});
export type PolicyRedline = z.infer<typeof PolicyRedlineSchema>;

export type RedlineMarks = { insert: [string, string]; delete: [string, string] };
/** `<ins>`/`<del>`: for rendering (the web app and the HTML export). */
export const HTML_REDLINE_MARKS: RedlineMarks = { insert: ['<ins>', '</ins>'], delete: ['<del>', '</del>'] };
/** CriticMarkup `{++ ++}` / `{-- --}`: for the Markdown export. */
export const CRITIC_REDLINE_MARKS: RedlineMarks = { insert: ['{++', '++}'], delete: ['{--', '--}'] };

/**
 * A reworded clause as one Markdown text with its changes marked: both sides, or only what one
 * side has (`from`: kept and deleted words; `to`: kept and inserted). Shared by the web app and the
 * exports so they cannot disagree about what a redline shows.
 */
export function redlineMarkdown(
  clause: Pick<RedlineClause, 'from' | 'to' | 'wordChanges'>,
  marks: RedlineMarks,
  side: 'both' | 'from' | 'to' = 'both',
): string {
  const prefix = (side === 'from' ? clause.from?.prefix : clause.to?.prefix) ?? clause.from?.prefix ?? '';
  return prefix + changesMarkdown(clause.wordChanges ?? [], marks, side);
}

/** Word changes alone as marked Markdown (a renamed heading's, say). */
export function changesMarkdown(
  changes: WordChange[],
  marks: RedlineMarks,
  side: 'both' | 'from' | 'to' = 'both',
): string {
  return changes
    .map((change) => {
      if (change.op === 'equal') return change.text;
      if (change.op === 'insert') return side === 'from' ? '' : `${marks.insert[0]}${change.text}${marks.insert[1]}`;
      return side === 'to' ? '' : `${marks.delete[0]}${change.text}${marks.delete[1]}`;
    })
    .join('');
}

/** "12 clauses reworded, 3 added, 2 removed, 1 moved, 4 renumbered": the line on top of every redline. */
export function redlineSummaryText(summary: RedlineSummary): string {
  const counts = (
    [
      ['reworded', summary.reworded],
      ['added', summary.added],
      ['removed', summary.removed],
      ['moved', summary.moved],
      ['renumbered', summary.renumbered],
    ] as const
  ).filter(([, n]) => n > 0);
  if (counts.length === 0) return 'No clause changed';
  return counts
    .map(([label, n], i) => {
      const count = n.toLocaleString('en');
      return i === 0 ? `${count} ${n === 1 ? 'clause' : 'clauses'} ${label}` : `${count} ${label}`;
    })
    .join(', ');
}
