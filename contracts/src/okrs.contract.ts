import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { CONFIDENCES, KEY_RESULT_TYPES, ROLLUP_METHODS } from './okr-vocabulary.js';
import { PERIOD_KEY_PATTERN } from './planning-periods.js';

// Objectives, key results and check-ins. Periods, the board and quarter close: okr-periods.contract.ts.

export const OkrPeriodKeySchema = z
  .string()
  .regex(PERIOD_KEY_PATTERN, 'Use a fiscal year or quarter, e.g. FY2027 or FY2027-Q2')
  .describe('Fiscal year or quarter: FY2027, FY2027-Q2 (a fiscal year is named by the year it ends in)');

export const KeyResultTypeSchema = z
  .enum(KEY_RESULT_TYPES)
  .describe('increase_to, decrease_to, stay_at_or_above, stay_at_or_below, milestone or yes_no');
export const ConfidenceSchema = z.enum(CONFIDENCES).describe('on_track, at_risk or off_track');
export const RollupMethodSchema = z
  .enum(ROLLUP_METHODS)
  .describe('average: plain mean of key results; weighted: by key-result weights');

export const OkrDateSchema = z.iso.date({ message: 'Use a date as YYYY-MM-DD' }).describe('Calendar date, YYYY-MM-DD');

const MeasureSchema = z
  .number({ error: 'Enter a number' })
  .min(-1e12, 'Use a number between -1e12 and 1e12')
  .max(1e12, 'Use a number between -1e12 and 1e12');

const MarkdownSchema = (max: number, what: string) =>
  z.string().trim().max(max, `Use at most ${max} characters`).describe(`${what} (Markdown)`);

export const OkrPersonSchema = z.object({ id: IdSchema, name: z.string().describe('Display name') });
export type OkrPerson = z.infer<typeof OkrPersonSchema>;

// ---- Key-result sources (feeds) ------------------------------------------------------------------

/**
 * Where a key result's value comes from: check-ins (manual), or fed automatically from a source.
 * Only `manual` has a feed today; `initiative` (a linked initiative's progress) is accepted by the
 * schema and refused by the service until the roadmap registers its feed.
 */
export const KeyResultSourceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('manual').describe('Values come from check-ins') }),
    z.object({
      kind: z.literal('initiative').describe("Fed from a linked initiative's progress (%)"),
      initiativeId: IdSchema.describe('The initiative'),
    }),
  ])
  .describe('Where the value comes from');
export type KeyResultSource = z.infer<typeof KeyResultSourceSchema>;
export type KeyResultSourceKind = KeyResultSource['kind'];

// ---- Check-ins -----------------------------------------------------------------------------------

export const CheckInSchema = z.object({
  id: IdSchema,
  keyResultId: IdSchema,
  value: z.number().describe('The value reported'),
  confidence: ConfidenceSchema,
  comment: z.string().describe('Markdown comment'),
  date: OkrDateSchema.describe('The day the check-in is for'),
  author: OkrPersonSchema.nullable().describe('Who checked in (null: a deleted user)'),
  createdAt: TimestampSchema,
});
export type CheckIn = z.infer<typeof CheckInSchema>;

export const CheckInCreateSchema = z.object({
  value: MeasureSchema.describe('The current value; 0 or 1 for milestones and yes/no'),
  confidence: ConfidenceSchema,
  comment: MarkdownSchema(10_000, 'What moved, and what is in the way').default(''),
  date: OkrDateSchema.optional().describe('The day it is for (default today); not in the future or before the period'),
});
export type CheckInCreate = z.input<typeof CheckInCreateSchema>;

export const TrendPointSchema = z.object({
  date: OkrDateSchema,
  value: z.number(),
  confidence: ConfidenceSchema,
  progress: z.number().min(0).max(100).describe('Progress (%) at that value'),
});
export type TrendPoint = z.infer<typeof TrendPointSchema>;

// ---- Key results ---------------------------------------------------------------------------------

