import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.contract.js';
import { KeyResultTypeSchema } from './okrs.contract.js';
import {
  FiscalYearKeySchema,
  InitiativeStatusSchema,
  RoadmapDateSchema,
  RoadmapNamedSchema,
} from './roadmap.contract.js';

/**
 * Baselines of the roadmap (issue 9, item 4): a named, immutable snapshot of a fiscal year's
 * initiatives, milestones, scope links and key-result targets, and the comparison of the live
 * roadmap with one of them (or with the roadmap as it was on a date: the latest baseline on or
 * before that day).
 */
export const BASELINE_KINDS = ['manual', 'automatic'] as const;
export const BaselineKindSchema = z
  .enum(BASELINE_KINDS)
  .describe('manual (saved by someone) or automatic (made at the start of each quarter)');
export type BaselineKind = z.infer<typeof BaselineKindSchema>;

export const RoadmapBaselineCreateSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'Name the baseline, e.g. “FY27 plan as approved”')
    .max(120, 'Keep the name under 120 characters')
    .describe('What this baseline is, e.g. “FY27 plan as approved”'),
});
export type RoadmapBaselineCreate = z.infer<typeof RoadmapBaselineCreateSchema>;

export const RoadmapBaselineSchema = z.object({
  id: IdSchema,
  yearKey: FiscalYearKeySchema,
  name: z.string(),
  kind: BaselineKindSchema,
  period: z.string().nullable().describe('For an automatic baseline: the quarter it opens, e.g. FY2027-Q2'),
  createdBy: RoadmapNamedSchema.nullable().describe('Who saved it (null: made automatically, or a deleted person)'),
  createdAt: TimestampSchema.describe('When the snapshot was taken'),
  counts: z.object({
    initiatives: z.number().int(),
    milestones: z.number().int(),
    keyResults: z.number().int(),
  }),
  abilities: z.object({ delete: z.boolean() }),
});
export type RoadmapBaseline = z.infer<typeof RoadmapBaselineSchema>;

export const RoadmapBaselineListSchema = z.object({
  items: z.array(RoadmapBaselineSchema).describe('Newest first'),
});
export type RoadmapBaselineList = z.infer<typeof RoadmapBaselineListSchema>;

export const RoadmapBaselineYearParamsSchema = z.object({ key: FiscalYearKeySchema });
export const RoadmapBaselineParamsSchema = z.object({ key: FiscalYearKeySchema, id: IdSchema });

export const RoadmapCompareQuerySchema = z
  .object({
    baseline: IdSchema.optional().describe('Compare with this baseline'),
    date: RoadmapDateSchema.optional().describe('Compare with the roadmap as it was on this day'),
  })
  .describe('Exactly one of baseline and date');
export type RoadmapCompareQuery = z.infer<typeof RoadmapCompareQuerySchema>;

const Ref = { id: IdSchema, title: z.string() };
const IdChanges = z.object({ added: z.array(IdSchema), removed: z.array(IdSchema) });
const MilestoneRef = z.object({ ...Ref, initiativeId: IdSchema, date: RoadmapDateSchema });

export const RoadmapComparisonSchema = z.object({
  baseline: RoadmapBaselineSchema.describe('The baseline compared with'),
  date: RoadmapDateSchema.nullable().describe('The day asked for, when compared by date'),
  initiatives: z.object({
    added: z.array(z.object(Ref)),
    removed: z.array(z.object(Ref)),
    datesMoved: z
      .array(
        z.object({
          ...Ref,
          startBefore: RoadmapDateSchema,
          startAfter: RoadmapDateSchema,
          startDeltaDays: z.number().int(),
          endBefore: RoadmapDateSchema,
          endAfter: RoadmapDateSchema,
          endDeltaDays: z.number().int().describe('Signed: positive = later'),
        }),
      )
      .describe('Largest move (start or end, either way) first'),
    statusChanged: z.array(z.object({ ...Ref, before: InitiativeStatusSchema, after: InitiativeStatusSchema })),
    ownerChanged: z.array(z.object({ ...Ref, before: IdSchema.nullable(), after: IdSchema.nullable() })),
    scopeChanged: z
      .array(z.object({ ...Ref, areas: IdChanges, policies: IdChanges, teams: IdChanges }))
      .describe('Policies the caller may not see are left out'),
  }),
  milestones: z.object({
    added: z.array(MilestoneRef),
    removed: z.array(MilestoneRef),
    moved: z
      .array(
        z.object({
          ...Ref,
          initiativeId: IdSchema,
          dateBefore: RoadmapDateSchema,
          dateAfter: RoadmapDateSchema,
          slipDays: z.number().int().describe('Signed: positive = later'),
        }),
      )
      .describe('Largest slip (either way) first'),
  }),
  keyResults: z.object({
    added: z.array(z.object(Ref)),
    removed: z.array(z.object(Ref)),
    targetsChanged: z.array(
      z.object({
        ...Ref,
        type: KeyResultTypeSchema,
        baseline: z.number().nullable(),
        targetBefore: z.number().nullable(),
        targetAfter: z.number().nullable(),
        ambition: z.enum(['lowered', 'raised', 'changed']).describe("Read in the key result's direction"),
      }),
    ),
  }),
  summary: z.object({
    initiativesAdded: z.number().int(),
    initiativesRemoved: z.number().int(),
    initiativesMoved: z.number().int(),
    statusChanges: z.number().int(),
    ownerChanges: z.number().int(),
    scopeChanges: z.number().int(),
    milestonesSlipped: z.number().int(),
    milestonesPulledIn: z.number().int(),
    targetsLowered: z.number().int(),
    targetsRaised: z.number().int(),
  }),
  names: z
    .object({
      initiatives: z.array(RoadmapNamedSchema).describe('Initiatives named by milestone changes'),
      people: z.array(RoadmapNamedSchema),
      areas: z.array(RoadmapNamedSchema),
      teams: z.array(RoadmapNamedSchema),
      policies: z.array(RoadmapNamedSchema).describe('Only policies the caller may see'),
    })
    .describe('Names for the ids the comparison refers to'),
});
export type RoadmapComparison = z.infer<typeof RoadmapComparisonSchema>;

// ---- Audit -------------------------------------------------------------------------------------

export const ROADMAP_BASELINE_AUDIT_ACTIONS = ['roadmap_baseline.created', 'roadmap_baseline.deleted'] as const;

const BaselineAuditSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The baseline'),
    yearKey: FiscalYearKeySchema,
    name: z.string().describe('Name'),
    kind: BaselineKindSchema,
    period: z.string().nullable().describe('Quarter an automatic baseline opens'),
    initiatives: z.number().int().describe('Initiatives in the snapshot'),
    milestones: z.number().int().describe('Milestones in the snapshot'),
    keyResults: z.number().int().describe('Key results in the snapshot'),
  })
  .describe('A roadmap baseline (its snapshot is not copied into the log)');

const NOTHING = z.null().optional().describe('Nothing recorded');

export const ROADMAP_BASELINE_AUDIT_PAYLOAD_SCHEMAS = {
  'roadmap_baseline.created': z.strictObject({
    entityType: z.literal('roadmap_baseline').describe('Kind of record: roadmap_baseline'),
    before: NOTHING,
    after: BaselineAuditSnapshotSchema,
  }),
  'roadmap_baseline.deleted': z.strictObject({
    entityType: z.literal('roadmap_baseline').describe('Kind of record: roadmap_baseline'),
    before: BaselineAuditSnapshotSchema,
    after: NOTHING,
  }),
} as const;
