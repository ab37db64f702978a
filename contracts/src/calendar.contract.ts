import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.contract.js';

/** Calendar feeds (issue 11, part 7): an iCalendar URL per person or working group, behind a revocable token. */

export const CALENDAR_FEED_OWNER_KINDS = ['person', 'working_group'] as const;
export const CalendarFeedOwnerKindSchema = z
  .enum(CALENDAR_FEED_OWNER_KINDS)
  .describe("person: my own calendar; working_group: a group's meetings, actions, milestones and launches");
export type CalendarFeedOwnerKind = z.infer<typeof CalendarFeedOwnerKindSchema>;

export const CalendarFeedCreateSchema = z.object({
  ownerKind: CalendarFeedOwnerKindSchema,
  workingGroupId: IdSchema.nullable()
    .default(null)
    .describe('For a working_group feed: the group (one you can read); null for a person feed'),
  name: z.string().trim().min(1, 'Enter a name').max(120).describe('A name to tell feeds apart, e.g. "Work laptop"'),
});
export type CalendarFeedCreate = z.infer<typeof CalendarFeedCreateSchema>;

export const CalendarFeedIdParamsSchema = z.object({ feedId: IdSchema.describe('Calendar feed id') });

export const CalendarFeedSchema = z.object({
  id: IdSchema,
  name: z.string().describe('Its name'),
  ownerKind: CalendarFeedOwnerKindSchema,
  workingGroupId: IdSchema.nullable().describe('The working group of a group feed'),
  stakeholderId: IdSchema.nullable().describe('The directory entry of a person feed'),
  createdAt: TimestampSchema,
  lastFetchedAt: TimestampSchema.nullable().describe('When a calendar client last fetched it'),
  revokedAt: TimestampSchema.nullable().describe('When it was revoked; null while it works'),
});
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;

export const CalendarFeedCreatedSchema = CalendarFeedSchema.extend({
  url: z.string().describe('The subscription URL with its secret: shown once, never again'),
});
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreatedSchema>;

export const CalendarFeedListSchema = z.object({
  items: z.array(CalendarFeedSchema).describe('My feeds that still work, newest first'),
});
export type CalendarFeedList = z.infer<typeof CalendarFeedListSchema>;

/** `<secret>.ics` as the public route receives it. */
export const CalendarFeedTokenParamsSchema = z.object({
  token: z
    .string()
    .min(10)
    .max(120)
    .regex(/^[A-Za-z0-9_-]+\.ics$/, 'Not a calendar feed address')
    .describe('The feed secret followed by .ics'),
});

/** The prefix of every feed secret, so one is recognisable in a leaked log or a paste. */
export const CALENDAR_FEED_SECRET_PREFIX = 'pocal_';
