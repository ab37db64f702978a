import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';

// Saved views: a person's named filter of a list, kept on the server so that it follows them across
// devices, optionally shared with the workspace (read-only for everyone else).

/** Lists a view can be saved for; each names the permission needed to read that list. */
export const SAVED_VIEW_ENTITIES = ['change_requests'] as const;
export type SavedViewEntity = (typeof SAVED_VIEW_ENTITIES)[number];

export const SavedViewEntitySchema = z
  .enum(SAVED_VIEW_ENTITIES, { message: 'Use a list that has saved views (change_requests)' })
  .describe('The list the view filters');

/**
 * The filter as the list's query string takes it: short text keys and values. Stored as given and
 * validated again by the list when it is applied, so a view saved before a filter was renamed only
 * loses that filter.
 */
export const SavedViewQuerySchema = z
  .record(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'Use a filter name of letters, digits and _')
      .describe('Filter name, as in the list query string'),
    z.string().max(500, 'Use at most 500 characters').describe('Filter value, as in the query string'),
  )
  .refine((query) => Object.keys(query).length <= 20, 'Use at most 20 filters')
  .describe('The filters, as the list query string takes them (e.g. { "stage": "drafting", "lane": "fast" })');
export type SavedViewQuery = z.infer<typeof SavedViewQuerySchema>;

const NameSchema = z
  .string()
  .trim()
  .min(1, 'Give the view a name')
  .max(80, 'Use at most 80 characters')
  .describe('Name shown in the views menu');

export const SavedViewSchema = z.object({
  id: IdSchema,
  entity: SavedViewEntitySchema,
  name: z.string().describe('Name shown in the views menu'),
  query: SavedViewQuerySchema,
  shared: z.boolean().describe('Shown to everyone in the workspace (only the owner may change it)'),
  owner: z.object({ id: IdSchema, name: z.string().describe('Display name') }).describe('Who saved it'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: VersionSchema,
  abilities: z
    .object({
      update: z.boolean().describe('May rename, change or share it (the owner)'),
      delete: z.boolean().describe('May delete it (the owner)'),
    })
    .describe('What the caller may do with it'),
});
export type SavedView = z.infer<typeof SavedViewSchema>;

export const SavedViewListQuerySchema = z.object({ entity: SavedViewEntitySchema });

export const SavedViewListSchema = z.object({
  items: z
    .array(SavedViewSchema)
    .describe('My views, then views others shared, each by name (at most 200 of each, see truncated)'),
  truncated: z.boolean().describe('More views exist than the list holds'),
});
export type SavedViewList = z.infer<typeof SavedViewListSchema>;

export const SavedViewCreateSchema = z.object({
  entity: SavedViewEntitySchema,
  name: NameSchema,
  query: SavedViewQuerySchema,
  shared: z.boolean().default(false).describe('Show it to everyone in the workspace'),
});
export type SavedViewCreate = z.input<typeof SavedViewCreateSchema>;

export const SavedViewUpdateSchema = z.object({
  version: VersionSchema,
  name: NameSchema.optional(),
  query: SavedViewQuerySchema.optional(),
  shared: z.boolean().optional().describe('Show it to everyone in the workspace'),
});
export type SavedViewUpdate = z.infer<typeof SavedViewUpdateSchema>;

export const SavedViewIdParamsSchema = z.object({ savedViewId: IdSchema });
