import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import {
  CR_EXIT_STAGES,
  CR_FIELDS,
  CR_LANES,
  CR_MANDATORY_STAGES,
  CR_SOURCES,
  CR_STAGES,
  CR_TYPES,
  MODERATION_WORKLOADS,
  RISK_LEVELS,
  SIGN_OFF_DECISIONS,
  SIGN_OFF_ORDERS,
  SIGN_OFF_ROLES,
} from './change-requests-vocabulary.js';
import { CrLaunchInfoSchema, CrPostLaunchReviewSchema } from './change-requests-launch.contract.js';

export * from './change-requests-vocabulary.js';

// Policy change requests (issue 10). The rules these shapes carry live in
// server/src/modules/change-requests (cr-workflow.ts lists them); the view returns what they resolved.

export const CrTypeSchema = z
  .enum(CR_TYPES, { message: 'Use a change type from the list' })
  .describe('What the change does; editorial: wording, typo or example only, no change in meaning (fast lane)');
export const CrSourceSchema = z
  .enum(CR_SOURCES, { message: 'Use a source from the list' })
  .describe('Where the need for the change came from');
export const CrStageSchema = z.enum(CR_STAGES, { message: 'Use a stage from the list' }).describe('Workflow stage');
export const SignOffRoleSchema = z
  .enum(SIGN_OFF_ROLES, { message: 'Use a sign-off role from the list' })
  .describe('The function signing off');
export const SignOffDecisionSchema = z
  .enum(SIGN_OFF_DECISIONS, { message: 'Use approve, approve_with_conditions or request_changes' })
  .describe('approve, approve_with_conditions (say which in the comment) or request_changes (back to Drafting)');
export const SignOffOrderSchema = z
  .enum(SIGN_OFF_ORDERS)
  .describe('parallel: in any order; sequential: each role after the one before it in the list');
export const CrLaneSchema = z
  .enum(CR_LANES)
  .describe('fast: editorial, the policy owner approves alone; full: the whole workflow');
export const RiskLevelSchema = z.enum(RISK_LEVELS, { message: 'Use low, medium, high or critical' }).describe('Risk');
export const ModerationWorkloadSchema = z
  .enum(MODERATION_WORKLOADS, { message: 'Use a workload from the list' })
  .describe('Effect on the work per case for moderators');
export const CrFieldSchema = z.enum(CR_FIELDS).describe('A field a stage may require');
export const CrDateSchema = z.iso.date({ message: 'Use a date as YYYY-MM-DD' }).describe('Calendar date, YYYY-MM-DD');

const Text = (what: string, max: number) => z.string().trim().max(max, `Use at most ${max} characters`).describe(what);
const Ids = (what: string, max: number) => z.array(IdSchema).max(max).describe(what);

export const CrImpactSchema = z.object({
  surfaceIds: Ids('Surfaces affected, from the applicability grid', 100),
  marketIds: Ids('Markets affected; empty: every market alike (no regional sign-off)', 200),
  expectedVolumeChangePct: z
    .number()
    .min(-100, 'A volume cannot fall by more than 100%')
    .max(10_000, 'Use at most 10000%')
    .nullable()
    .describe('Expected change in the volume of cases actioned, in percent (-20: a fifth fewer); null: not assessed'),
  moderationWorkload: ModerationWorkloadSchema.nullable().describe(
    'Effect on the work per case for moderators; null: not assessed yet',
  ),
  riskLevel: RiskLevelSchema.nullable().describe('Risk of the change; null: not assessed yet'),
});
export type CrImpact = z.infer<typeof CrImpactSchema>;

/** On create, what is left out is empty or not assessed yet. */
const CrImpactInputSchema = z.object({
  surfaceIds: CrImpactSchema.shape.surfaceIds.default([]),
  marketIds: CrImpactSchema.shape.marketIds.default([]),
  expectedVolumeChangePct: CrImpactSchema.shape.expectedVolumeChangePct.default(null),
  moderationWorkload: CrImpactSchema.shape.moderationWorkload.default(null),
  riskLevel: CrImpactSchema.shape.riskLevel.default(null),
});

const OneToFive = (what: string) =>
  z.number().int('Use a whole number 1-5').min(1, 'Use 1-5').max(5, 'Use 1-5').describe(what);

export const CrScoringInputsSchema = z.object({
  severity: OneToFive('How much harm the gap causes (1 minor - 5 severe)'),
  reach: OneToFive('How many people or cases it touches (1 few - 5 very many)'),
  urgency: OneToFive('How soon it must change (1 whenever - 5 now)'),
  effort: OneToFive('How much work the change is (1 little - 5 a great deal); divides the score'),
});
export type CrScoringInputs = z.infer<typeof CrScoringInputsSchema>;

