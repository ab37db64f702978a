import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';
import { DependencyEndpointTypeSchema, MilestoneKindSchema, RoadmapDateSchema } from './roadmap.contract.js';

// ---- Milestones ---------------------------------------------------------------------------------

export const MilestoneTitleSchema = z
  .string()
  .trim()
  .min(1, 'Name the milestone')
  .max(200, 'Use at most 200 characters')
  .describe('Title');

export const MilestoneSchema = z.object({
  id: IdSchema,
  initiativeId: IdSchema,
  title: z.string(),
  kind: MilestoneKindSchema,
  date: RoadmapDateSchema.describe('When it is due (inside its initiative)'),
  fixed: z.boolean().describe('An external date (every kind but internal): it does not move'),
  done: z.boolean(),
  doneOn: RoadmapDateSchema.nullable().describe('The day it was marked done'),
  version: VersionSchema,
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const MilestoneCreateSchema = z.object({
  title: MilestoneTitleSchema,
  kind: MilestoneKindSchema.default('internal'),
  date: RoadmapDateSchema.describe('When it is due: between its initiative start and end'),
  done: z.boolean().default(false),
});
export type MilestoneCreate = z.input<typeof MilestoneCreateSchema>;

export const MilestoneUpdateSchema = z.object({
  version: VersionSchema,
  title: MilestoneTitleSchema.optional(),
  kind: MilestoneKindSchema.optional(),
  date: RoadmapDateSchema.optional(),
  done: z.boolean().optional(),
});
export type MilestoneUpdate = z.infer<typeof MilestoneUpdateSchema>;

export const MilestoneIdParamsSchema = z.object({ milestoneId: IdSchema });

// ---- Dependencies -------------------------------------------------------------------------------

export const DependencyEndpointInputSchema = z.object({
  type: DependencyEndpointTypeSchema,
  id: IdSchema.describe('The initiative or milestone'),
});

export const LagDaysSchema = z
  .number()
  .int('Use whole days')
  .min(-365, 'Use -365 to 365 days')
  .max(365, 'Use -365 to 365 days')
  .describe('Days between the predecessor finishing and the successor starting (negative: overlap)');

export const DependencyCreateSchema = z.object({
  from: DependencyEndpointInputSchema.describe('Predecessor: must finish first'),
  to: DependencyEndpointInputSchema.describe('Successor: starts after the predecessor finishes (plus the lag)'),
  lagDays: LagDaysSchema.default(0),
});
export type DependencyCreate = z.input<typeof DependencyCreateSchema>;

export const DependencyUpdateSchema = z.object({ version: VersionSchema, lagDays: LagDaysSchema });
export type DependencyUpdate = z.infer<typeof DependencyUpdateSchema>;

export const DependencyEndpointSchema = z.object({
  type: DependencyEndpointTypeSchema,
  id: IdSchema,
  title: z.string().describe('Title of the initiative or milestone'),
  initiativeId: IdSchema.describe('The initiative, or the one the milestone belongs to'),
  initiativeTitle: z.string(),
  date: RoadmapDateSchema.describe('Finish (as a predecessor) or start (as a successor); a milestone: its date'),
});

export const DependencySchema = z.object({
  id: IdSchema,
  kind: z.literal('finish_to_start').describe('Only finish-to-start dependencies exist'),
  from: DependencyEndpointSchema.describe('Predecessor'),
  to: DependencyEndpointSchema.describe('Successor'),
  lagDays: z.number().int(),
  satisfied: z
    .boolean()
    .describe("The plan respects it: the successor's start is on or after the predecessor's finish plus the lag"),
  version: VersionSchema,
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type Dependency = z.infer<typeof DependencySchema>;

export const DependencyIdParamsSchema = z.object({ dependencyId: IdSchema });
