import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { InitiativePrioritySchema, InitiativeStatusSchema, RoadmapDateSchema } from './roadmap.contract.js';

/**
 * Portfolio and capacity (issue 9, item 9): per team and fiscal quarter, the planned effort of the
 * initiatives against the team's stated capacity (people × focus × weeks), a read-only what-if, and
 * the priority ranking with its formula.
 */
const QuarterKeySchema = z
  .string()
  .regex(/^FY\d{4}-Q[1-4]$/, 'Use a fiscal quarter, e.g. FY2027-Q2')
  .describe('Fiscal quarter, e.g. FY2027-Q2');

export const TeamCapacityEntrySchema = z.object({
  people: z.number().min(0, 'Use 0 or more people').max(10_000).describe('People in the team'),
  focus: z
    .number()
    .min(0, 'Focus is a share from 0 to 1')
    .max(1, 'Focus is a share from 0 to 1')
    .describe('Share of their time for roadmap work, 0–1'),
});

export const TeamCapacitySchema = z.object({
  teamId: IdSchema,
  teamName: z.string(),
  people: z.number().nullable().describe('Standing capacity for every quarter; null: not stated'),
  focus: z.number().nullable(),
  overrides: z
    .array(TeamCapacityEntrySchema.extend({ period: QuarterKeySchema }))
    .describe('Quarters with a capacity of their own'),
  version: z.number().int().describe('0 while no capacity was ever stated'),
});
export type TeamCapacity = z.infer<typeof TeamCapacitySchema>;

export const TeamCapacityUpdateSchema = TeamCapacityEntrySchema.extend({
  version: z.number().int().min(0).describe('The version read (0 when none was stated yet)'),
  overrides: z
    .array(TeamCapacityEntrySchema.extend({ period: QuarterKeySchema }))
    .max(40)
    .default([])
    .describe('Quarters with a capacity of their own (replaces the ones stored)'),
});
export type TeamCapacityUpdate = z.input<typeof TeamCapacityUpdateSchema>;

export const CapacityCellSchema = z.object({
  teamId: IdSchema.nullable().describe('null: initiatives with no team'),
  period: z.string(),
  label: z.string().describe('FY27 Q2'),
  capacityWeeks: z.number().nullable().describe('Person-weeks; null: no capacity stated'),
  plannedWeeks: z.number(),
  proposedWeeks: z.number(),
  overAllocatedWeeks: z.number().nullable(),
  utilisation: z.number().nullable().describe('Planned ÷ capacity'),
  initiatives: z.array(z.object({ id: IdSchema, weeks: z.number(), status: InitiativeStatusSchema })),
});
export type CapacityCell = z.infer<typeof CapacityCellSchema>;

export const CapacityInitiativeSchema = z.object({
  id: IdSchema,
  title: z.string(),
  status: InitiativeStatusSchema,
  priority: InitiativePrioritySchema,
  start: RoadmapDateSchema,
  end: RoadmapDateSchema,
  effortWeeks: z.number().nullable(),
  teamIds: z.array(IdSchema),
  version: z.number().int().describe('For applying a move through the initiative update'),
  editable: z.boolean(),
  keyResultsServed: z.number().int(),
  score: z.number().nullable().describe('Priority score; null without an effort estimate'),
  worked: z.string().describe('The score worked out'),
  rank: z.number().int().nullable(),
});
export type CapacityInitiative = z.infer<typeof CapacityInitiativeSchema>;

export const RoadmapCapacitySchema = z.object({
  year: z.object({ key: z.string(), label: z.string() }),
  quarters: z.array(z.object({ key: z.string(), label: z.string(), start: RoadmapDateSchema, end: RoadmapDateSchema })),
  teams: z.array(TeamCapacitySchema),
  cells: z.array(CapacityCellSchema),
  unestimated: z.array(IdSchema).describe('Counted initiatives without an effort estimate'),
  initiatives: z.array(CapacityInitiativeSchema).describe('Ranked by priority score'),
  priorityFormula: z.string(),
  rules: z.string().describe('How effort and capacity are counted'),
});
export type RoadmapCapacity = z.infer<typeof RoadmapCapacitySchema>;

export const CapacityChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('move'),
    initiativeId: IdSchema,
    weeks: z
      .number()
      .int()
      .min(-104)
      .max(104)
      .refine((n) => n !== 0, 'Move by at least one week'),
  }),
  z.object({ kind: z.literal('drop'), initiativeId: IdSchema }),
]);
export type CapacityChange = z.infer<typeof CapacityChangeSchema>;

export const CapacityWhatIfRequestSchema = z.object({
  changes: z.array(CapacityChangeSchema).min(1, 'Pick at least one initiative to move or drop').max(200),
});
export type CapacityWhatIfRequest = z.infer<typeof CapacityWhatIfRequestSchema>;

const LoadSchema = z.object({ plannedWeeks: z.number(), overAllocatedWeeks: z.number().nullable() });
const CellRefSchema = z.object({ teamId: IdSchema.nullable(), period: z.string() });

export const CapacityWhatIfSchema = z.object({
  changes: z.array(
    z.object({
      initiativeId: IdSchema,
      kind: z.enum(['move', 'drop']),
      start: RoadmapDateSchema.nullable().describe('New start (moves)'),
      end: RoadmapDateSchema.nullable(),
    }),
  ),
  cells: z.array(
    z.object({
      teamId: IdSchema.nullable(),
      period: z.string(),
      label: z.string(),
      capacityWeeks: z.number().nullable(),
      before: LoadSchema,
      after: LoadSchema,
      deltaWeeks: z.number(),
    }),
  ),
  newlyOverAllocated: z.array(CellRefSchema),
  relieved: z.array(CellRefSchema),
  keyResults: z
    .array(z.object({ initiativeId: IdSchema, keyResultId: IdSchema, title: z.string() }))
    .describe('Key results the moved or dropped initiatives serve'),
  criticalPath: z.union([
    z.object({
      ok: z.literal(true),
      before: z.object({ finish: RoadmapDateSchema.nullable(), criticalPath: z.array(z.string()) }),
      after: z.object({ finish: RoadmapDateSchema.nullable(), criticalPath: z.array(z.string()) }),
      finishDeltaDays: z.number().nullable(),
      lateFixedMilestones: z.array(
        z.object({ milestoneId: z.string(), title: z.string(), daysLate: z.number(), daysLateBefore: z.number() }),
      ),
      resolvedFixedMilestones: z.array(z.string()),
      brokenDependencies: z.number().int().describe('Dependencies the change breaks anew or makes worse'),
    }),
    z.object({ ok: z.literal(false), cycle: z.array(z.string()) }),
  ]),
});
export type CapacityWhatIf = z.infer<typeof CapacityWhatIfSchema>;
