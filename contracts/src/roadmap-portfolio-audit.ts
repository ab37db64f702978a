import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';

/** Audit actions of the roadmap's import and team capacity; audit-actions.ts adds them to the one list. */
export const ROADMAP_PORTFOLIO_AUDIT_ACTIONS = ['roadmap.imported', 'team_capacity.updated'] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');

const CapacitySnapshotSchema = z
  .strictObject({
    teamId: IdSchema.describe('The team'),
    teamName: z.string().describe('Its name then'),
    people: z.number().describe('People'),
    focus: z.number().describe('Share of their time for roadmap work, 0–1'),
    overrides: z
      .array(
        z.strictObject({
          period: z.string().describe('Fiscal quarter key, e.g. FY2027-Q2'),
          people: z.number().describe('People in that quarter'),
          focus: z.number().describe('Share of their time in that quarter, 0–1'),
        }),
      )
      .describe('Quarters with a capacity of their own'),
    version: VersionSchema,
  })
  .describe("A team's stated capacity");

const ImportSummarySchema = z
  .strictObject({
    format: z.enum(['jira', 'asana']).describe('The export read'),
    rows: z.number().int().describe('Data rows in the file'),
    initiatives: z.number().int().describe('Initiatives created'),
    milestones: z.number().int().describe('Milestones created'),
    parentLinks: z.number().int().describe('Parent links set'),
    initiativeIds: z.array(IdSchema).describe('The initiatives created'),
  })
  .describe('What an import created');

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const ROADMAP_PORTFOLIO_AUDIT_PAYLOAD_SCHEMAS = {
  'roadmap.imported': z.strictObject({
    entityType: z.literal('roadmap').describe('Kind of record: roadmap'),
    before: NOTHING,
    after: ImportSummarySchema,
  }),
  'team_capacity.updated': z.strictObject({
    entityType: z.literal('team').describe('Kind of record: team'),
    before: CapacitySnapshotSchema.nullable().describe('Before (null: none stated)'),
    after: CapacitySnapshotSchema,
  }),
} as const;
