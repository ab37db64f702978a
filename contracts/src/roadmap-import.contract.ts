import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { InitiativePrioritySchema, InitiativeStatusSchema, RoadmapDateSchema } from './roadmap.contract.js';

/**
 * Importing initiatives from a Jira or Asana CSV export (issue 9, item 10): a dry run that maps the
 * columns and names every bad row by its line, then an import that writes all of it or nothing.
 */
export const ROADMAP_IMPORT_FORMATS = ['jira', 'asana'] as const;
export const RoadmapImportFormatSchema = z.enum(ROADMAP_IMPORT_FORMATS).describe('jira or asana');
export type RoadmapImportFormat = z.infer<typeof RoadmapImportFormatSchema>;

export const ROADMAP_IMPORT_FIELDS = [
  'title',
  'externalKey',
  'externalId',
  'type',
  'status',
  'priority',
  'owner',
  'ownerEmail',
  'description',
  'start',
  'end',
  'effort',
  'parent',
  'epic',
  'group',
  'completedAt',
] as const;
export const RoadmapImportFieldSchema = z.enum(ROADMAP_IMPORT_FIELDS).describe('What a column is read as');
export type RoadmapImportField = z.infer<typeof RoadmapImportFieldSchema>;

/** Most bytes of CSV text accepted in one request. */
export const ROADMAP_IMPORT_MAX_CSV_CHARS = 5_000_000;

export const RoadmapImportRequestSchema = z.object({
  csv: z
    .string()
    .min(1, 'Choose a CSV file: this one is empty')
    .max(ROADMAP_IMPORT_MAX_CSV_CHARS, 'The file is larger than 5 MB')
    .describe('The CSV export as text'),
  format: RoadmapImportFormatSchema.optional().describe('Read as this format instead of detecting it'),
  mapping: z
    .partialRecord(RoadmapImportFieldSchema, z.string().max(200).nullable())
    .optional()
    .describe('The column (header name) each field reads; null leaves the field out'),
});
export type RoadmapImportRequest = z.infer<typeof RoadmapImportRequestSchema>;

export const RoadmapImportColumnSchema = z.object({
  field: RoadmapImportFieldSchema,
  header: z.string().nullable().describe('The header read; null: not read'),
  column: z.number().int().nullable().describe('0-based column index'),
  source: z.enum(['detected', 'override', 'none']),
});

export const RoadmapImportIssueSchema = z.object({
  line: z.number().int().describe('Line of the file (1 = first line)'),
  field: z.union([RoadmapImportFieldSchema, z.literal('file')]),
  column: z.string().nullable().describe('Header of the column read'),
  code: z.string(),
  message: z.string(),
  value: z.string().nullable(),
});
export type RoadmapImportIssue = z.infer<typeof RoadmapImportIssueSchema>;

export const RoadmapImportPlannedInitiativeSchema = z.object({
  line: z.number().int(),
  externalKey: z.string().nullable(),
  title: z.string(),
  description: z.string().describe('Markdown'),
  ownerId: IdSchema,
  ownerName: z.string().describe('The person who will own it'),
  status: InitiativeStatusSchema,
  priority: InitiativePrioritySchema,
  effortWeeks: z.number().nullable(),
  start: RoadmapDateSchema,
  end: RoadmapDateSchema,
  parentLine: z.number().int().nullable().describe('Line of its parent initiative in this file'),
  group: z.string().nullable().describe('Asana section (shown, not stored)'),
});
export type RoadmapImportPlannedInitiative = z.infer<typeof RoadmapImportPlannedInitiativeSchema>;

export const RoadmapImportPlannedMilestoneSchema = z.object({
  line: z.number().int(),
  externalKey: z.string().nullable(),
  title: z.string(),
  date: RoadmapDateSchema,
  initiativeLine: z.number().int().describe('Line of its initiative in this file'),
});

export const RoadmapImportPreviewSchema = z.object({
  format: RoadmapImportFormatSchema.nullable().describe('Detected (or chosen) format; null: not recognised'),
  headerLine: z.number().int().nullable(),
  headers: z.array(z.string()).describe('Every header of the file, for choosing a column'),
  mapping: z.array(RoadmapImportColumnSchema),
  unmappedHeaders: z.array(z.string()),
  initiatives: z.array(RoadmapImportPlannedInitiativeSchema),
  milestones: z.array(RoadmapImportPlannedMilestoneSchema),
  errors: z.array(RoadmapImportIssueSchema),
  warnings: z.array(RoadmapImportIssueSchema),
  summary: z.object({
    rows: z.number().int(),
    initiatives: z.number().int(),
    milestones: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
});
export type RoadmapImportPreview = z.infer<typeof RoadmapImportPreviewSchema>;

export const RoadmapImportResultSchema = z.object({
  format: RoadmapImportFormatSchema,
  initiatives: z
    .array(z.object({ line: z.number().int(), id: IdSchema, title: z.string() }))
    .describe('Created, in file order'),
  milestones: z.number().int().describe('Milestones created'),
  parentLinks: z.number().int().describe('Parent links set'),
});
export type RoadmapImportResult = z.infer<typeof RoadmapImportResultSchema>;
