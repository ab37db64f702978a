import { z } from 'zod';
import { ActivityDetailsSchema, ActivityEventSchema } from './activity-events.js';
import { CursorQuerySchema, IdSchema, TimestampSchema, VersionSchema, pageOf } from './common.contract.js';

/**
 * Generic collaboration: comments, watches, notifications and activity on any entity that a
 * module registers. Later modules add their entity type to this list.
 */
export const COLLABORATION_ENTITY_TYPES = [
  'policy',
  'initiative',
  'objective',
  'change_request',
  'decision',
  'raid_item',
  'action_item',
] as const;
export const CollaborationEntityTypeSchema = z
  .enum(COLLABORATION_ENTITY_TYPES)
  .describe('Kind of record (e.g. policy)');
export type CollaborationEntityType = z.infer<typeof CollaborationEntityTypeSchema>;

/** `@[Display Name](mention:<user-uuid>)`: how a comment mentions someone. */
export const MENTION_SOURCE = String.raw`@\[([^\]\n]{1,120})\]\(mention:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\)`;

const MENTION_AT_START = new RegExp(`^${MENTION_SOURCE}`);

/**
 * The mention that `src` starts with, if any: what the server's and the web's Markdown tokenizers
 * both call, so that a mention is one syntax on both sides (and never one inside code). Id lower-cased.
 */
export function mentionAt(src: string): { raw: string; name: string; id: string } | null {
  const match = MENTION_AT_START.exec(src);
  return match ? { raw: match[0], name: match[1]!, id: match[2]!.toLowerCase() } : null;
}

/** The mention markup for one person, as the editor inserts it. */
export function mentionMarkup(person: { id: string; name: string }): string {
  return `@[${person.name.replace(/[[\]\n]/g, ' ').trim() || 'someone'}](mention:${person.id})`;
}

export const CollaborationPersonSchema = z.object({ id: IdSchema, name: z.string().describe('Display name') });
export type CollaborationPerson = z.infer<typeof CollaborationPersonSchema>;

