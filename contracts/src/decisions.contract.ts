import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { LinkedRecordRefsSchema, LinkedRecordSchema, StakeholderSummarySchema } from './governance.contract.js';
import { IsoDateSchema } from './policies.contract.js';
import { DECISION_STATUSES } from './governance-vocabulary.js';

/**
 * The decision register (issue 11): decisions with their context, options, rationale and people;
 * accepted decisions are immutable and change only by a new decision that supersedes them.
 */

export { DECISION_STATUSES };
export const DecisionStatusSchema = z
  .enum(DECISION_STATUSES)
  .describe('proposed: under discussion; accepted: in force; superseded: replaced wholly by a later decision; revoked');
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;

export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  superseded: 'Superseded',
  revoked: 'Revoked',
};

/** The human key of a decision, e.g. DEC-12. */
export const decisionKey = (number: number) => `DEC-${number}`;

const Line = z.string().trim().min(1, 'Write something').max(500);

export const DecisionOptionSchema = z.object({
  title: z.string().trim().min(1, 'Name the option').max(200).describe('The option, e.g. "Label only"'),
  pros: z.array(Line.describe('One advantage')).max(20).default([]).describe('Advantages of the option'),
  cons: z.array(Line.describe('One drawback')).max(20).default([]).describe('Drawbacks of the option'),
});
export type DecisionOption = z.infer<typeof DecisionOptionSchema>;

/**
 * When a decision must be looked at again. A union on `kind` so that other kinds (a condition on a
 * policy metric, once metrics land) are new members, evaluated by their own server-side evaluator.
 */
export const DateRevisitTriggerSchema = z.object({
  kind: z.literal('date').describe('Fires on a calendar date'),
  date: IsoDateSchema.describe('The day the decision is due to be revisited (UTC)'),
});
export const RevisitTriggerSchema = z
  .discriminatedUnion('kind', [DateRevisitTriggerSchema])
  .describe('What makes the decision due for a revisit');
export type RevisitTrigger = z.infer<typeof RevisitTriggerSchema>;
export type RevisitTriggerKind = RevisitTrigger['kind'];

export const SUPERSESSION_SCOPES = ['whole', 'partial'] as const;
export const SupersessionScopeSchema = z
  .enum(SUPERSESSION_SCOPES)
  .describe('whole: replaces the earlier decision entirely; partial: replaces the stated part only');

/** A decision this one supersedes, as a client sends it. */
export const SupersessionInputSchema = z
  .object({
    decisionId: IdSchema.describe('The earlier decision (must be accepted)'),
    scope: SupersessionScopeSchema.default('whole'),
    part: z
      .string()
      .trim()
      .max(300)
      .nullable()
      .default(null)
      .describe('For a partial supersession, the part replaced, e.g. "the audio clause"'),
  })
  .refine((s) => s.scope === 'whole' || (s.part !== null && s.part.length > 0), {
    path: ['part'],
    message: 'Say which part a partial supersession replaces',
  });
export type SupersessionInput = z.infer<typeof SupersessionInputSchema>;

const StakeholderIdsSchema = z.array(IdSchema.describe('Stakeholder id')).max(30);

const Markdown = (max: number) => z.string().max(max);

const DecisionBodyShape = {
  context: Markdown(20000).default('').describe('Why a decision is needed (Markdown)'),
  options: z.array(DecisionOptionSchema).max(10).default([]).describe('The options considered, with pros and cons'),
  decision: Markdown(10000).default('').describe('What was decided (Markdown)'),
  rationale: Markdown(10000).default('').describe('Why (Markdown)'),
  decidedByIds: StakeholderIdsSchema.default([]).describe('Who decided (stakeholder ids)'),
  consultedIds: StakeholderIdsSchema.default([]).describe('Who was consulted (stakeholder ids)'),
  decisionDate: IsoDateSchema.nullable().default(null).describe('When it was decided (null: not yet)'),
};

