import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.contract.js';
import { DiffPartSchema, IsoDateSchema, VersionStateSchema } from './policies.contract.js';

export const ChangelogEntrySchema = z.object({
  id: IdSchema,
  policy: z.object({ slug: z.string(), title: z.string() }),
  version: z.object({
    id: IdSchema,
    label: z.string(),
    effectiveDate: IsoDateSchema.nullable(),
    state: VersionStateSchema.describe(
      'Today (UTC): scheduled until it takes effect, live while in force, superseded after',
    ),
  }),
  summary: z.string().describe('What changed, as published'),
  publishedAt: TimestampSchema,
});
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>;
export const ChangelogListSchema = z.object({ items: z.array(ChangelogEntrySchema).describe('Newest first') });

export const ChangelogEntryDetailSchema = ChangelogEntrySchema.extend({
  previousLabel: z.string().nullable().describe('The version it replaced, if any'),
  diff: z.array(DiffPartSchema).describe('Word-level changes from the previous public version'),
  text: z.string().describe('The full Markdown text of the version'),
});
export type ChangelogEntryDetail = z.infer<typeof ChangelogEntryDetailSchema>;

export const ChangelogEntryParamsSchema = z.object({ entryId: IdSchema });
