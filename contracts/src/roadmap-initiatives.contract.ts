import { z } from 'zod';
import { CursorQuerySchema, IdSchema, TimestampSchema, VersionSchema, pageOf } from './common.contract.js';
import {
  DateOrPeriodSchema,
  InitiativeHealthSchema,
  InitiativePrioritySchema,
  InitiativeStatusSchema,
  PeriodKeySchema,
  ProgressSchema,
  RoadmapDateSchema,
  RoadmapNamedSchema,
  RoadmapPersonSchema,
  UpdateCadenceSchema,
  UpdateScheduleSchema,
  WeekdaySchema,
} from './roadmap.contract.js';
import { INITIATIVE_STATUSES } from './roadmap-vocabulary.js';
import { DependencySchema, MilestoneSchema } from './roadmap-milestones.contract.js';
import { HealthUpdateSchema } from './roadmap-health.contract.js';

export const InitiativeTitleSchema = z
  .string()
  .trim()
  .min(1, 'Give the initiative a title')
  .max(200, 'Use at most 200 characters')
  .describe('Title');

export const InitiativeDescriptionSchema = z
  .string()
  .trim()
  .max(20000, 'Use at most 20000 characters')
  .describe('Markdown description (rendered sanitised)');

export const EffortWeeksSchema = z
  .number()
  .min(0, 'Effort cannot be negative')
  .max(10000, 'Use at most 10000 person-weeks')
  .describe('Effort estimate in person-weeks');

const Ids = (what: string, max: number) => z.array(IdSchema).max(max).describe(what);

export const ProgressOverrideInputSchema = z
  .object({
    value: z.number().int().min(0, 'Use 0-100').max(100, 'Use 0-100').describe('Progress to show instead (%)'),
    reason: z
      .string()
      .trim()
      .min(1, 'Say why the derived progress is wrong')
      .max(500, 'Use at most 500 characters')
      .describe('Why the derived figure is wrong (required)'),
  })
  .describe('A manual progress override; null removes it');

export const InitiativeCreateSchema = z.object({
  title: InitiativeTitleSchema,
  description: InitiativeDescriptionSchema.default(''),
  ownerId: IdSchema.describe('Who owns it: an admin, program manager or policy owner'),
  parentId: IdSchema.nullable().default(null).describe('The initiative this one is part of'),
  status: InitiativeStatusSchema.default('proposed'),
  priority: InitiativePrioritySchema.default('p2'),
  effortWeeks: EffortWeeksSchema.nullable().default(null),
  start: DateOrPeriodSchema,
  end: DateOrPeriodSchema,
  areaIds: Ids('Policy areas it serves', 20).default([]),
  teamIds: Ids('Teams working on it', 20).default([]),
  policyIds: Ids('Library policies it changes', 50).default([]),
  cadence: UpdateCadenceSchema.default('weekly'),
  cadenceWeekday: WeekdaySchema.default(5).describe(
    'Weekday updates are due (1 = Monday; monthly: the first such weekday of the month)',
  ),
});
export type InitiativeCreate = z.input<typeof InitiativeCreateSchema>;

export const InitiativeUpdateSchema = z.object({
  version: VersionSchema,
  title: InitiativeTitleSchema.optional(),
  description: InitiativeDescriptionSchema.optional(),
  ownerId: IdSchema.optional(),
  parentId: IdSchema.nullable().optional().describe('Move under another initiative (cycles are refused); null: top'),
  status: InitiativeStatusSchema.optional(),
  priority: InitiativePrioritySchema.optional(),
  effortWeeks: EffortWeeksSchema.nullable().optional(),
  start: DateOrPeriodSchema.optional(),
  end: DateOrPeriodSchema.optional(),
  areaIds: Ids('Policy areas it serves', 20).optional(),
  teamIds: Ids('Teams working on it', 20).optional(),
  policyIds: Ids('Library policies it changes (links to policies you cannot see are kept)', 50).optional(),
  cadence: UpdateCadenceSchema.optional(),
  cadenceWeekday: WeekdaySchema.optional(),
  progressOverride: ProgressOverrideInputSchema.nullable().optional(),
});
export type InitiativeUpdate = z.infer<typeof InitiativeUpdateSchema>;

export const InitiativeAbilitiesSchema = z.object({
  update: z.boolean().describe('May edit it, its milestones and dependencies, and override its progress'),
  delete: z.boolean().describe('May delete it'),
  postUpdate: z.boolean().describe('May post a health update'),
});

