import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import {
  DependencyEndpointTypeSchema,
  FiscalPeriodSchema,
  FiscalYearKeySchema,
  InitiativeHealthSchema,
  InitiativePrioritySchema,
  InitiativeStatusSchema,
  MilestoneKindSchema,
  MonthNumberSchema,
  RoadmapDateSchema,
  RoadmapNamedSchema,
} from './roadmap.contract.js';

/**
 * A whole fiscal year of the roadmap in one reply, for the timeline and the roadmap algorithms
 * (critical path, baselines, capacity): flat arrays that refer to each other by id, with each
 * person, area and team named once. Compact on purpose: a year can hold thousands of initiatives.
 */
export const RoadmapYearInitiativeSchema = z.object({
  id: IdSchema,
  title: z.string(),
  ownerId: IdSchema.describe('In people'),
  parentId: IdSchema.nullable(),
  status: InitiativeStatusSchema,
  priority: InitiativePrioritySchema,
  start: RoadmapDateSchema,
  end: RoadmapDateSchema.describe('Last day, inclusive'),
  effortWeeks: z.number().nullable(),
  areaIds: z.array(IdSchema).describe('In areas'),
  teamIds: z.array(IdSchema).describe('In teams'),
  progress: z.number().int().min(0).max(100).describe('Shown progress (%)'),
  progressOverridden: z.boolean().describe('The progress is a manual override'),
  health: InitiativeHealthSchema.nullable().describe('Latest health update (null: none yet)'),
  updateDue: z.boolean(),
  editable: z.boolean().describe('The caller may reschedule it'),
});
export type RoadmapYearInitiative = z.infer<typeof RoadmapYearInitiativeSchema>;

export const RoadmapYearMilestoneSchema = z.object({
  id: IdSchema,
  initiativeId: IdSchema,
  title: z.string(),
  kind: MilestoneKindSchema,
  date: RoadmapDateSchema,
  fixed: z.boolean().describe('External date that does not move'),
  done: z.boolean(),
});
export type RoadmapYearMilestone = z.infer<typeof RoadmapYearMilestoneSchema>;

export const RoadmapYearDependencySchema = z.object({
  id: IdSchema,
  fromType: DependencyEndpointTypeSchema,
  fromId: IdSchema.describe('Predecessor: an initiative or a milestone'),
  fromInitiativeId: IdSchema.describe('The predecessor, or the initiative its milestone belongs to'),
  toType: DependencyEndpointTypeSchema,
  toId: IdSchema.describe('Successor: an initiative or a milestone'),
  toInitiativeId: IdSchema.describe('The successor, or the initiative its milestone belongs to'),
  lagDays: z.number().int().describe('Finish-to-start lag in days'),
});
export type RoadmapYearDependency = z.infer<typeof RoadmapYearDependencySchema>;

export const RoadmapYearSchema = z.object({
  year: FiscalPeriodSchema.describe('The fiscal year'),
  quarters: z.array(FiscalPeriodSchema).length(4),
  fiscalYearStartMonth: MonthNumberSchema,
  today: RoadmapDateSchema,
  initiatives: z
    .array(RoadmapYearInitiativeSchema)
    .describe('Every initiative overlapping the year (start on or before its last day, end on or after its first)'),
  milestones: z
    .array(RoadmapYearMilestoneSchema)
    .describe('Every milestone of those initiatives (in no particular order)'),
  dependencies: z
    .array(RoadmapYearDependencySchema)
    .describe('Every dependency whose both ends belong to those initiatives (in no particular order)'),
  people: z.array(RoadmapNamedSchema).describe('Owners named by the initiatives'),
  areas: z.array(RoadmapNamedSchema).describe('Policy areas named by the initiatives'),
  teams: z.array(RoadmapNamedSchema).describe('Teams named by the initiatives'),
});
export type RoadmapYear = z.infer<typeof RoadmapYearSchema>;

export const RoadmapYearParamsSchema = z.object({ year: FiscalYearKeySchema });
