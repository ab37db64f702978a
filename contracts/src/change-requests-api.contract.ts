import { z } from 'zod';
import { CR_LIST_SORTS } from './change-requests-list-order.js';
import { CursorQuerySchema, IdSchema, TimestampSchema, VersionSchema, pageOf } from './common.contract.js';
import {
  ChangeRequestSchema,
  CrPersonSchema,
  CrLaneSchema,
  CrScoringModelSchema,
  CrSourceSchema,
  CrStageSchema,
  CrTypeSchema,
  CrWorkflowConfigSchema,
  SignOffDecisionSchema,
  SignOffRoleSchema,
} from './change-requests.contract.js';
import { CrConflictWindowDaysSchema, CrFreezeWindowSchema } from './change-requests-launch.contract.js';

// The request and reply shapes of the change-request routes beyond the CR itself (lists, the queue,
// settings, the reply of an edit that reset sign-offs).

export const CrListQuerySchema = CursorQuerySchema.extend({
  stage: CrStageSchema.optional(),
  lane: CrLaneSchema.optional(),
  ownerId: IdSchema.optional().describe('Only CRs this person owns'),
  type: CrTypeSchema.optional(),
  source: CrSourceSchema.optional(),
  q: z.string().trim().max(200).optional().describe('Words in the title'),
  sort: z
    .enum(CR_LIST_SORTS)
    .optional()
    .describe('number (default), score, due or stage (workflow order); over every matching CR, not one page'),
  order: z.enum(['asc', 'desc']).optional().describe('Direction; default desc for number and score, asc otherwise'),
});
export type CrListQuery = z.infer<typeof CrListQuerySchema>;

export const CrPageSchema = pageOf(ChangeRequestSchema).describe('Change requests, newest number first');
export type CrPage = z.infer<typeof CrPageSchema>;

export const CrExportQuerySchema = CrListQuerySchema.omit({ cursor: true, limit: true, sort: true, order: true });

export const CrQueueSchema = z.object({
  items: z.array(ChangeRequestSchema).describe('The intake queue in rank order (rank set on each)'),
  lapsedPlacements: z
    .array(IdSchema)
    .describe('CRs whose manual placement lapsed (its anchor left the queue) and was cleared just now'),
});
export type CrQueue = z.infer<typeof CrQueueSchema>;

export const CrWaitingSchema = z.object({
  items: z
    .array(
      z.object({
        changeRequest: ChangeRequestSchema,
        roles: z.array(SignOffRoleSchema).describe('Roles the caller holds that this CR waits on now'),
      }),
    )
    .describe('CRs waiting on a sign-off the caller may give'),
});
export type CrWaiting = z.infer<typeof CrWaitingSchema>;

export const CrSignOffsResetSchema = z.object({
  roles: z.array(SignOffRoleSchema).describe('Roles whose approval the edit reset'),
  message: z.string().describe('What was reset and why, in words'),
});

export const CrUpdateResultSchema = ChangeRequestSchema.extend({
  signOffsReset: CrSignOffsResetSchema.nullable().describe('Set when the edit reset earlier approvals'),
});
export type CrUpdateResult = z.infer<typeof CrUpdateResultSchema>;

export const CrSettingsSchema = z.object({
  scoringModel: CrScoringModelSchema,
  formula: z.string().describe('The scoring model in words'),
  workflow: CrWorkflowConfigSchema,
  conflictWindowDays: CrConflictWindowDaysSchema,
  freezeWindows: z.array(CrFreezeWindowSchema).describe('Launch freeze windows, e.g. an election period'),
  version: VersionSchema,
  updatedAt: TimestampSchema.nullable().describe('Last saved (null: the defaults, never saved)'),
  abilities: z.object({ update: z.boolean().describe('May change the settings') }),
});
export type CrSettings = z.infer<typeof CrSettingsSchema>;

export const CrSettingsUpdateSchema = z.object({
  version: VersionSchema,
  scoringModel: CrScoringModelSchema.optional(),
  workflow: CrWorkflowConfigSchema.optional(),
  conflictWindowDays: CrConflictWindowDaysSchema.optional(),
  freezeWindows: z.array(CrFreezeWindowSchema).max(50).optional().describe('Replaces the freeze windows'),
});
export type CrSettingsUpdate = z.infer<typeof CrSettingsUpdateSchema>;

export const CrTimelineEventSchema = z.object({
  id: IdSchema,
  kind: z
    .string()
    .describe('created, edited, moved, signed_off, sign_offs_reset, placed, placement_lapsed, or a later kind'),
  at: TimestampSchema,
  actor: CrPersonSchema.nullable().describe('Who did it (null: the system, or a deleted user)'),
  sentence: z.string().describe('What happened, in one sentence (for every kind, known or not)'),
  reason: z.string().nullable().describe('The reason, comment or reset message given with it'),
  fromStage: CrStageSchema.nullable().describe('Stage before a move'),
  toStage: CrStageSchema.nullable().describe('Stage after a move (or the first stage on creation)'),
  role: SignOffRoleSchema.nullable().describe('The sign-off role, for a sign-off'),
  decision: SignOffDecisionSchema.nullable().describe('The sign-off decision, for a sign-off'),
  resetAt: TimestampSchema.nullable().describe('For a sign-off: when a later edit reset it (null: it still counts)'),
});
export type CrTimelineEvent = z.infer<typeof CrTimelineEventSchema>;

export const CrTimelineSchema = z.object({
  items: z.array(CrTimelineEventSchema).describe('Everything that happened to the CR, newest first'),
});
export type CrTimeline = z.infer<typeof CrTimelineSchema>;
