import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';
import {
  CrDateSchema,
  CrImpactSchema,
  CrLaneSchema,
  CrScoringInputsSchema,
  CrScoringModelSchema,
  CrSourceSchema,
  CrStageSchema,
  CrTypeSchema,
  CrWorkflowConfigSchema,
  SignOffDecisionSchema,
  SignOffRoleSchema,
} from './change-requests.contract.js';
import { CrFreezeWindowSchema } from './change-requests-launch.contract.js';

/** The change requests' audit actions; audit-actions.ts adds them to the one list. */
export const CHANGE_REQUEST_AUDIT_ACTIONS = [
  'change_request.created',
  'change_request.updated',
  'change_request.moved',
  'change_request.signed_off',
  'change_request.placed',
  'change_request_settings.updated',
  'change_request.draft_started',
  'change_request.text_edited',
  'change_request.conflicts_acknowledged',
  'change_request.launch_published',
  'change_request.launched',
  'change_request.review_completed',
] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');

/** The long Markdown (problem, proposal) is left out: the CR keeps it, the log says that it changed. */
const CrSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The change request'),
    number: z.number().int().describe('Its number, shown as CR-12'),
    title: z.string().describe('Title'),
    type: CrTypeSchema,
    source: CrSourceSchema,
    targetPolicyId: IdSchema.nullable().describe('The policy it changes (null: a new policy)'),
    ownerId: IdSchema.describe('Owner'),
    stage: CrStageSchema,
    lane: CrLaneSchema,
    impact: CrImpactSchema.describe('Impact assessment'),
    scoring: CrScoringInputsSchema.nullable().describe('Scoring inputs'),
    dueDate: CrDateSchema.nullable().describe('Due date'),
    effectiveDate: CrDateSchema.nullable().describe('Effective date'),
    draftVersionId: IdSchema.nullable().describe('Draft version holding the proposed text'),
    problemStatementLength: z.number().int().describe('Characters in the problem statement'),
    proposalLength: z.number().int().describe('Characters in the proposal'),
    version: VersionSchema,
  })
  .describe('A change request');

const StageStepSchema = z
  .strictObject({
    number: z.number().int().describe('The CR number'),
    stage: CrStageSchema,
    version: VersionSchema,
  })
  .describe('Where the CR stood');

const SettingsSnapshotSchema = z
  .strictObject({
    scoringModel: CrScoringModelSchema,
    workflow: CrWorkflowConfigSchema,
    conflictWindowDays: z.number().int().optional().describe('Conflict window in days (absent before 0026)'),
    freezeWindows: z.array(CrFreezeWindowSchema).optional().describe('Launch freeze windows (absent before 0026)'),
    version: VersionSchema,
  })
  .describe('The change-request settings');

const PlacementSchema = z
  .strictObject({
    number: z.number().int().describe('The CR number'),
    afterId: IdSchema.nullable().describe('Kept directly below this CR (null: at the top)'),
    reason: z.string().nullable().describe('Why it was placed there (null: placed by score)'),
  })
  .describe('Manual placement in the intake queue');

