import { z } from 'zod';
import { IdSchema } from './common.contract.js';

// The OKR activity events on an objective and the facts each keeps (activity-events.ts adds them to the
// one list). Imports only common.contract.ts, like activity-events.ts, which collaboration.contract.ts imports.

export const OKR_ACTIVITY_EVENTS = [
  'objective.created',
  'objective.updated',
  'key_result.added',
  'key_result.checked_in',
  'okr_period.scored',
] as const;
export type OkrActivityEvent = (typeof OKR_ACTIVITY_EVENTS)[number];

/** Objective fields an edit may change, in the order a sentence names them. */
export const OBJECTIVE_ACTIVITY_FIELDS = [
  'title',
  'description',
  'ownerId',
  'teamId',
  'parentId',
  'rollupMethod',
  'includeChildren',
  'statusOverride',
] as const;
export type ObjectiveActivityField = (typeof OBJECTIVE_ACTIVITY_FIELDS)[number];

const CONFIDENCE = z.enum(['on_track', 'at_risk', 'off_track']).describe('Confidence');

export const OKR_ACTIVITY_DETAIL_SCHEMAS = {
  'objective.created': z.strictObject({}).describe('Nothing beyond the objective'),
  'objective.updated': z
    .strictObject({ fields: z.array(z.enum(OBJECTIVE_ACTIVITY_FIELDS)).describe('Fields the edit sent') })
    .describe('Which details were changed'),
  'key_result.added': z
    .strictObject({ keyResultId: IdSchema.describe('The key result'), title: z.string().describe('Its title then') })
    .describe('A key result added'),
  'key_result.checked_in': z
    .strictObject({
      keyResultId: IdSchema.describe('The key result'),
      title: z.string().describe('Its title then'),
      type: z.string().describe('Its type'),
      value: z.number().describe('The value reported'),
      unit: z.string().describe('Its unit'),
      confidence: CONFIDENCE,
      excerpt: z.string().describe('The start of the comment, as plain text'),
    })
    .describe('A check-in'),
  'okr_period.scored': z
    .strictObject({
      periodKey: z.string().describe('The period closed'),
      score: z.number().nullable().describe('The objective’s rolled-up score (null: no key results)'),
    })
    .describe('The period closed with scores'),
} as const satisfies Record<OkrActivityEvent, z.ZodType>;
