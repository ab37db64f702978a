import { z } from 'zod';
import { IdSchema } from './common.contract.js';

// The roadmap's activity events and the facts each keeps (activity-events.ts adds them to the one
// list). Imports only common.contract.ts, like activity-events.ts, which collaboration.contract.ts imports.

export const ROADMAP_ACTIVITY_EVENTS = [
  'initiative.created',
  'initiative.updated',
  'initiative.status_changed',
  'initiative_milestone.added',
  'initiative_milestone.moved',
  'initiative_milestone.completed',
  'initiative_dependency.added',
  'initiative_update.posted',
] as const;
export type RoadmapActivityEvent = (typeof ROADMAP_ACTIVITY_EVENTS)[number];

/** Initiative fields an edit may change, in the order a sentence names them. */
export const INITIATIVE_ACTIVITY_FIELDS = [
  'title',
  'description',
  'ownerId',
  'parentId',
  'priority',
  'effortWeeks',
  'dates',
  'areaIds',
  'teamIds',
  'policyIds',
  'cadence',
  'progressOverride',
] as const;
export type InitiativeActivityField = (typeof INITIATIVE_ACTIVITY_FIELDS)[number];

const STATUS = z
  .enum(['proposed', 'planned', 'in_progress', 'paused', 'done', 'cancelled'])
  .describe('Initiative status');
const MilestoneFactsSchema = z.strictObject({
  milestoneId: IdSchema.describe('The milestone'),
  title: z.string().describe('Its title then'),
});

export const ROADMAP_ACTIVITY_DETAIL_SCHEMAS = {
  'initiative.created': z.strictObject({}).describe('Nothing beyond the initiative'),
  'initiative.updated': z
    .strictObject({ fields: z.array(z.enum(INITIATIVE_ACTIVITY_FIELDS)).describe('Fields the edit changed') })
    .describe('Which details were changed'),
  'initiative.status_changed': z
    .strictObject({ from: STATUS.describe('Status before'), to: STATUS.describe('Status after') })
    .describe('The status it moved between'),
  'initiative_milestone.added': MilestoneFactsSchema.extend({
    date: z.iso.date().describe('When it is due'),
    fixed: z.boolean().describe('An external fixed date'),
  }),
  'initiative_milestone.moved': MilestoneFactsSchema.extend({
    from: z.iso.date().describe('Date before'),
    to: z.iso.date().describe('Date after'),
  }),
  'initiative_milestone.completed': MilestoneFactsSchema,
  'initiative_dependency.added': z
    .strictObject({
      dependencyId: IdSchema.describe('The dependency'),
      predecessor: z.string().describe('Title of what must finish first, then'),
      successor: z.string().describe('Title of what waits for it, then'),
      lagDays: z.number().int().describe('Lag in days'),
    })
    .describe('A finish-to-start dependency touching the initiative'),
  'initiative_update.posted': z
    .strictObject({
      updateId: IdSchema.describe('The health update'),
      health: z.enum(['on_track', 'at_risk', 'off_track']).describe('Health reported'),
      excerpt: z.string().describe('The start of the narrative, as plain text'),
    })
    .describe('A health update'),
} as const satisfies Record<RoadmapActivityEvent, z.ZodType>;
