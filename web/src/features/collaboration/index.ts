export { ActivityFeed } from './ActivityFeed';
export { CommentBody } from './CommentBody';
export { CommentsPanel } from './CommentsPanel';
export { DiscussionSection } from './DiscussionSection';
export { NotificationsInbox } from './NotificationsInbox';
export { UnreadNotificationsBadge } from './UnreadNotificationsBadge';
export { WatchButton } from './WatchButton';
export { collaborationKeys, notificationKeys } from './collaboration-queries';
export type { ActivityScope, EntityTarget } from './collaboration-queries';