function payload<E extends string, B extends z.ZodType, A extends z.ZodType>(entityType: E, before: B, after: A) {
  return z.strictObject({
    entityType: z.literal(entityType).describe(`Kind of record: ${entityType}`),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

/** The payload schema of each change-request audit action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const CHANGE_REQUEST_AUDIT_PAYLOAD_SCHEMAS = {
  'change_request.created': payload('change_request', NOTHING, CrSnapshotSchema),
  'change_request.updated': payload(
    'change_request',
    CrSnapshotSchema,
    CrSnapshotSchema.extend({
      signOffsReset: z.array(SignOffRoleSchema).describe('Roles whose approval the edit reset'),
    }).describe('The change request after the edit'),
  ),
  'change_request.moved': payload(
    'change_request',
    StageStepSchema,
    StageStepSchema.extend({
      reason: z.string().nullable().describe('Why (going back, rejecting, withdrawing; a sign-off)'),
    }).describe('Where it went'),
  ),
  'change_request.signed_off': payload(
    'change_request',
    NOTHING,
    z
      .strictObject({
        number: z.number().int().describe('The CR number'),
        signOffId: IdSchema.describe('The sign-off'),
        role: SignOffRoleSchema,
        decision: SignOffDecisionSchema,
        comment: z.string().describe('Conditions or changes wanted'),
        stage: CrStageSchema.describe('Stage the CR stands in after the sign-off'),
      })
      .describe('The sign-off given'),
  ),
  'change_request.placed': payload('change_request', PlacementSchema, PlacementSchema),
  'change_request_settings.updated': payload('change_request_settings', SettingsSnapshotSchema, SettingsSnapshotSchema),
  'change_request.draft_started': payload(
    'change_request',
    NOTHING,
    z
      .strictObject({
        number: z.number().int().describe('The CR number'),
        policyId: IdSchema.describe('The target policy (created just now for a new-policy CR)'),
        policyCreated: z.boolean().describe('Whether the policy was created for this CR'),
        draftVersionId: IdSchema.describe('The draft version holding the proposed text'),
        draftLabel: z.string().describe('Its label'),
        signOffsReset: z.array(SignOffRoleSchema).describe('Roles whose approval the new text reset'),
        version: VersionSchema,
      })
      .describe('The draft started'),
  ),
  'change_request.text_edited': payload(
    'change_request',
    NOTHING,
    z
      .strictObject({
        number: z.number().int().describe('The CR number'),
        draftVersionId: IdSchema.describe('The draft edited in the library'),
        lastTextEditorId: IdSchema.describe('Who edited it (now its last editor)'),
        signOffsReset: z.array(SignOffRoleSchema).describe('Roles whose approval the edit reset'),
        version: VersionSchema,
      })
      .describe('The proposed text, edited through the library'),
  ),
  'change_request.conflicts_acknowledged': payload(
    'change_request',
    NOTHING,
    z
      .strictObject({
        number: z.number().int().describe('The CR number'),
        effectiveDate: CrDateSchema.describe('The effective date the conflicts were found for'),
        keys: z.array(z.string()).describe('Keys of the conflicts acknowledged'),
        note: z.string().describe('Why they are acceptable'),
        version: VersionSchema,
      })
      .describe('The conflicts acknowledged'),
  ),
  'change_request.launch_published': payload(
    'change_request',
    NOTHING,
    z
      .strictObject({
        number: z.number().int().describe('The CR number'),
        policyId: IdSchema.describe('The policy'),
        policyVersionId: IdSchema.describe('The version published from the draft'),
        versionLabel: z.string().describe('Its label'),
        effectiveDate: CrDateSchema.describe('When it takes effect'),
        marketDates: z
          .array(z.strictObject({ marketId: IdSchema.describe('Market'), effectiveDate: CrDateSchema }))
          .describe('Per-market dates of a staged rollout'),
        approverId: IdSchema.nullable().describe("Recorded as the version's approver"),
        scheduledFor: CrDateSchema.nullable().describe('Set when the CR becomes Launched later, on this date'),
        version: VersionSchema,
      })
      .describe('The draft published as the next version'),
  ),
  'change_request.launched': payload(
    'change_request',
    NOTHING,
    z
      .strictObject({
        number: z.number().int().describe('The CR number'),
        policyVersionId: IdSchema.describe('The version launched'),
        effectiveDate: CrDateSchema.describe('When it takes effect'),
        materiality: z.enum(['material', 'editorial']).describe('editorial for the editorial type, else material'),
        reviewIds: z.array(IdSchema).describe('The post-launch reviews created (30 and 90 days)'),
        scheduled: z.boolean().describe('Whether a scheduled launch reached its date (a job)'),
      })
      .describe('The CR became Launched'),
  ),
  'change_request.review_completed': payload(
    'change_request',
    NOTHING,
    z
      .strictObject({
        number: z.number().int().describe('The CR number'),
        reviewId: IdSchema.describe('The post-launch review'),
        offsetDays: z.number().int().describe('30 or 90 days after the effective date'),
        notesLength: z.number().int().describe('Characters in the notes'),
        version: VersionSchema,
      })
      .describe('The post-launch review completed'),
  ),
} as const;
