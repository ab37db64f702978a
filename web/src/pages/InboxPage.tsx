import { NotificationsInbox } from '../features/collaboration';

export function InboxPage() {
  return <NotificationsInbox />;
}
