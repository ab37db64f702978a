import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { LinkedRecordRefsSchema, LinkedRecordSchema, StakeholderSummarySchema } from './governance.contract.js';
import { IsoDateSchema } from './policies.contract.js';

/** Action items (issue 11, part 4): owned by a person of the directory, due on a date, from a source. */

export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const ActionItemStatusSchema = z
  .enum(ACTION_ITEM_STATUSES)
  .describe('open, in_progress, done or cancelled; done and cancelled close the action');
export type ActionItemStatus = z.infer<typeof ActionItemStatusSchema>;
export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};
/** Statuses in which an action still needs doing (overdue, reminders, carry-forward). */
export const OPEN_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ['open', 'in_progress'];

export const ACTION_ITEM_SOURCE_KINDS = ['meeting', 'review', 'change_request', 'manual'] as const;
export const ActionItemSourceKindSchema = z
  .enum(ACTION_ITEM_SOURCE_KINDS)
  .describe('Where the action came from: a meeting, a policy-version review, a change request, or entered by hand');
export type ActionItemSourceKind = z.infer<typeof ActionItemSourceKindSchema>;
export const ACTION_ITEM_SOURCE_LABELS: Record<ActionItemSourceKind, string> = {
  meeting: 'Meeting',
  review: 'Review',
  change_request: 'Change request',
  manual: 'Manual',
};

export const ActionItemSourceInputSchema = z
  .object({
    kind: ActionItemSourceKindSchema,
    id: IdSchema.nullable()
      .default(null)
      .describe('The meeting, review or change request; null (or absent) for manual'),
  })
  .describe('Where the action came from');
export type ActionItemSourceInput = z.infer<typeof ActionItemSourceInputSchema>;

export const ActionItemSourceSchema = z
  .object({
    kind: ActionItemSourceKindSchema,
    id: IdSchema.nullable().describe('The meeting, review or change request; null for manual'),
    title: z.string().nullable().describe('Its title when the caller may see it'),
    href: z.string().nullable().describe('Its path in the web app when the caller may see it'),
  })
  .describe('Where the action came from');

const TitleSchema = z.string().trim().min(1, 'Enter a title').max(300).describe('What is to be done');
const NotesSchema = z.string().max(10_000).describe('Notes (Markdown)');

export const ActionItemCreateSchema = z.object({
  title: TitleSchema,
  notes: NotesSchema.default('').describe('Notes (Markdown)'),
  ownerId: IdSchema.describe('Owner: a stakeholder id of the directory (account or contact)'),
  dueDate: IsoDateSchema.nullable().default(null).describe('Due date (UTC calendar day); null: no date'),
  source: ActionItemSourceInputSchema.default({ kind: 'manual', id: null }).describe('Where it came from'),
  workingGroupId: IdSchema.nullable().default(null).describe('The working group it belongs to, if any'),
  links: LinkedRecordRefsSchema.default([]).describe('Records the action concerns'),
});
export type ActionItemCreate = z.infer<typeof ActionItemCreateSchema>;

export const ActionItemUpdateSchema = z.object({
  version: VersionSchema,
  title: TitleSchema.optional(),
  notes: NotesSchema.optional(),
  ownerId: IdSchema.optional().describe('New owner (stakeholder id)'),
  dueDate: IsoDateSchema.nullable().optional().describe('New due date; null clears it'),
  status: ActionItemStatusSchema.optional(),
  links: LinkedRecordRefsSchema.optional(),
});
export type ActionItemUpdate = z.infer<typeof ActionItemUpdateSchema>;

export const ActionItemStatusChangeSchema = z.object({
  version: VersionSchema,
  status: ActionItemStatusSchema,
});
export type ActionItemStatusChange = z.infer<typeof ActionItemStatusChangeSchema>;

export const ActionItemIdParamsSchema = z.object({ actionItemId: IdSchema.describe('Action item id') });

export const ActionItemAbilitiesSchema = z.object({
  update: z.boolean().describe('May edit title, owner, due date, notes and links'),
  changeStatus: z.boolean().describe('May change the status (editors, and the owner)'),
});

export const ActionItemSchema = z.object({
  id: IdSchema,
  title: z.string().describe('What is to be done'),
  notes: z.string().describe('Notes (Markdown)'),
  owner: StakeholderSummarySchema.nullable().describe('The owner (null if the directory entry is gone)'),
  dueDate: IsoDateSchema.nullable().describe('Due date, null for none'),
  status: ActionItemStatusSchema,
  overdue: z.boolean().describe('Open or in progress and due before today'),
  doneAt: TimestampSchema.nullable().describe('When it was marked done'),
  source: ActionItemSourceSchema,
  workingGroupId: IdSchema.nullable().describe('Working group, if any'),
  links: z.array(LinkedRecordSchema).describe('Linked records the caller may see'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
  abilities: ActionItemAbilitiesSchema.describe('What the caller may do with it'),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const ActionItemListQuerySchema = z.object({
  ownerId: IdSchema.optional().describe('Only actions of this owner (stakeholder id)'),
  status: z
    .string()
    .max(200)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(ActionItemStatusSchema).max(4))
    .optional()
    .describe('Only these statuses, comma-separated (e.g. open,in_progress)'),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only overdue actions; false: only those not overdue'),
  workingGroupId: IdSchema.optional().describe('Only actions of this working group'),
  sourceKind: ActionItemSourceKindSchema.optional().describe('Only actions from this kind of source'),
  sourceId: IdSchema.optional().describe('Only actions from this source record'),
  dueBefore: IsoDateSchema.optional().describe('Only actions due before this date'),
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size (1-200, default 50)'),
});
export type ActionItemListQuery = z.infer<typeof ActionItemListQuerySchema>;

export const ActionItemPageSchema = z.object({
  items: z.array(ActionItemSchema).describe('The actions of this page, by due date (none last), then creation'),
  nextCursor: z.string().nullable().describe('Cursor of the next page, null on the last page'),
});
export type ActionItemPage = z.infer<typeof ActionItemPageSchema>;

export const MY_ACTION_GROUPS = ['overdue', 'dueThisWeek', 'later', 'noDate', 'recentlyDone'] as const;
export type MyActionGroup = (typeof MY_ACTION_GROUPS)[number];
export const MY_ACTION_GROUP_LABELS: Record<MyActionGroup, string> = {
  overdue: 'Overdue',
  dueThisWeek: 'Due this week',
  later: 'Later',
  noDate: 'No date',
  recentlyDone: 'Recently done',
};

export const MyActionsSchema = z.object({
  owner: StakeholderSummarySchema.describe('My directory entry'),
  today: IsoDateSchema.describe('The day the groups were read against'),
  overdue: z.array(ActionItemSchema).describe('Open or in progress, due before today'),
  dueThisWeek: z.array(ActionItemSchema).describe('Open or in progress, due today or within 6 days'),
  later: z.array(ActionItemSchema).describe('Open or in progress, due a week from today or later'),
  noDate: z.array(ActionItemSchema).describe('Open or in progress, without a due date'),
  recentlyDone: z.array(ActionItemSchema).describe('Done or cancelled in the last 14 days'),
  truncated: z.boolean().describe('True when more than 500 open actions exist and some are not listed'),
});
export type MyActions = z.infer<typeof MyActionsSchema>;
