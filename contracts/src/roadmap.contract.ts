import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { PERIOD_KEY_PATTERN } from './planning-periods.js';
import {
  DEPENDENCY_ENDPOINT_TYPES,
  INITIATIVE_HEALTHS,
  INITIATIVE_PRIORITIES,
  INITIATIVE_STATUSES,
  MILESTONE_KINDS,
  PROGRESS_SOURCES,
  UPDATE_CADENCES,
} from './roadmap-vocabulary.js';

export * from './roadmap-vocabulary.js';

// ---- The roadmap's words as schemas ------------------------------------------------------------

export const InitiativeStatusSchema = z
  .enum(INITIATIVE_STATUSES)
  .describe('proposed, planned, in_progress, paused, done or cancelled');
export const InitiativePrioritySchema = z.enum(INITIATIVE_PRIORITIES).describe('p0 (critical) … p3 (low)');
export const InitiativeHealthSchema = z.enum(INITIATIVE_HEALTHS).describe('on_track, at_risk or off_track');
export const UpdateCadenceSchema = z.enum(UPDATE_CADENCES).describe('How often a health update is expected');
export const WeekdaySchema = z.number().int().min(1).max(7).describe('ISO weekday the update is due: 1 = Monday');
export const MilestoneKindSchema = z
  .enum(MILESTONE_KINDS)
  .describe('internal (may move) or an external, fixed date: regulatory_deadline, transparency_report, product_launch');
export const DependencyEndpointTypeSchema = z.enum(DEPENDENCY_ENDPOINT_TYPES).describe('initiative or milestone');
export const ProgressSourceSchema = z
  .enum(PROGRESS_SOURCES)
  .describe('What the derived progress comes from: milestones done, child initiatives, the status (done), or none');

/** A calendar date, YYYY-MM-DD (the roadmap has no time of day). */
export const RoadmapDateSchema = z.iso
  .date({ message: 'Use a date as YYYY-MM-DD' })
  .describe('Calendar date, YYYY-MM-DD');

export const PeriodKeySchema = z
  .string()
  .regex(PERIOD_KEY_PATTERN, 'Use a fiscal year or quarter, e.g. FY2027 or FY2027-Q2')
  .describe('Fiscal year or quarter: FY2027, FY2027-Q2 (a fiscal year is named by the year it ends in)');

export const FiscalYearKeySchema = z
  .string()
  .regex(/^FY\d{4}$/, 'Use a fiscal year, e.g. FY2027')
  .describe('Fiscal year, e.g. FY2027');

/**
 * When an initiative starts or ends: an exact date, or a fiscal period (its first day for a start,
 * its last day for an end), read with the workspace's fiscal-year start month.
 */
export const DateOrPeriodSchema = z
  .string()
  .trim()
  .refine(
    (text) => PERIOD_KEY_PATTERN.test(text) || z.iso.date().safeParse(text).success,
    'Use a date (YYYY-MM-DD) or a fiscal quarter (FY2027-Q2)',
  )
  .describe('A date (YYYY-MM-DD) or a fiscal period (FY2027-Q2, FY2027): its first day as a start, last as an end');

export const RoadmapPersonSchema = z.object({ id: IdSchema, name: z.string().describe('Display name') });
export type RoadmapPerson = z.infer<typeof RoadmapPersonSchema>;
export const RoadmapNamedSchema = z.object({ id: IdSchema, name: z.string() });

// ---- Planning settings -------------------------------------------------------------------------

export const MonthNumberSchema = z
  .number()
  .int()
  .min(1, 'Use a month 1-12')
  .max(12, 'Use a month 1-12')
  .describe('1 = January … 12 = December');

export const FiscalPeriodSchema = z.object({
  key: PeriodKeySchema,
  label: z.string().describe('FY27 or FY27 Q2'),
  start: RoadmapDateSchema.describe('First day'),
  end: RoadmapDateSchema.describe('Last day, inclusive'),
});
export type FiscalPeriod = z.infer<typeof FiscalPeriodSchema>;

export const PlanningSettingsSchema = z.object({
  fiscalYearStartMonth: MonthNumberSchema.describe('Month the fiscal year starts in (1 = January)'),
  today: RoadmapDateSchema.describe("The server's today (UTC), which update-due and the current period follow"),
  currentYear: FiscalPeriodSchema.describe('The fiscal year today falls in'),
  currentQuarter: FiscalPeriodSchema.describe('The fiscal quarter today falls in'),
  updatedAt: TimestampSchema,
  updatedBy: RoadmapPersonSchema.nullable().describe('Who last changed it (null: never changed)'),
  version: VersionSchema,
  abilities: z.object({ update: z.boolean().describe('May change the settings (admins)') }),
});
export type PlanningSettings = z.infer<typeof PlanningSettingsSchema>;

export const PlanningSettingsUpdateSchema = z.object({
  version: VersionSchema,
  fiscalYearStartMonth: MonthNumberSchema.describe('Month the fiscal year starts in (1 = January)'),
});
export type PlanningSettingsUpdate = z.infer<typeof PlanningSettingsUpdateSchema>;

// ---- Pieces every initiative reply carries -----------------------------------------------------

export const ProgressOverrideSchema = z.object({
  value: z.number().int().min(0).max(100).describe('The progress shown instead of the derived one (%)'),
  reason: z.string().describe('Why the derived figure is wrong'),
  by: RoadmapPersonSchema.nullable().describe('Who set it'),
  at: TimestampSchema.describe('When it was set'),
});

export const ProgressSchema = z.object({
  value: z.number().int().min(0).max(100).describe('What to show (%): the override when there is one, else derived'),
  derived: z.number().int().min(0).max(100).describe('Progress derived from milestones or children (%)'),
  source: ProgressSourceSchema,
  basis: z.string().describe('How the derived figure was reached, e.g. "2 of 3 milestones done"'),
  override: ProgressOverrideSchema.nullable().describe('Manual override, shown as one; null when derived'),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const UpdateScheduleSchema = z.object({
  cadence: UpdateCadenceSchema,
  weekday: WeekdaySchema,
  lastUpdateOn: RoadmapDateSchema.nullable().describe('Day of the latest health update (null: none yet)'),
  health: InitiativeHealthSchema.nullable().describe('Health of the latest update (null: none yet)'),
  due: z.boolean().describe('An update is due now: the initiative is in progress and its latest due date has passed'),
  nextDueOn: RoadmapDateSchema.nullable().describe(
    'The day the next (or overdue) update is due; null while no updates are expected (not in progress)',
  ),
});
export type UpdateSchedule = z.infer<typeof UpdateScheduleSchema>;
