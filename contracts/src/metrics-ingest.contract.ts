import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.contract.js';

/**
 * Metric imports: a CSV or NDJSON file of metric rows (METRIC_COLUMNS), uploaded in the UI or sent by a
 * pipeline with an API token. A file is read as a stream and validated whole first; any invalid row
 * rejects the file with a report naming line and column, and nothing is written. A valid file is
 * upserted in one transaction keyed by the row's dimensions, so sending a day again replaces it.
 * Small files complete within the request; large ones run as a background job whose progress the
 * import record shows.
 */

export const METRIC_IMPORT_FORMATS = ['csv', 'ndjson'] as const;
export const MetricImportFormatSchema = z.enum(METRIC_IMPORT_FORMATS).describe('csv or ndjson');
export type MetricImportFormat = z.infer<typeof MetricImportFormatSchema>;

/**
 * queued -> validating -> writing -> completed; or rejected (invalid rows, nothing written) or failed (server error,
 * nothing written).
 */
export const METRIC_IMPORT_STATES = ['queued', 'validating', 'writing', 'completed', 'rejected', 'failed'] as const;
export const MetricImportStateSchema = z.enum(METRIC_IMPORT_STATES).describe('Where the import is');
export type MetricImportState = z.infer<typeof MetricImportStateSchema>;

export const MetricImportProblemSchema = z.object({
  line: z
    .number()
    .int()
    .min(0)
    .describe('Line of the file (1-based; the CSV header is line 1); 0: the file as a whole'),
  field: z.string().nullable().describe('Column at fault, e.g. qa_correct; null for the whole line or file'),
  message: z.string().describe('What is wrong, in words'),
});
export type MetricImportProblem = z.infer<typeof MetricImportProblemSchema>;

export const MetricImportSchema = z.object({
  id: IdSchema,
  fileName: z.string().nullable().describe('Uploaded file name; null for the ingest API'),
  format: MetricImportFormatSchema,
  source: z.enum(['upload', 'api']).describe('Uploaded in the UI or sent by a pipeline'),
  state: MetricImportStateSchema,
  bytes: z.number().int().min(0).describe('Size of the file'),
  progress: z
    .object({
      rowsRead: z.number().int().min(0).describe('Rows validated so far'),
      rowsWritten: z.number().int().min(0).describe('Rows written so far (visible only once the import completes)'),
      fraction: z.number().min(0).max(1).describe('Share of the work done, for a progress bar'),
    })
    .describe('How far it is'),
  rows: z.number().int().min(0).nullable().describe('Rows in the file, once read'),
  inserted: z.number().int().min(0).nullable().describe('Rows new to the database'),
  replaced: z.number().int().min(0).nullable().describe('Rows that replaced an earlier figure for the same key'),
  firstDay: z.string().nullable().describe('Earliest day in the file'),
  lastDay: z.string().nullable().describe('Latest day in the file'),
  problems: z.array(MetricImportProblemSchema).describe('The validation report (first 200 problems)'),
  problemCount: z.number().int().min(0).describe('Problems found in all (the report lists the first 200)'),
  createdBy: z.object({ id: IdSchema, name: z.string().describe('Name') }).describe('Who sent it'),
  createdAt: TimestampSchema,
  finishedAt: TimestampSchema.nullable().describe('When it completed, was rejected or failed'),
});
export type MetricImport = z.infer<typeof MetricImportSchema>;

export const MetricImportIdParamsSchema = z.object({ importId: IdSchema });

export const MetricImportUploadQuerySchema = z.object({
  fileName: z.string().trim().min(1).max(200).optional().describe('The file name to show in the history'),
  format: MetricImportFormatSchema.optional().describe('Default: from Content-Type (text/csv, application/x-ndjson)'),
});

export const MetricImportListQuerySchema = z.object({
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size (1-100, default 20)'),
});

export const MetricImportPageSchema = z.object({
  items: z.array(MetricImportSchema).describe('Imports, newest first'),
  nextCursor: z.string().nullable().describe('Cursor of the next page, null on the last page'),
});
export type MetricImportPage = z.infer<typeof MetricImportPageSchema>;
