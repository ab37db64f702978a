import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { OKR_PERIOD_STATES } from './okr-vocabulary.js';
import {
  ObjectiveRefSchema,
  ObjectiveSchema,
  OkrDateSchema,
  OkrPeriodKeySchema,
  OkrPersonSchema,
} from './okrs.contract.js';

// OKR periods (a fiscal year or quarter), the board of one period, and closing it with scores.

export const OkrPeriodStateSchema = z.enum(OKR_PERIOD_STATES).describe('open, or closed (scored and locked)');

export const OkrPeriodSchema = z.object({
  key: OkrPeriodKeySchema,
  label: z.string().describe('FY27 Q2'),
  kind: z.enum(['year', 'quarter']),
  start: OkrDateSchema.describe('First day'),
  end: OkrDateSchema.describe('Last day, inclusive'),
  current: z.boolean().describe('Today falls in it'),
  state: OkrPeriodStateSchema,
  closedAt: TimestampSchema.nullable(),
  closedBy: OkrPersonSchema.nullable(),
  closeComment: z.string().nullable().describe('Markdown note written at close'),
  reopenedAt: TimestampSchema.nullable().describe('When an admin last reopened it'),
  reopenedBy: OkrPersonSchema.nullable(),
  reopenReason: z.string().nullable(),
  objectiveCount: z.number().int(),
  version: z.number().int().min(0).describe('0 until first closed; send it to reopen'),
  abilities: z.object({
    close: z.boolean().describe('May score and close it (admins, program managers)'),
    reopen: z.boolean().describe('May reopen it (admins, with a reason)'),
  }),
});
export type OkrPeriod = z.infer<typeof OkrPeriodSchema>;

export const OkrPeriodListSchema = z.object({
  startMonth: z.number().int().min(1).max(12).describe('Month the fiscal year starts in'),
  currentKey: OkrPeriodKeySchema.describe('The quarter today falls in'),
  items: z
    .array(OkrPeriodSchema)
    .describe('Last, this and next fiscal year with their quarters, plus any other year holding objectives'),
});
export type OkrPeriodList = z.infer<typeof OkrPeriodListSchema>;

export const OkrPeriodParamsSchema = z.object({ periodKey: OkrPeriodKeySchema });

export const OkrBoardQuerySchema = z.object({
  period: OkrPeriodKeySchema.optional().describe('Fiscal year or quarter (default: the current quarter)'),
  mine: z.stringbool().optional().describe('true: only objectives the caller owns'),
  teamId: IdSchema.optional().describe("Only this team's objectives"),
});
export type OkrBoardQuery = z.infer<typeof OkrBoardQuerySchema>;

export const OkrBoardSummarySchema = z.object({
  objectives: z.number().int(),
  keyResults: z.number().int(),
  checkInsDue: z.number().int().describe('Key results with a check-in due'),
  progress: z.number().nullable().describe('Mean progress (%) of the objectives shown, null with none'),
  byStatus: z.record(z.enum(['on_track', 'at_risk', 'off_track', 'none']), z.number().int()),
});

export const OkrBoardSchema = z.object({
  period: OkrPeriodSchema,
  objectives: z
    .array(ObjectiveSchema)
    .describe("The period's objectives (for a year, its quarters' too), parents before children"),
  context: z.array(ObjectiveRefSchema).describe('Parents outside the view that objectives shown align to'),
  summary: OkrBoardSummarySchema,
  today: OkrDateSchema.describe("The server's today, which ages and check-ins due follow"),
});
export type OkrBoard = z.infer<typeof OkrBoardSchema>;

// ---- Close and reopen ----------------------------------------------------------------------------

export const KeyResultScoreInputSchema = z.object({
  keyResultId: IdSchema,
  version: VersionSchema.describe('The key result version scored (a stale one gets 409)'),
  score: z
    .number({ error: 'Enter a score from 0.0 to 1.0' })
    .min(0, 'Use a score from 0.0 to 1.0')
    .max(1, 'Use a score from 0.0 to 1.0')
    .describe('0.0 (no progress) … 1.0 (done)'),
  comment: z.string().trim().max(2000, 'Use at most 2000 characters').default('').describe('What the score means'),
});

export const OkrPeriodCloseSchema = z.object({
  scores: z
    .array(KeyResultScoreInputSchema)
    .max(2000)
    .describe("A score for every key result of the period's objectives"),
  comment: z.string().trim().max(10_000).default('').describe('A note on the period as a whole (Markdown)'),
});
export type OkrPeriodClose = z.input<typeof OkrPeriodCloseSchema>;

export const OkrPeriodReopenSchema = z.object({
  version: VersionSchema,
  reason: z
    .string({ error: 'Say why the period is reopened' })
    .trim()
    .min(1, 'Say why the period is reopened')
    .max(2000, 'Use at most 2000 characters'),
});
export type OkrPeriodReopen = z.infer<typeof OkrPeriodReopenSchema>;