const Exponent = (input: string) =>
  z
    .number()
    .min(0, 'Use 0-3')
    .max(3, 'Use 0-3')
    .multipleOf(0.5, 'Use steps of 0.5')
    .describe(`Power ${input} is raised to (1: as is, 2: counts double in orders of magnitude, 0: ignored)`);

/**
 * The workspace scoring model: severity^a × reach^b × urgency^c ÷ effort^d. Exponents rather than
 * multipliers, because a multiplier on a product scales every score alike and changes no ranking.
 */
export const CrScoringModelSchema = z
  .object({
    exponents: z
      .object({
        severity: Exponent('severity'),
        reach: Exponent('reach'),
        urgency: Exponent('urgency'),
        effort: Exponent('effort'),
      })
      .describe('Per-input powers; all 1 is the default severity × reach × urgency ÷ effort'),
  })
  .describe('The workspace scoring model: severity^a × reach^b × urgency^c ÷ effort^d');
export type CrScoringModel = z.infer<typeof CrScoringModelSchema>;

export const CrScoreSchema = z.object({
  value: z.number().nullable().describe('The score, two decimals; null until the CR is scored'),
  formula: z.string().describe('The model in words, e.g. "severity × reach × urgency ÷ effort"'),
  worked: z.string().describe('The sum with this CR\'s numbers, e.g. "4 × 3 × 5 ÷ 2 = 30"'),
});
export type CrScore = z.infer<typeof CrScoreSchema>;

export const CrStageSignOffsSchema = z.object({
  roles: z
    .array(SignOffRoleSchema)
    .max(SIGN_OFF_ROLES.length)
    .describe('Roles whose approval the full lane needs before leaving the stage (regional: only with markets)'),
  order: SignOffOrderSchema,
});

export const CrStageConfigSchema = z.object({
  key: CrStageSchema.refine((key) => !CR_EXIT_STAGES.includes(key), 'Rejected and withdrawn are not on the path'),
  lanes: z
    .array(CrLaneSchema)
    .min(1, 'A stage is on at least one lane')
    .describe('Lanes that pass through this stage; the fast lane skips the others'),
  requiredFields: z.array(CrFieldSchema).max(CR_FIELDS.length).describe('Fields a CR needs before it leaves'),
  signOffs: CrStageSignOffsSchema.describe('Approvals needed before a CR leaves the stage, in the full lane'),
  targetDays: z
    .number()
    .int()
    .min(1, 'Use at least 1 day')
    .max(365, 'Use at most 365 days')
    .nullable()
    .describe('Calendar days a CR should spend here at most; null: no target'),
});
export type CrStageConfig = z.infer<typeof CrStageConfigSchema>;

/** The workspace workflow: the forward path, intake first and closed last; rejected and withdrawn are implied. */
export const CrWorkflowConfigSchema = z
  .object({ stages: z.array(CrStageConfigSchema).min(CR_MANDATORY_STAGES.length).max(9).describe('In order') })
  .superRefine((config, ctx) => {
    const keys = config.stages.map((s) => s.key);
    const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['stages'], message });
    if (new Set(keys).size !== keys.length) issue('Each stage appears once');
    for (const key of CR_MANDATORY_STAGES) if (!keys.includes(key)) issue(`The workflow needs the ${key} stage`);
    if (keys[0] !== 'intake' || keys.at(-1) !== 'closed') issue('Start with intake and end with closed');
    if (keys.indexOf('drafting') > keys.indexOf('approval') || keys.indexOf('approval') > keys.indexOf('launched'))
      issue('Drafting comes before approval, approval before launched');
    for (const stage of config.stages)
      if (CR_MANDATORY_STAGES.includes(stage.key) && stage.lanes.length < CR_LANES.length)
        issue(`Both lanes pass through ${stage.key}`);
    const roles = config.stages.flatMap((s) => s.signOffs.roles);
    if (new Set(roles).size !== roles.length) issue('Each role signs off at one stage only');
  })
  .describe('Stages in order with their required fields, sign-offs and target durations');
export type CrWorkflowConfig = z.infer<typeof CrWorkflowConfigSchema>;

export const CrDecisionLinkSchema = z.object({
  title: Text('What was decided', 200).min(1, 'Name the decision'),
  url: z.url({ message: 'Use a full URL' }).max(2000).describe('Where the decision is written down'),
});

export const CrLinksSchema = z.object({
  initiativeIds: Ids('Roadmap initiatives this change serves', 20),
  changeRequestIds: Ids('Related change requests', 20),
  decisions: z.array(CrDecisionLinkSchema).max(20).describe('Decisions behind the change'),
});

const CrLinksInputSchema = z.object({
  initiativeIds: CrLinksSchema.shape.initiativeIds.default([]),
  changeRequestIds: CrLinksSchema.shape.changeRequestIds.default([]),
  decisions: CrLinksSchema.shape.decisions.default([]),
});