export const EntityRefSchema = z.object({
  type: CollaborationEntityTypeSchema,
  id: IdSchema,
  title: z.string().describe('Display title of the record'),
  href: z.string().describe('Web path of the record, e.g. /policies/hate-speech'),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

export const EntityParamsSchema = z.object({
  entityType: CollaborationEntityTypeSchema,
  entityId: IdSchema.describe('Id of the record'),
});
export type EntityParams = z.infer<typeof EntityParamsSchema>;

// ---- Comments ------------------------------------------------------------------------------

export const CommentBodySchema = z
  .string()
  .trim()
  .min(1, 'Write something')
  .max(20000, 'Use at most 20000 characters')
  .describe('Markdown; mention someone with @[Name](mention:<user id>)');

export const CommentSchema = z.object({
  id: IdSchema,
  entityType: CollaborationEntityTypeSchema,
  entityId: IdSchema,
  author: CollaborationPersonSchema.describe('Who wrote it'),
  body: z.string().describe('Markdown text'),
  mentions: z.array(CollaborationPersonSchema).describe('People mentioned (active accounts only)'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  editedAt: TimestampSchema.nullable().describe('When the text was last edited; null if never'),
  version: VersionSchema,
  abilities: z.object({ edit: z.boolean(), delete: z.boolean() }).describe('What the caller may do with this comment'),
});
export type Comment = z.infer<typeof CommentSchema>;

export const CommentPageSchema = pageOf(CommentSchema);
export type CommentPage = z.infer<typeof CommentPageSchema>;

export const CommentListQuerySchema = CursorQuerySchema.extend({
  entityType: CollaborationEntityTypeSchema,
  entityId: IdSchema.describe('Id of the record'),
});
export type CommentListQuery = z.infer<typeof CommentListQuerySchema>;

export const CommentCreateSchema = z.object({
  entityType: CollaborationEntityTypeSchema,
  entityId: IdSchema.describe('Id of the record commented on'),
  body: CommentBodySchema,
});
export type CommentCreate = z.infer<typeof CommentCreateSchema>;

export const CommentUpdateSchema = z.object({
  version: VersionSchema,
  body: CommentBodySchema,
});
export type CommentUpdate = z.infer<typeof CommentUpdateSchema>;

export const CommentIdParamsSchema = z.object({ commentId: IdSchema });

// ---- Watches -------------------------------------------------------------------------------

export const WatchStateSchema = z.object({
  watching: z.boolean().describe('Whether the caller watches the record'),
  watcherCount: z.number().int().min(0).describe('How many people watch it'),
});
export type WatchState = z.infer<typeof WatchStateSchema>;

// ---- Notifications -------------------------------------------------------------------------

export const NOTIFICATION_KINDS = [
  'mention',
  'assignment',
  'comment',
  'change',
  'review_requested',
  'changes_wanted',
  'stage_overdue',
  'launched',
  'revisit_due',
  'escalated',
  'action_due',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS).describe('Why you were notified');
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

export const NotificationSchema = z.object({
  id: IdSchema,
  kind: NotificationKindSchema,
  entity: EntityRefSchema,
  actor: CollaborationPersonSchema.nullable().describe('Who caused it (null: the system)'),
  summary: z.string().describe('What happened, in one line'),
  createdAt: TimestampSchema,
  readAt: TimestampSchema.nullable().describe('When it was marked read; null while unread'),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationPageSchema = pageOf(NotificationSchema);
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

export const NotificationListQuerySchema = CursorQuerySchema.extend({
  unread: z.stringbool().optional().describe('true: only unread notifications'),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;

export const NotificationIdParamsSchema = z.object({ notificationId: IdSchema });

export const UnreadCountSchema = z.object({
  count: z.number().int().min(0).describe('Unread notifications you can still see'),
});
export type UnreadCount = z.infer<typeof UnreadCountSchema>;

export const MarkedReadSchema = z.object({
  marked: z.number().int().min(0).describe('How many notifications were marked read'),
});
export type MarkedRead = z.infer<typeof MarkedReadSchema>;

/** How a person hears of their notifications by e-mail: never (the default) or one message each. */
export const NOTIFICATION_EMAIL_MODES = ['off', 'each'] as const;
export const NotificationEmailModeSchema = z
  .enum(NOTIFICATION_EMAIL_MODES)
  .describe('off: inbox only; each: also one e-mail per notification');
export type NotificationEmailMode = z.infer<typeof NotificationEmailModeSchema>;

export const NotificationSettingsSchema = z.object({
  email: NotificationEmailModeSchema,
  mailEnabled: z.boolean().describe('Whether this server sends mail at all; when false no e-mail goes out'),
  version: VersionSchema,
});
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;

export const NotificationSettingsUpdateSchema = z.object({
  email: NotificationEmailModeSchema,
  version: VersionSchema,
});
export type NotificationSettingsUpdate = z.infer<typeof NotificationSettingsUpdateSchema>;

// ---- Activity ------------------------------------------------------------------------------

export const ActivityEntrySchema = z.object({
  id: IdSchema,
  entity: EntityRefSchema,
  actor: CollaborationPersonSchema.nullable().describe('Who did it (null: the system)'),
  verb: z.string().describe('What was done, e.g. commented, made live'),
  summary: z.string().describe("One-line detail without the actor, e.g. a comment's excerpt"),
  event: ActivityEventSchema.nullable().describe(
    'What happened, as a kind of event (null: an entry from before events)',
  ),
  details: ActivityDetailsSchema.nullable().describe("The event's facts (null: an entry from before events)"),
  sentence: z
    .string()
    .describe(
      'What happened, in words, with the names of today: "Priya Raman made Hate Speech v2.1 live, effective Jan 15, 2027"',
    ),
  createdAt: TimestampSchema,
});
export type ActivityEntry = z.infer<typeof ActivityEntrySchema>;

export const ActivityPageSchema = pageOf(ActivityEntrySchema);
export type ActivityPage = z.infer<typeof ActivityPageSchema>;

export const ActivityQuerySchema = CursorQuerySchema.extend({
  entityType: CollaborationEntityTypeSchema.optional().describe('With entityId: activity on this record'),
  entityId: IdSchema.optional().describe('With entityType: activity on this record'),
  actorId: IdSchema.optional().describe("One person's activity"),
  watched: z
    .stringbool()
    .optional()
    .describe("true: only other people's activity on records you watch (your own is left out)"),
});
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;
