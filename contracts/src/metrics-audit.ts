// Audit actions of policy metrics: ingested files and stored impact analyses.
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-metrics.ts and a sample in audit-sentence-samples/metrics.ts.
import { z } from 'zod';
import { IdSchema } from './common.contract.js';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const METRICS_AUDIT_ACTIONS = [
  'metric_import.completed',
  'impact_analysis.created',
  'impact_analysis.deleted',
] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');

function payload<E extends string, B extends z.ZodType, A extends z.ZodType>(entityType: E, before: B, after: A) {
  return z.strictObject({
    entityType: z.literal(entityType).describe(`Kind of record: ${entityType}`),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

/** What an ingest wrote: counts and the span of days, never the rows themselves. */
export const MetricImportSnapshotSchema = z
  .strictObject({
    fileName: z.string().nullable().describe('Uploaded file name; null for rows sent by the ingest API'),
    format: z.enum(['csv', 'ndjson']).describe('File format'),
    source: z.enum(['upload', 'api']).describe('Uploaded in the UI or sent by a pipeline'),
    rows: z.number().int().min(0).describe('Rows in the file'),
    inserted: z.number().int().min(0).describe('Rows new to the database'),
    replaced: z.number().int().min(0).describe('Rows that replaced an earlier figure for the same key'),
    firstDay: z.string().nullable().describe('Earliest day in the file'),
    lastDay: z.string().nullable().describe('Latest day in the file'),
    policies: z.number().int().min(0).describe('Distinct policies in the file'),
  })
  .describe('A completed metric import');

export const ImpactAnalysisSnapshotSchema = z
  .strictObject({
    policyId: IdSchema.describe('The policy'),
    versionId: IdSchema.describe('The version whose launch was analysed'),
    versionLabel: z.string().describe('Its label, e.g. 2.0'),
    launchDate: z.string().describe('Launch date analysed (YYYY-MM-DD)'),
    design: z.enum(['difference_in_differences', 'interrupted_time_series', 'before_after']).describe('Design'),
    significant: z.number().int().min(0).describe('Metrics with a significant change after correction'),
    metrics: z.number().int().min(0).describe('Metrics analysed'),
  })
  .describe('A stored impact analysis');

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const METRICS_AUDIT_PAYLOAD_SCHEMAS = {
  'metric_import.completed': payload('metric_import', NOTHING, MetricImportSnapshotSchema),
  'impact_analysis.created': payload('impact_analysis', NOTHING, ImpactAnalysisSnapshotSchema),
  'impact_analysis.deleted': payload('impact_analysis', ImpactAnalysisSnapshotSchema, NOTHING),
} as const satisfies Record<(typeof METRICS_AUDIT_ACTIONS)[number], z.ZodType>;