export const CrCreateSchema = z
  .object({
    title: Text('Title', 200).min(1, 'Give the change request a title'),
    type: CrTypeSchema,
    source: CrSourceSchema,
    targetPolicyId: IdSchema.nullable().default(null).describe('The policy it changes; null only for a new policy'),
    problemStatement: Text('Markdown: what goes wrong today, with cases', 20_000).default(''),
    proposal: Text('Markdown: what to change and why it helps', 20_000).default(''),
    impact: CrImpactInputSchema.prefault({}).describe('Impact assessment'),
    scoring: CrScoringInputsSchema.nullable().default(null).describe('Scoring inputs; null: not scored yet'),
    ownerId: IdSchema.describe('Who drives the change'),
    dueDate: CrDateSchema.nullable().default(null).describe('When it should be launched'),
    links: CrLinksInputSchema.prefault({}).describe('Links'),
  })
  .refine((cr) => cr.type === 'new_policy' || cr.targetPolicyId !== null, {
    path: ['targetPolicyId'],
    message: 'Choose the policy this changes',
  })
  .refine((cr) => cr.type !== 'new_policy' || cr.targetPolicyId === null, {
    path: ['targetPolicyId'],
    message: 'A new policy has no target yet',
  });
export type CrCreate = z.input<typeof CrCreateSchema>;

export const CrUpdateSchema = z.object({
  version: VersionSchema,
  title: Text('Title', 200).min(1, 'Give the change request a title').optional(),
  type: CrTypeSchema.optional().describe('Changing to or from editorial changes the lane'),
  source: CrSourceSchema.optional(),
  targetPolicyId: IdSchema.nullable().optional().describe('The policy it changes; null only for a new policy'),
  problemStatement: Text('Markdown: what goes wrong today', 20_000).optional(),
  proposal: Text('Markdown: what to change and why', 20_000).optional(),
  impact: CrImpactSchema.partial().optional().describe('Impact fields to change; markets added reset Regional'),
  scoring: CrScoringInputsSchema.nullable().optional().describe('Scoring inputs; null: unscored'),
  ownerId: IdSchema.optional(),
  dueDate: CrDateSchema.nullable().optional().describe('When it should be launched; null: no due date'),
  effectiveDate: CrDateSchema.nullable().optional().describe('When the new text takes effect'),
  draftVersionId: IdSchema.nullable()
    .optional()
    .describe('The draft version of the target policy holding the proposed text; a change resets approvals'),
  links: CrLinksSchema.partial().optional().describe('Link lists to replace (each replaced whole)'),
});
export type CrUpdate = z.infer<typeof CrUpdateSchema>;

export const CrPersonSchema = z.object({ id: IdSchema, name: z.string().describe('Display name') });

export const SignOffCreateSchema = z
  .object({
    version: VersionSchema,
    role: SignOffRoleSchema,
    decision: SignOffDecisionSchema,
    comment: Text('Why; the conditions, or the changes wanted (required unless approving outright)', 4000).default(''),
  })
  .refine((s) => s.decision === 'approve' || s.comment.length > 0, {
    path: ['comment'],
    message: 'Say what the conditions are or what should change',
  });
export type SignOffCreate = z.input<typeof SignOffCreateSchema>;

export const SignOffSchema = z.object({
  id: IdSchema,
  role: SignOffRoleSchema,
  decision: SignOffDecisionSchema,
  comment: z.string().describe('Conditions or changes wanted'),
  person: CrPersonSchema.describe('Who signed off'),
  at: TimestampSchema.describe('When'),
  resetAt: TimestampSchema.nullable().describe('When an edit of the text reset it (null: still counts)'),
  resetReason: z.string().nullable().describe('Why it was reset, in words'),
});
export type SignOff = z.infer<typeof SignOffSchema>;

export const CrBlockersSchema = z.object({
  fields: z.array(CrFieldSchema).describe('Required fields still empty'),
  signOffs: z.array(SignOffRoleSchema).describe('Roles whose approval is missing'),
  orderViolations: z
    .array(z.object({ role: SignOffRoleSchema, before: SignOffRoleSchema }))
    .describe('Sequential sign-offs given out of order: role approved before the role it waits on'),
  reasonMissing: z.boolean().describe('The move needs a reason and none was given'),
  conflicts: z
    .array(z.string())
    .default([])
    .describe('Leaving Approval: keys of current conflicts not acknowledged (GET …/conflicts names them)'),
  message: z.string().describe('All of it in one sentence, as the 409 detail says it'),
});
export type CrBlockers = z.infer<typeof CrBlockersSchema>;