export const DecisionCreateSchema = z.object({
  title: z.string().trim().min(1, 'Give the decision a title').max(200).describe('What the decision is about'),
  ...DecisionBodyShape,
  ownerId: IdSchema.nullable().default(null).describe('Stakeholder who owns it and hears when it is due a revisit'),
  links: LinkedRecordRefsSchema.default([]),
  supersedes: z
    .array(SupersessionInputSchema)
    .max(10)
    .default([])
    .describe('Earlier decisions this one supersedes; they change only when this one is accepted'),
  revisitTrigger: RevisitTriggerSchema.nullable().default(null).describe('When to revisit it (null: never)'),
});
export type DecisionCreate = z.infer<typeof DecisionCreateSchema>;
export type DecisionCreateInput = z.input<typeof DecisionCreateSchema>;

/**
 * An edit: any field left out stays. Once accepted, only links, owner and revisit trigger may change;
 * a body field (title, context, options, decision, rationale, decided by, consulted, date, supersedes)
 * is refused with DECISION_LOCKED.
 */
export const DecisionUpdateSchema = z.object({
  version: VersionSchema,
  title: z.string().trim().min(1, 'Give the decision a title').max(200).optional().describe('New title'),
  context: Markdown(20000).optional().describe('New context (Markdown)'),
  options: z.array(DecisionOptionSchema).max(10).optional().describe('New options'),
  decision: Markdown(10000).optional().describe('New decision text (Markdown)'),
  rationale: Markdown(10000).optional().describe('New rationale (Markdown)'),
  decidedByIds: StakeholderIdsSchema.optional().describe('New deciders (stakeholder ids)'),
  consultedIds: StakeholderIdsSchema.optional().describe('New consulted people (stakeholder ids)'),
  decisionDate: IsoDateSchema.nullable().optional().describe('New decision date'),
  supersedes: z.array(SupersessionInputSchema).max(10).optional().describe('New supersessions (proposed only)'),
  ownerId: IdSchema.nullable().optional().describe('New owner (stakeholder id)'),
  links: LinkedRecordRefsSchema.optional(),
  revisitTrigger: RevisitTriggerSchema.nullable().optional().describe('New revisit trigger (null: none)'),
});
export type DecisionUpdate = z.infer<typeof DecisionUpdateSchema>;

/** The body fields an accepted decision locks. */
export const DECISION_LOCKED_FIELDS = [
  'title',
  'context',
  'options',
  'decision',
  'rationale',
  'decidedByIds',
  'consultedIds',
  'decisionDate',
  'supersedes',
] as const;

export const DecisionAcceptSchema = z.object({
  version: VersionSchema,
  decisionDate: IsoDateSchema.optional().describe('The decision date, when not set yet (default: today)'),
});
export type DecisionAccept = z.infer<typeof DecisionAcceptSchema>;

export const DecisionRevokeSchema = z.object({
  version: VersionSchema,
  reason: z.string().trim().min(1, 'Say why it is revoked').max(2000).describe('Why the decision no longer holds'),
});
export type DecisionRevoke = z.infer<typeof DecisionRevokeSchema>;

export const DecisionRevisitedSchema = z.object({
  version: VersionSchema,
  note: z.string().trim().min(1, 'Say what the revisit concluded').max(2000).describe('What the revisit concluded'),
  revisitTrigger: RevisitTriggerSchema.nullable()
    .default(null)
    .describe('The next revisit trigger (null: none; the one that fired is cleared)'),
});
export type DecisionRevisited = z.infer<typeof DecisionRevisitedSchema>;

export const DecisionIdParamsSchema = z.object({ id: IdSchema.describe('Decision id') });

export const DecisionRefSchema = z.object({
  id: IdSchema,
  key: z.string().describe('Human key, e.g. DEC-12'),
  title: z.string().describe('Title'),
  status: DecisionStatusSchema,
});
export type DecisionRef = z.infer<typeof DecisionRefSchema>;

export const SupersessionSchema = z.object({
  decision: DecisionRefSchema.describe('The other decision'),
  scope: SupersessionScopeSchema,
  part: z.string().nullable().describe('The part replaced, for a partial supersession'),
});
export type Supersession = z.infer<typeof SupersessionSchema>;

export const RevisitStateSchema = z.object({
  due: z.boolean().describe('True when a trigger fired and no one has marked it revisited yet'),
  dueSince: TimestampSchema.nullable().describe('When the trigger fired'),
  lastRevisitedAt: TimestampSchema.nullable().describe('When it was last marked revisited'),
  lastNote: z.string().nullable().describe('What the last revisit concluded'),
});

