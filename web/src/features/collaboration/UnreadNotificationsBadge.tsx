import { Badge, VisuallyHidden } from '@mantine/core';
import { useUnreadCount } from './useNotifications';

/** The navbar's unread count (polled every 30 s); nothing when there is none. */
export function UnreadNotificationsBadge() {
  const query = useUnreadCount();
  const count = query.data?.count ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" variant="filled" circle={count < 10}>
      {count > 99 ? '99+' : count}
      <VisuallyHidden> unread</VisuallyHidden>
    </Badge>
  );
}