export const CrMoveSchema = z.object({
  to: CrStageSchema,
  allowed: z.boolean().describe('Whether the move would be accepted now'),
  blockers: CrBlockersSchema.nullable().describe('What stands in the way (null when allowed)'),
});

export const CrAbilitiesSchema = z.object({
  update: z.boolean().describe('May edit the CR'),
  editText: z.boolean().describe('May edit the proposed text'),
  transition: z.boolean().describe('May move it between stages'),
  signOffAs: z.array(SignOffRoleSchema).describe('Roles the caller may sign off as now (not when last editor)'),
  reorder: z.boolean().describe('May place it by hand in the intake queue'),
  startDraft: z.boolean().describe('May start the proposed text as a draft version (none yet, before launch)'),
  launch: z.boolean().describe('May launch it now: in the stage before Launched, not launched or scheduled yet'),
  acknowledgeConflicts: z.boolean().describe('May acknowledge conflicts'),
  completeReviews: z.boolean().describe('May complete post-launch reviews'),
});

export const CrManualPlacementSchema = z.object({
  afterId: IdSchema.nullable().describe('Kept directly below this CR; null: at the top of the queue'),
  reason: z.string().describe('Why it was placed by hand'),
  by: CrPersonSchema.nullable().describe('Who placed it (null: a deleted user)'),
  at: TimestampSchema.describe('When it was placed'),
});

export const ChangeRequestSchema = z.object({
  id: IdSchema,
  number: z.number().int().min(1).describe('Human number, shown as CR-12'),
  title: z.string().describe('Title'),
  type: CrTypeSchema,
  source: CrSourceSchema,
  targetPolicy: z
    .object({ id: IdSchema, slug: z.string().describe('Policy slug'), title: z.string().describe('Policy title') })
    .nullable()
    .describe('Null for a new policy'),
  problemStatement: z.string().describe('Markdown'),
  proposal: z.string().describe('Markdown'),
  draftVersionId: IdSchema.nullable().describe('The draft policy version holding the proposed text'),
  lastTextEditor: CrPersonSchema.nullable().describe('Who last edited the proposed text (may not approve it)'),
  impact: CrImpactSchema.describe('Impact assessment'),
  scoring: CrScoringInputsSchema.nullable().describe('Scoring inputs; null: not scored yet'),
  score: CrScoreSchema.describe('The score under the workspace model, with its sum'),
  rank: z.number().int().min(1).nullable().describe('Place in the intake queue (null: not in the queue)'),
  manualPlacement: CrManualPlacementSchema.nullable().describe('Set when placed by hand'),
  lane: CrLaneSchema,
  laneReason: z.string().describe('Why this lane, in words'),
  stage: CrStageSchema,
  stageEnteredAt: TimestampSchema,
  stageDueOn: CrDateSchema.nullable().describe('Last day within the stage target (null: no target)'),
  overdue: z.boolean().describe('In the stage longer than its target'),
  requiredSignOffs: z.array(SignOffRoleSchema).describe('Roles this CR needs, for its lane and markets'),
  signOffs: z.array(SignOffSchema).describe('Every sign-off, oldest first, reset ones included'),
  moves: z.array(CrMoveSchema).describe('Stages it may go to from here, and what blocks each'),
  owner: CrPersonSchema.describe('Who drives the change'),
  dueDate: CrDateSchema.nullable().describe('When it should be launched'),
  effectiveDate: CrDateSchema.nullable().describe('When the new text takes effect'),
  links: CrLinksSchema.describe('Initiatives, related CRs and decisions'),
  launch: CrLaunchInfoSchema.nullable().describe('The published version it launched (null: not launched)'),
  scheduled: z.boolean().describe('Published with a future date: becomes Launched on launch.scheduledFor'),
  postLaunchReviews: z
    .array(CrPostLaunchReviewSchema)
    .describe('Reviews 30 and 90 days after the effective date (created at launch)'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
  abilities: CrAbilitiesSchema.describe('What the caller may do with it'),
});
export type ChangeRequest = z.infer<typeof ChangeRequestSchema>;

export const CrTransitionSchema = z.object({
  to: CrStageSchema.describe('The stage to move to'),
  version: VersionSchema,
  reason: Text('Why (required to reject, withdraw or send back to Drafting)', 1000).optional(),
});
export type CrTransition = z.infer<typeof CrTransitionSchema>;

export const CrReorderSchema = z.object({
  version: VersionSchema,
  afterId: IdSchema.nullable().describe('Place it directly below this CR; null: at the top of the queue'),
  reason: Text('Why it belongs there (required)', 500).min(1, 'Say why it belongs there'),
});
export type CrReorder = z.infer<typeof CrReorderSchema>;

export const CrIdParamsSchema = z.object({ changeRequestId: IdSchema });
