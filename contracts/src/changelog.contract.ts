import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.contract.js';
import { IsoDateSchema, VersionStateSchema } from './policies.contract.js';

/** The most a public summary says: a sentence or two for readers outside the company. */
export const PUBLIC_SUMMARY_MAX = 500;

export const ChangelogPublishSchema = z.strictObject({
  publicSummary: z
    .string()
    .trim()
    .min(1, 'Write what changed, for readers outside the company')
    .max(PUBLIC_SUMMARY_MAX, `At most ${PUBLIC_SUMMARY_MAX} characters`)
    .describe(
      'What changed, written for the public (plain text). The internal change summary is never published in its place',
    ),
});
export type ChangelogPublish = z.infer<typeof ChangelogPublishSchema>;

export const ChangelogMarketDateSchema = z.object({
  marketCode: z.string().describe('Market code, e.g. DE or EU'),
  marketName: z.string().describe('Market name, e.g. Germany'),
  effectiveDate: IsoDateSchema.describe('When the version takes effect in this market'),
});
export type ChangelogMarketDate = z.infer<typeof ChangelogMarketDateSchema>;

export const ChangelogEntrySchema = z.object({
  id: IdSchema,
  policy: z.object({ slug: z.string(), title: z.string() }),
  version: z.object({
    id: IdSchema,
    label: z.string(),
    effectiveDate: IsoDateSchema.nullable(),
    marketDates: z
      .array(ChangelogMarketDateSchema)
      .describe("Markets where the version takes effect on another date (a region's date covers its countries)"),
    state: VersionStateSchema.describe(
      'Today (UTC): scheduled until it takes effect, live while in force, superseded after',
    ),
  }),
  summary: z.string().describe('The public summary: what changed, as written for readers outside the company'),
  publishedAt: TimestampSchema,
});
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>;
export const ChangelogListSchema = z.object({ items: z.array(ChangelogEntrySchema).describe('Newest first') });

export const ChangelogEntryDetailSchema = ChangelogEntrySchema.extend({
  previous: z
    .object({
      entryId: IdSchema.describe('The previous public entry of the same policy'),
      label: z.string().describe('Its version label'),
      effectiveDate: IsoDateSchema.nullable(),
    })
    .nullable()
    .describe('What this entry is compared with: the previous public entry of the policy (null: the first one)'),
  changes: z.object({
    summary: z.string().describe('How many clauses changed, e.g. "2 clauses reworded, 1 added"'),
    html: z
      .string()
      .describe(
        'The changed sections as sanitised HTML: inserted words in <ins>, removed ones in <del>, unchanged parts left out',
      ),
  }),
  html: z.string().describe('The full text of the version, rendered as sanitised HTML'),
  text: z.string().describe('The full text of the version as Markdown'),
});
export type ChangelogEntryDetail = z.infer<typeof ChangelogEntryDetailSchema>;

export const ChangelogEntryParamsSchema = z.object({ entryId: IdSchema });
