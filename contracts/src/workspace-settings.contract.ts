import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';

export const WorkspaceSettingsSchema = z.object({
  autoPublishChangelog: z
    .boolean()
    .describe(
      'When a version goes live (or is scheduled), put it on the public changelog at once with a neutral generated summary',
    ),
  version: VersionSchema,
  updatedAt: TimestampSchema.nullable().describe('When the settings last changed (null: never)'),
  updatedBy: z
    .object({ id: IdSchema, name: z.string() })
    .nullable()
    .describe('Who changed them last (null: nobody yet, or a deleted user)'),
  abilities: z.object({ update: z.boolean().describe('Whether the caller may change the settings (admins)') }),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;

export const WorkspaceSettingsUpdateSchema = z.strictObject({
  version: VersionSchema,
  autoPublishChangelog: z.boolean().optional().describe('Publish to the public changelog when a version goes live'),
});
export type WorkspaceSettingsUpdate = z.infer<typeof WorkspaceSettingsUpdateSchema>;
