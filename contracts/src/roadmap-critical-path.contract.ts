import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { FiscalYearKeySchema, RoadmapDateSchema } from './roadmap.contract.js';

/**
 * The critical path of a fiscal year's roadmap and the what-if of a proposed reschedule (issue 9,
 * item 5): read-only, over the same plan as GET /api/roadmap/years/:year.
 */
export const CriticalPathParamsSchema = z.object({ year: FiscalYearKeySchema });

export const CriticalPathQuerySchema = z.object({
  end: z
    .union([IdSchema, RoadmapDateSchema], { message: 'Use an initiative or milestone id, or a date as YYYY-MM-DD' })
    .optional()
    .describe('Where the path ends: an initiative or milestone id, or a date (default: the latest finish)'),
});
export type CriticalPathQuery = z.infer<typeof CriticalPathQuerySchema>;

export const CriticalPathNodeSchema = z.object({
  id: IdSchema,
  kind: z.enum(['initiative', 'milestone']),
  earliestStart: RoadmapDateSchema,
  earliestFinish: RoadmapDateSchema.describe('Last day, inclusive (the date of a milestone)'),
  latestStart: RoadmapDateSchema.nullable(),
  latestFinish: RoadmapDateSchema.nullable(),
  totalFloatDays: z
    .number()
    .int()
    .nullable()
    .describe('Days it can slip without moving the end (null: not leading there)'),
  critical: z.boolean(),
});
export type CriticalPathNode = z.infer<typeof CriticalPathNodeSchema>;

export const LateFixedMilestoneSchema = z.object({
  milestoneId: IdSchema,
  fixedDate: RoadmapDateSchema,
  earliestDate: RoadmapDateSchema.describe('The earliest date the chain of dependencies allows'),
  daysLate: z.number().int().positive(),
  drivenBy: z.array(IdSchema).describe('The nearest links of the chain that pushes it, first to last'),
});
export type LateFixedMilestone = z.infer<typeof LateFixedMilestoneSchema>;

export const CriticalPathSchema = z.object({
  end: z.object({ nodeId: IdSchema.nullable(), date: RoadmapDateSchema.nullable() }),
  path: z.array(CriticalPathNodeSchema).describe('The critical path, first to last, with each node’s dates and float'),
  lateFixedMilestones: z.array(LateFixedMilestoneSchema),
});
export type CriticalPath = z.infer<typeof CriticalPathSchema>;

export const WhatIfChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move_initiative'), id: IdSchema, start: RoadmapDateSchema, end: RoadmapDateSchema }),
  z.object({ kind: z.literal('move_milestone'), id: IdSchema, date: RoadmapDateSchema }),
  z.object({ kind: z.literal('drop_initiative'), id: IdSchema }),
]);
export type WhatIfChange = z.infer<typeof WhatIfChangeSchema>;

export const WhatIfRequestSchema = z.object({ changes: z.array(WhatIfChangeSchema).min(1).max(100) });
export type WhatIfRequest = z.infer<typeof WhatIfRequestSchema>;

export const WhatIfSchema = z.object({
  brokenDependencies: z.array(
    z.object({
      dependencyId: IdSchema.nullable(),
      predecessorId: IdSchema,
      successorId: IdSchema,
      lagDays: z.number().int(),
      shortByDays: z.number().int().positive().describe('Days the successor would be planned too early'),
      introduced: z.boolean().describe('False when it was broken before, by fewer days'),
    }),
  ),
  lateFixedMilestones: z.array(LateFixedMilestoneSchema.extend({ daysLateBefore: z.number().int().min(0) })),
  resolvedFixedMilestones: z.array(IdSchema).describe('Fixed milestones the change brings back on time'),
  milestonesOutsideInitiative: z.array(IdSchema).describe('Milestones left outside their initiative’s dates'),
  finishBefore: RoadmapDateSchema.nullable(),
  finishAfter: RoadmapDateSchema.nullable(),
  finishDeltaDays: z.number().int().nullable().describe('Days the plan’s finish moves (> 0: later)'),
});
export type WhatIf = z.infer<typeof WhatIfSchema>;
