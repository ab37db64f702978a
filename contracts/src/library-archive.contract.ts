import { z } from 'zod';
import { IsoDateSchema, VersionStateSchema } from './policies.contract.js';

/**
 * Import and export of the whole policy library as a zip of Markdown files: `library.yaml`
 * (areas and policy metadata, optional on import) and `<policy-slug>/<YYYY-MM-DD>.md` version
 * files with optional YAML front-matter. See docs/API.md, "Library archive format".
 */
const paths = z
  .union([z.string().min(1).max(500), z.array(z.string().min(1).max(500)).max(1000)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const LibraryImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: only report what would be created; nothing is written'),
  confirm: paths.describe(
    'Files flagged for a sharp shrink or lost sections that a person has checked and accepts (repeat the parameter)',
  ),
  skip: paths.describe('Flagged files to leave out of the import (repeat the parameter)'),
});
export type LibraryImportQuery = z.output<typeof LibraryImportQuerySchema>;

export const ImportFlagSchema = z.object({
  reason: z
    .enum(['shrank', 'lost_sections'])
    .describe(
      'shrank: the text is less than half as long as the previous version; lost_sections: fewer than half of its headings remain',
    ),
  message: z.string(),
  previousFile: z.string().nullable().describe('The file (or existing version label) compared with'),
  previousChars: z.number().int(),
  chars: z.number().int(),
  previousSections: z.number().int(),
  sections: z.number().int(),
});
export type ImportFlag = z.infer<typeof ImportFlagSchema>;

export const ImportVersionPlanSchema = z.object({
  file: z.string().describe('Path of the file in the archive'),
  label: z.string(),
  state: VersionStateSchema,
  effectiveDate: IsoDateSchema.nullable(),
  chars: z.number().int(),
  sections: z.number().int(),
  action: z
    .enum(['create', 'unchanged', 'skip'])
    .describe('unchanged: the same text is already in the library; skip: a flagged file you chose to leave out'),
  flag: ImportFlagSchema.nullable().describe(
    'Set when the text shrank sharply or lost most sections: confirm or skip it before importing',
  ),
  decision: z.enum(['pending', 'confirmed', 'skipped']).nullable().describe('For flagged files: what you decided'),
});

export const ImportPolicyPlanSchema = z.object({
  slug: z.string(),
  title: z.string(),
  area: z.string(),
  action: z.enum(['create', 'append', 'unchanged']),
  restricted: z.boolean(),
  versions: z.array(ImportVersionPlanSchema),
});

export const LibraryImportResultSchema = z.object({
  dryRun: z.boolean(),
  applied: z.boolean().describe('true when the library was changed'),
  areas: z.array(z.object({ name: z.string(), parent: z.string().nullable(), action: z.enum(['create', 'existing']) })),
  newSurfaces: z.array(z.string()).describe('Product surfaces the import adds to the workspace'),
  newMarkets: z.array(z.string()).describe('Market codes the import adds to the workspace'),
  policies: z.array(ImportPolicyPlanSchema),
  ignoredFiles: z.array(z.string()).describe('Files that are not part of the format (not .md, hidden files)'),
  warnings: z
    .array(z.object({ file: z.string(), message: z.string() }))
    .describe('Things imported differently than written, e.g. an unknown author e-mail'),
  totals: z.object({
    areas: z.number().int(),
    policies: z.number().int(),
    versions: z.number().int(),
    flagged: z.number().int(),
    pending: z.number().int(),
  }),
});
export type LibraryImportResult = z.infer<typeof LibraryImportResultSchema>;
export type ImportPolicyPlan = z.infer<typeof ImportPolicyPlanSchema>;
export type ImportVersionPlan = z.infer<typeof ImportVersionPlanSchema>;
