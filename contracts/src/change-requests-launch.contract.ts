import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { IsoDateSchema, MarketDateInputSchema, SlugSchema } from './policies.contract.js';
import { CR_STAGES } from './change-requests-vocabulary.js';

// Change requests from draft to launch and after (issue 10, items 3, 7, 9): the proposed text as a
// draft version of the target policy, the conflict check and freeze windows, the launch, and the
// post-launch reviews. change-requests.contract.ts puts the launch and the reviews on the CR view;
// this file imports nothing of it, so the two do not import each other.

const Text = (what: string, max: number) => z.string().trim().max(max, `Use at most ${max} characters`).describe(what);
const Person = z.object({ id: IdSchema, name: z.string().describe('Display name') });

const CrMarketDateSchema = z.object({
  marketId: IdSchema,
  marketCode: z.string().describe('Market code, e.g. BR'),
  marketName: z.string().describe('Market name'),
  effectiveDate: IsoDateSchema.describe('When the version takes effect in this market'),
});

// ---- Proposed text: a draft version of the target policy ------------------------------------------

export const CrDraftCreateSchema = z.object({
  version: VersionSchema.describe('The CR version you read'),
  areaId: IdSchema.optional().describe('New-policy CRs only: the policy area the new policy goes in'),
  slug: SlugSchema.optional().describe("New-policy CRs only: the new policy's slug (its title is the CR title)"),
  ownerIds: z
    .array(IdSchema)
    .max(20)
    .optional()
    .describe('New-policy CRs only: owners of the new policy (default: none; admins then sign as policy owner)'),
});
export type CrDraftCreate = z.infer<typeof CrDraftCreateSchema>;

// ---- Freeze windows and the conflict check ---------------------------------------------------------

export const CrFreezeWindowSchema = z
  .object({
    name: Text('Name, e.g. "General election"', 120).min(1, 'Name the freeze window'),
    startsOn: IsoDateSchema.describe('First day of the freeze (UTC calendar date)'),
    endsOn: IsoDateSchema.describe('Last day of the freeze, inclusive'),
    marketIds: z.array(IdSchema).max(200).describe('Markets it covers; empty: every market'),
    reason: Text('Why nothing should launch then', 1000).default('').describe('Why nothing should launch then'),
  })
  .refine((w) => w.endsOn >= w.startsOn, { path: ['endsOn'], message: 'Ends before it starts' });
export type CrFreezeWindow = z.output<typeof CrFreezeWindowSchema>;

export const CR_CONFLICT_WINDOW_DEFAULT = 14;

export const CrConflictWindowDaysSchema = z
  .number()
  .int('Use a whole number of days')
  .min(0, 'Use 0-90 days')
  .max(90, 'Use 0-90 days')
  .describe('Launches within this many days either side of the effective date conflict (default 14)');

export const CR_CONFLICT_KINDS = ['change_request', 'policy_version', 'freeze_window'] as const;
export type CrConflictKind = (typeof CR_CONFLICT_KINDS)[number];

export const CR_CONFLICT_REASONS = ['same_policy', 'shared_surface', 'shared_market', 'freeze_window'] as const;
export type CrConflictReason = (typeof CR_CONFLICT_REASONS)[number];

export const CrConflictSchema = z.object({
  key: z
    .string()
    .describe(
      'Stable key: change_request:<id>:<effectiveDate>, policy_version:<id>:<effectiveDate>, freeze_window:<name>:<startsOn>:<endsOn>; a date change makes a new key (acknowledge again)',
    ),
  kind: z.enum(CR_CONFLICT_KINDS).describe('What conflicts: another CR, a library version, a freeze window'),
  title: z.string().describe('One line naming it, e.g. "CR-7 Clarify satire" or "Hate speech 3.2"'),
  detail: z.string().describe('Why it conflicts, in words'),
  reasons: z.array(z.enum(CR_CONFLICT_REASONS)).describe('same_policy, shared_surface, shared_market, freeze_window'),
  date: IsoDateSchema.describe('Its effective date (a freeze window: its first day)'),
  endsOn: IsoDateSchema.nullable().describe("A freeze window's last day; null otherwise"),
  href: z.string().describe('Web path to open it'),
  changeRequest: z
    .object({
      id: IdSchema,
      number: z.number().int().describe('Shown as CR-12'),
      title: z.string().describe('Title'),
      stage: z.enum(CR_STAGES).describe('Its stage'),
    })
    .nullable()
    .describe('Set for kind change_request'),
  policyVersion: z
    .object({
      id: IdSchema,
      policyId: IdSchema,
      policySlug: z.string().describe('Policy slug'),
      label: z.string().describe('Version label'),
      state: z.string().describe('in_review, approved or live (a live one with a future date reads scheduled)'),
    })
    .nullable()
    .describe('Set for kind policy_version'),
  freezeWindow: CrFreezeWindowSchema.nullable().describe('Set for kind freeze_window'),
  acknowledged: z
    .object({
      by: Person.describe('Who acknowledged it'),
      at: TimestampSchema.describe('When'),
      note: z.string().describe('Why it is acceptable'),
    })
    .nullable()
    .describe('Null: not acknowledged yet (blocks leaving Approval)'),
});
export type CrConflict = z.infer<typeof CrConflictSchema>;