export const InitiativeSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  owner: RoadmapPersonSchema,
  parentId: IdSchema.nullable(),
  status: InitiativeStatusSchema,
  priority: InitiativePrioritySchema,
  effortWeeks: z.number().nullable().describe('Person-weeks'),
  start: RoadmapDateSchema.describe('First day'),
  end: RoadmapDateSchema.describe('Last day, inclusive'),
  startQuarter: PeriodKeySchema.nullable().describe(
    'The fiscal quarter it starts with, when it starts on its first day',
  ),
  endQuarter: PeriodKeySchema.nullable().describe('The fiscal quarter it ends with, when it ends on its last day'),
  spanLabel: z.string().describe('"FY27 Q2 – FY27 Q3" when quarter-aligned, else the dates'),
  areas: z.array(RoadmapNamedSchema).describe('Policy areas'),
  teams: z.array(RoadmapNamedSchema).describe('Teams'),
  milestoneCount: z.number().int().min(0),
  milestonesDone: z.number().int().min(0),
  progress: ProgressSchema,
  updates: UpdateScheduleSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
  abilities: InitiativeAbilitiesSchema,
});
export type InitiativeSummary = z.infer<typeof InitiativeSummarySchema>;

export const InitiativePageSchema = pageOf(InitiativeSummarySchema);
export type InitiativePage = z.infer<typeof InitiativePageSchema>;

export const LinkedPolicySchema = z.object({
  id: IdSchema,
  slug: z.string(),
  title: z.string(),
  restricted: z.boolean().describe('Need-to-know: shown only because the caller may see it'),
});

export const InitiativeChildSchema = z.object({
  id: IdSchema,
  title: z.string(),
  status: InitiativeStatusSchema,
  progress: z.number().int().min(0).max(100).describe('Its shown progress (%)'),
});

export const InitiativeDetailSchema = InitiativeSummarySchema.extend({
  description: z.string().describe('Markdown'),
  parent: z.object({ id: IdSchema, title: z.string() }).nullable(),
  children: z.array(InitiativeChildSchema).describe('Initiatives that are part of this one'),
  policies: z
    .array(LinkedPolicySchema)
    .describe('Linked library policies the caller may see (restricted ones they may not see are left out)'),
  milestones: z.array(MilestoneSchema).describe('By date'),
  predecessors: z.array(DependencySchema).describe('Dependencies this initiative (or one of its milestones) waits on'),
  successors: z.array(DependencySchema).describe('Dependencies waiting on this initiative (or its milestones)'),
  recentUpdates: z.array(HealthUpdateSchema).describe('The latest health updates, newest first (at most 26)'),
  createdBy: RoadmapPersonSchema.nullable(),
  createdAt: TimestampSchema,
});
export type InitiativeDetail = z.infer<typeof InitiativeDetailSchema>;

export const InitiativeIdParamsSchema = z.object({ initiativeId: IdSchema });

export const INITIATIVE_SORTS = ['start', 'end', 'title', 'priority', 'updated'] as const;
export type InitiativeSort = (typeof INITIATIVE_SORTS)[number];

const StatusListSchema = z
  .string()
  .max(200)
  .transform((text) => text.split(',').map((s) => s.trim()))
  .pipe(z.array(z.enum(INITIATIVE_STATUSES, { message: 'Use statuses from the list' })).min(1))
  .describe('Comma-separated statuses, e.g. planned,in_progress');

export const InitiativeListQuerySchema = CursorQuerySchema.extend({
  period: PeriodKeySchema.optional().describe('Only initiatives overlapping this fiscal year or quarter'),
  status: StatusListSchema.optional(),
  ownerId: z
    .union([IdSchema, z.literal('me')])
    .optional()
    .describe('Owner id, or "me"'),
  areaId: IdSchema.optional().describe('Only initiatives serving this policy area'),
  teamId: IdSchema.optional().describe('Only initiatives this team works on'),
  health: z
    .union([InitiativeHealthSchema, z.literal('none')])
    .optional()
    .describe('Health of the latest update; none: no update yet'),
  updateDue: z.stringbool().optional().describe('true: only initiatives whose health update is due'),
  parentId: IdSchema.optional().describe('Only the children of this initiative'),
  q: z.string().trim().max(120).optional().describe('Title contains'),
  sort: z.enum(INITIATIVE_SORTS).default('start').describe('Order: start, end, title, priority or updated'),
  order: z.enum(['asc', 'desc']).default('asc').describe('asc or desc'),
});
export type InitiativeListQuery = z.infer<typeof InitiativeListQuerySchema>;
