// Audit actions of the decision register.
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-decisions.ts and a sample in audit-sentence-samples/decisions.ts.
import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';
import {
  DecisionOptionSchema,
  DecisionStatusSchema,
  RevisitTriggerSchema,
  SupersessionScopeSchema,
} from './decisions.contract.js';
import { LinkedRecordRefSchema } from './governance.contract.js';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const DECISION_AUDIT_ACTIONS = [
  'decision.created',
  'decision.updated',
  'decision.accepted',
  'decision.revoked',
  'decision.superseded',
  'decision.revisit_due',
  'decision.revisited',
] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');

const KeyShape = {
  key: z.string().describe('Human key, e.g. DEC-12'),
  title: z.string().describe('Title'),
};

/** A decision as the audit log keeps it: its whole body, so that before/after show what changed. */
export const DecisionSnapshotSchema = z
  .strictObject({
    ...KeyShape,
    status: DecisionStatusSchema,
    context: z.string().describe('Context (Markdown)'),
    options: z.array(DecisionOptionSchema).describe('Options considered'),
    decision: z.string().describe('What was decided'),
    rationale: z.string().describe('Why'),
    decidedByIds: z.array(IdSchema.describe('Stakeholder id')).describe('Who decided'),
    consultedIds: z.array(IdSchema.describe('Stakeholder id')).describe('Who was consulted'),
    decisionDate: z.string().nullable().describe('Decision date'),
    ownerId: IdSchema.nullable().describe('Owner (stakeholder id)'),
    links: z.array(LinkedRecordRefSchema).describe('Linked records'),
    supersedes: z
      .array(
        z.strictObject({
          decisionId: IdSchema.describe('The earlier decision'),
          scope: SupersessionScopeSchema,
          part: z.string().nullable().describe('The part replaced, for a partial supersession'),
        }),
      )
      .describe('Decisions it supersedes'),
    revisitTrigger: RevisitTriggerSchema.nullable().describe('Revisit trigger'),
    version: VersionSchema,
  })
  .describe('The decision');
export type DecisionSnapshot = z.infer<typeof DecisionSnapshotSchema>;

function payload<B extends z.ZodType, A extends z.ZodType>(before: B, after: A) {
  return z.strictObject({
    entityType: z.literal('decision').describe('Kind of record: decision'),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

const StatusChangeSchema = z.strictObject({ ...KeyShape, status: DecisionStatusSchema }).describe('Key and status');

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const DECISION_AUDIT_PAYLOAD_SCHEMAS = {
  'decision.created': payload(NOTHING, DecisionSnapshotSchema),
  'decision.updated': payload(DecisionSnapshotSchema, DecisionSnapshotSchema),
  'decision.accepted': payload(
    StatusChangeSchema,
    StatusChangeSchema.extend({
      decisionDate: z.string().describe('The decision date'),
    }).describe('Accepted'),
  ),
  'decision.revoked': payload(
    StatusChangeSchema,
    StatusChangeSchema.extend({ reason: z.string().describe('Why it was revoked') }).describe('Revoked'),
  ),
  'decision.superseded': payload(
    StatusChangeSchema,
    StatusChangeSchema.extend({
      partlySuperseded: z.boolean().describe('True when only a part was superseded (it stays accepted)'),
      byId: IdSchema.describe('The later decision, now accepted'),
      byKey: z.string().describe('Its key, e.g. DEC-14'),
      scope: SupersessionScopeSchema,
      part: z.string().nullable().describe('The part replaced, for a partial supersession'),
    }).describe('Superseded'),
  ),
  'decision.revisit_due': payload(
    NOTHING,
    z
      .strictObject({ ...KeyShape, trigger: RevisitTriggerSchema, dueSince: z.string().describe('When it fired') })
      .describe('The trigger that fired'),
  ),
  'decision.revisited': payload(
    NOTHING,
    z
      .strictObject({
        ...KeyShape,
        note: z.string().describe('What the revisit concluded'),
        nextTrigger: RevisitTriggerSchema.nullable().describe('The next revisit trigger'),
      })
      .describe('The revisit'),
  ),
} satisfies Record<(typeof DECISION_AUDIT_ACTIONS)[number], z.ZodType>;
