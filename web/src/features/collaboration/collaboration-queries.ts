import type { CollaborationEntityType } from '@policyops/contracts';

/** A record that can be commented on, watched and followed in activity. */
export interface EntityTarget {
  type: CollaborationEntityType;
  id: string;
}

/** What an activity feed shows: one record, one person, or everything visible. */
export type ActivityScope = { entity: EntityTarget } | { actorId: string } | { all: true };

/** Query keys of the collaboration feature. */
export const collaborationKeys = {
  all: ['collaboration'] as const,
  comments: (target: EntityTarget) => ['collaboration', 'comments', target.type, target.id] as const,
  watch: (target: EntityTarget) => ['collaboration', 'watch', target.type, target.id] as const,
  activity: (scope: ActivityScope) => ['collaboration', 'activity', scope] as const,
  mentionCandidates: (q: string) => ['collaboration', 'mention-candidates', q] as const,
};

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
};

export const COMMENTS_PAGE_SIZE = 50;
export const FEED_PAGE_SIZE = 20;
/** How often the unread badge asks the server (ms). */
export const UNREAD_POLL_MS = 30_000;