export const CrConflictsSchema = z.object({
  effectiveDate: IsoDateSchema.nullable().describe("The CR's effective date checked (null: none set, nothing checked)"),
  windowDays: CrConflictWindowDaysSchema,
  items: z.array(CrConflictSchema).describe('Every current conflict, by date'),
  unacknowledged: z.array(z.string()).describe('Keys still to acknowledge'),
  abilities: z
    .object({ acknowledge: z.boolean().describe('May acknowledge (change_requests.manage)') })
    .describe('What the caller may do'),
});
export type CrConflicts = z.infer<typeof CrConflictsSchema>;

export const CrConflictAcknowledgeSchema = z.object({
  version: VersionSchema.describe('The CR version you read'),
  keys: z.array(z.string().min(1).max(300)).min(1, 'Pick at least one conflict').max(100).describe('Conflict keys'),
  note: Text('Why it is acceptable (optional)', 1000).default(''),
});
export type CrConflictAcknowledge = z.input<typeof CrConflictAcknowledgeSchema>;

// ---- Launch ------------------------------------------------------------------------------------

export const CrLaunchCreateSchema = z.object({
  version: VersionSchema.describe('The CR version you read'),
  effectiveDate: IsoDateSchema.describe('When the new version takes effect; today or earlier launches at once'),
  marketDates: z
    .array(MarketDateInputSchema)
    .max(300)
    .default([])
    .describe('Staged rollout: markets where it takes effect on another date'),
});
export type CrLaunchCreate = z.input<typeof CrLaunchCreateSchema>;

export const CrLaunchInfoSchema = z.object({
  versionId: IdSchema.describe('The published policy version'),
  versionLabel: z.string().describe('Its label, e.g. 3.2'),
  effectiveDate: IsoDateSchema,
  marketDates: z.array(CrMarketDateSchema).describe('Per-market dates of the staged rollout'),
  launchedAt: TimestampSchema.nullable().describe('When the CR became Launched (null: scheduled, not yet)'),
  scheduledFor: IsoDateSchema.nullable().describe(
    'Set while the launch waits for its date (the CR stays in its stage)',
  ),
});
export type CrLaunchInfo = z.infer<typeof CrLaunchInfoSchema>;

// ---- Post-launch reviews ---------------------------------------------------------------------------

export const CR_REVIEW_OFFSETS = [30, 90] as const;
export const CR_REVIEW_STATUSES = ['due', 'overdue', 'done'] as const;
export type CrReviewStatus = (typeof CR_REVIEW_STATUSES)[number];

export const CrPostLaunchReviewSchema = z.object({
  id: IdSchema,
  offsetDays: z.number().int().describe('Days after the effective date: 30 or 90'),
  dueOn: IsoDateSchema,
  status: z.enum(CR_REVIEW_STATUSES).describe('due (not done, due today or later), overdue (past due), done'),
  notes: z.string().describe('Markdown: what the review found'),
  completedBy: Person.nullable().describe('Who completed it (null: not yet)'),
  completedAt: TimestampSchema.nullable().describe('When it was completed (null: not yet)'),
  metrics: z
    .object({
      note: z.string().describe('Where the figures come from; empty until the metrics module fills them'),
      items: z
        .array(
          z.object({
            name: z.string().describe('Metric name'),
            before: z.number().nullable().describe('Value before the launch'),
            after: z.number().nullable().describe('Value after the launch'),
          }),
        )
        .describe('Always empty for now: no figures are made up'),
    })
    .describe('Policy performance around the launch (filled by the metrics module later)'),
  version: VersionSchema,
});
export type CrPostLaunchReview = z.infer<typeof CrPostLaunchReviewSchema>;

export const CrReviewParamsSchema = z.object({ changeRequestId: IdSchema, reviewId: IdSchema });

export const CrReviewCompleteSchema = z.object({
  version: VersionSchema.describe('The review version you read'),
  notes: Text('Markdown: what the review found', 20_000).min(1, 'Write what the review found'),
});
export type CrReviewComplete = z.infer<typeof CrReviewCompleteSchema>;

// ---- My work ---------------------------------------------------------------------------------------

const CrRefSchema = z.object({
  id: IdSchema,
  number: z.number().int().describe('Shown as CR-12'),
  title: z.string().describe('Title'),
});

export const CrMyWorkSchema = z.object({
  reviewsDue: z
    .array(
      z.object({
        changeRequest: CrRefSchema.describe('The CR'),
        review: CrPostLaunchReviewSchema.describe('The review'),
      }),
    )
    .describe('Post-launch reviews of CRs I own, not done, due within 7 days or overdue; soonest first'),
  overdue: z
    .array(
      CrRefSchema.extend({
        stage: z.enum(CR_STAGES).describe('Its stage'),
        stageDueOn: IsoDateSchema.nullable().describe('Last day within the stage target'),
      }),
    )
    .describe('CRs I own that are in their stage longer than its target'),
});
export type CrMyWork = z.infer<typeof CrMyWorkSchema>;