export const DecisionAbilitiesSchema = z.object({
  update: z.boolean().describe('May edit (links, owner and trigger only, once accepted)'),
  editBody: z.boolean().describe('May edit the body (proposed only)'),
  accept: z.boolean().describe('May accept it'),
  revoke: z.boolean().describe('May revoke it'),
  supersede: z.boolean().describe('May record a decision superseding it'),
  markRevisited: z.boolean().describe('May mark it revisited'),
});

export const DecisionSummarySchema = z.object({
  id: IdSchema,
  key: z.string().describe('Human key, e.g. DEC-12'),
  number: z.number().int().describe('The number in the key'),
  title: z.string().describe('Title'),
  status: DecisionStatusSchema,
  partlySuperseded: z.boolean().describe('Accepted, with a part replaced by a later accepted decision'),
  revisitDue: z.boolean().describe('A revisit trigger fired and the decision awaits a revisit'),
  decisionDate: IsoDateSchema.nullable().describe('When it was decided'),
  decidedBy: z.array(StakeholderSummarySchema).describe('Who decided'),
  links: z.array(LinkedRecordSchema).describe('Linked records the caller may see'),
  version: VersionSchema,
});
export type DecisionSummary = z.infer<typeof DecisionSummarySchema>;

export const DecisionSchema = DecisionSummarySchema.extend({
  context: z.string().describe('Why a decision is needed (Markdown)'),
  options: z.array(DecisionOptionSchema).describe('The options considered'),
  decision: z.string().describe('What was decided (Markdown)'),
  rationale: z.string().describe('Why (Markdown)'),
  consulted: z.array(StakeholderSummarySchema).describe('Who was consulted'),
  owner: StakeholderSummarySchema.nullable().describe('Who owns it (notified when a revisit is due)'),
  supersedes: z.array(SupersessionSchema).describe('Earlier decisions this one supersedes'),
  supersededBy: z.array(SupersessionSchema).describe('Later decisions that supersede this one (any status)'),
  chain: z
    .array(DecisionRefSchema)
    .describe('Every decision connected to this one by supersession, oldest first (this one included)'),
  revisitTrigger: RevisitTriggerSchema.nullable().describe('When to revisit it'),
  revisit: RevisitStateSchema,
  acceptedAt: TimestampSchema.nullable().describe('When it was accepted'),
  revokedReason: z.string().nullable().describe('Why it was revoked'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  abilities: DecisionAbilitiesSchema,
});
export type Decision = z.infer<typeof DecisionSchema>;

export const DecisionListQuerySchema = z.object({
  status: DecisionStatusSchema.optional().describe('Only decisions with this status'),
  policyId: IdSchema.optional().describe('Only decisions linked to this policy'),
  workingGroupId: IdSchema.optional().describe('Only decisions linked to this working group'),
  revisitDue: z.stringbool().optional().describe('true: only decisions due a revisit'),
  q: z.string().trim().max(200).optional().describe('Words in the key or title'),
  cursor: z
    .string()
    .regex(/^\d{1,9}$/, 'Invalid cursor')
    .optional()
    .describe('nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(50).describe('Page size'),
});
export type DecisionListQuery = z.infer<typeof DecisionListQuerySchema>;

export const DecisionPageSchema = z.object({
  items: z.array(DecisionSummarySchema).describe('Newest number first'),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last'),
});
export type DecisionPage = z.infer<typeof DecisionPageSchema>;

export const DECISION_EVENT_KINDS = [
  'created',
  'edited',
  'accepted',
  'revoked',
  'superseded',
  'partly_superseded',
  'revisit_due',
  'revisited',
] as const;
export const DecisionEventKindSchema = z.enum(DECISION_EVENT_KINDS).describe('What happened');

export const DecisionEventSchema = z.object({
  id: IdSchema,
  kind: DecisionEventKindSchema,
  at: TimestampSchema,
  actor: z.object({ id: IdSchema, name: z.string() }).nullable().describe('Who (null: the system)'),
  detail: z.string().describe('One line of what happened, e.g. "Superseded by DEC-4"'),
});
export type DecisionEvent = z.infer<typeof DecisionEventSchema>;

export const DecisionHistorySchema = z.object({ items: z.array(DecisionEventSchema).describe('Oldest first') });
export type DecisionHistory = z.infer<typeof DecisionHistorySchema>;