const KeyResultTitleSchema = z
  .string()
  .trim()
  .min(1, 'Name the key result')
  .max(300, 'Use at most 300 characters')
  .describe('What is measured, e.g. "Reduce appeal overturn rate on hate speech"');
const UnitSchema = z
  .string()
  .trim()
  .max(24, 'Use at most 24 characters')
  .describe('Unit shown after values: %, h, cases');
const WeightSchema = z
  .number({ error: 'Enter a weight' })
  .gt(0, 'Use a weight above 0')
  .max(100, 'Use a weight up to 100')
  .describe('Weight in weighted roll-up (default 1)');

export const KeyResultCreateSchema = z.object({
  title: KeyResultTitleSchema,
  type: KeyResultTypeSchema,
  unit: UnitSchema.default(''),
  baseline: MeasureSchema.optional().describe('Where it starts; required except for milestones and yes/no (0)'),
  target: MeasureSchema.optional().describe(
    'Where it should end (a floor or ceiling for stay-at types); required except for milestones and yes/no (1)',
  ),
  weight: WeightSchema.default(1),
  source: KeyResultSourceSchema.default({ kind: 'manual' }),
});
export type KeyResultCreate = z.input<typeof KeyResultCreateSchema>;

export const KeyResultUpdateSchema = z.object({
  version: VersionSchema,
  title: KeyResultTitleSchema.optional(),
  unit: UnitSchema.optional(),
  baseline: MeasureSchema.optional().describe('Where it starts'),
  target: MeasureSchema.optional().describe('Where it should end'),
  weight: WeightSchema.optional(),
  source: KeyResultSourceSchema.optional(),
});
export type KeyResultUpdate = z.infer<typeof KeyResultUpdateSchema>;

export const KeyResultSchema = z.object({
  id: IdSchema,
  objectiveId: IdSchema,
  title: z.string(),
  type: KeyResultTypeSchema,
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  weight: z.number(),
  source: KeyResultSourceSchema,
  position: z.number().int().describe('Order within the objective'),
  currentValue: z.number().nullable().describe("The latest check-in's value (or the feed's); null before any"),
  progress: z.number().min(0).max(100).describe('Progress (%), by the rule of the type, clamped to 0–100'),
  progressExplanation: z.string().describe('The rule applied, e.g. "(10% − 12%) / (8% − 12%) = 50%"'),
  confidence: ConfidenceSchema.nullable().describe("The latest check-in's confidence"),
  lastCheckInDate: OkrDateSchema.nullable(),
  lastCheckInAgeDays: z.number().int().nullable().describe('Days since the last check-in'),
  checkInDue: z.boolean().describe('Open period, and no check-in in the last 7 days (a week of grace when new)'),
  trend: z.array(TrendPointSchema).describe('Every check-in, oldest first: the sparkline'),
  score: z.number().min(0).max(1).nullable().describe('Score 0.0–1.0 given at period close'),
  scoreComment: z.string().nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
  abilities: z.object({ update: z.boolean(), delete: z.boolean(), checkIn: z.boolean() }),
});
export type KeyResult = z.infer<typeof KeyResultSchema>;

export const KeyResultDetailSchema = KeyResultSchema.extend({
  checkIns: z.array(CheckInSchema).describe('Every check-in, newest first'),
});
export type KeyResultDetail = z.infer<typeof KeyResultDetailSchema>;

// ---- Objectives ----------------------------------------------------------------------------------

const ObjectiveTitleSchema = z
  .string()
  .trim()
  .min(1, 'Name the objective')
  .max(200, 'Use at most 200 characters')
  .describe('The objective, e.g. "Make hate speech enforcement consistent across markets"');

export const StatusOverrideInputSchema = z
  .object({
    status: ConfidenceSchema,
    reason: z
      .string({ error: 'Say why the status differs from the key results' })
      .trim()
      .min(1, 'Say why the status differs from the key results')
      .max(2000, 'Use at most 2000 characters'),
  })
  .describe("The owner's status instead of the weakest key result's, with the reason");

export const ObjectiveCreateSchema = z.object({
  periodKey: OkrPeriodKeySchema,
  title: ObjectiveTitleSchema,
  description: MarkdownSchema(20_000, 'Why it matters').default(''),
  ownerId: IdSchema.optional().describe('Who owns it (default: the caller)'),
  teamId: IdSchema.nullable().default(null).describe('The team it belongs to'),
  parentId: IdSchema.nullable().default(null).describe('The objective it aligns to: same period or the fiscal year'),
  rollupMethod: RollupMethodSchema.default('average'),
  includeChildren: z.boolean().default(false).describe('Whether aligned objectives count in the roll-up'),
});
export type ObjectiveCreate = z.input<typeof ObjectiveCreateSchema>;

export const ObjectiveUpdateSchema = z.object({
  version: VersionSchema,
  title: ObjectiveTitleSchema.optional(),
  description: MarkdownSchema(20_000, 'Why it matters').optional(),
  ownerId: IdSchema.optional(),
  teamId: IdSchema.nullable().optional(),
  parentId: IdSchema.nullable().optional(),
  rollupMethod: RollupMethodSchema.optional(),
  includeChildren: z.boolean().optional(),
  statusOverride: StatusOverrideInputSchema.nullable().optional().describe('Set (with a reason) or clear (null)'),
});
export type ObjectiveUpdate = z.infer<typeof ObjectiveUpdateSchema>;

export const ObjectiveRefSchema = z.object({
  id: IdSchema,
  title: z.string(),
  periodKey: OkrPeriodKeySchema,
  periodLabel: z.string().describe('FY27 Q2'),
});
export type ObjectiveRef = z.infer<typeof ObjectiveRefSchema>;

export const ObjectiveStatusSchema = z.object({
  value: ConfidenceSchema.nullable().describe('What to show: the override, else the weakest key result'),
  derived: ConfidenceSchema.nullable().describe("The weakest key result's latest confidence"),
  source: z.enum(['key_results', 'override']).describe('Where value comes from'),
  reason: z.string().nullable().describe("The override's reason"),
});

export const ObjectiveSchema = z.object({
  id: IdSchema,
  periodKey: OkrPeriodKeySchema,
  periodLabel: z.string(),
  title: z.string(),
  description: z.string().describe('Markdown'),
  owner: OkrPersonSchema,
  team: z.object({ id: IdSchema, name: z.string() }).nullable(),
  parent: ObjectiveRefSchema.nullable().describe('The objective it aligns to'),
  rollupMethod: RollupMethodSchema,
  includeChildren: z.boolean(),
  progress: z.number().min(0).max(100).nullable().describe('Rolled-up progress (%); null with nothing to roll up'),
  progressFormula: z.string().describe('e.g. "average of 3 key results: (50% + 100% + 20%) / 3 = 56.7%"'),
  score: z.number().min(0).max(1).nullable().describe('Rolled-up score once every key result is scored'),
  scoreFormula: z.string(),
  status: ObjectiveStatusSchema,
  locked: z.boolean().describe('Its period is closed: no edits, no check-ins'),
  childCount: z.number().int().describe('Objectives aligned to it'),
  keyResults: z.array(KeyResultSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
  abilities: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    addKeyResult: z.boolean(),
    checkIn: z.boolean(),
  }),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

export const ObjectiveDetailSchema = ObjectiveSchema.extend({
  keyResults: z.array(KeyResultDetailSchema),
  children: z.array(ObjectiveRefSchema.extend({ progress: z.number().nullable() })).describe('Aligned objectives'),
});
export type ObjectiveDetail = z.infer<typeof ObjectiveDetailSchema>;

export const ObjectiveIdParamsSchema = z.object({ objectiveId: IdSchema });
export const KeyResultIdParamsSchema = z.object({ keyResultId: IdSchema });
