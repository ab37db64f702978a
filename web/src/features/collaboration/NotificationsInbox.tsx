import {
  Box,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAt,
  IconChecklist,
  IconChecks,
  IconEdit,
  IconInbox,
  IconMessageCircle,
  IconUserCheck,
} from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import type { Notification, NotificationKind } from '@policyops/contracts';
import { useState } from 'react';
import { notifyError } from '../../lib/problem-feedback';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { RelativeTime } from '../../ui/RelativeTime';
import { HrefLink } from './HrefLink';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
  useUnreadCount,
} from './useNotifications';

const KINDS: Record<NotificationKind, { label: string; icon: Icon }> = {
  mention: { label: 'Mention', icon: IconAt },
  assignment: { label: 'Assignment', icon: IconUserCheck },
  comment: { label: 'Comment', icon: IconMessageCircle },
  change: { label: 'Change', icon: IconEdit },
  review_requested: { label: 'Review requested', icon: IconChecklist },
  changes_wanted: { label: 'Changes requested', icon: IconEdit },
  stage_overdue: { label: 'Overdue', icon: IconChecklist },
  launched: { label: 'Launched', icon: IconChecklist },
  escalated: { label: 'Escalated', icon: IconChecklist },
  revisit_due: { label: 'Revisit due', icon: IconChecklist },
  action_due: { label: 'Action due', icon: IconChecklist },
};

function NotificationRow({ notification }: { notification: Notification }) {
  const markRead = useMarkNotificationRead();
  const kind = KINDS[notification.kind];
  const unread = notification.readAt === null;
  return (
    <Paper
      withBorder
      p="sm"
      component="li"
      style={{ listStyle: 'none', borderLeft: unread ? '3px solid var(--mantine-color-indigo-8)' : undefined }}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon size={32} radius="xl" variant="light" color={unread ? 'indigo' : 'gray'} aria-hidden>
          <kind.icon size={16} />
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm">
            {unread ? <VisuallyHidden>Unread: </VisuallyHidden> : null}
            <HrefLink
              href={notification.entity.href}
              fw={unread ? 700 : 500}
              size="sm"
              onNavigate={() => {
                if (unread) markRead.mutate(notification);
              }}
            >
              {notification.entity.title}
            </HrefLink>
            <Text span size="sm" c="dimmed">
              {' · '}
              {kind.label}
            </Text>
          </Text>
          <Text size="sm" lineClamp={2}>
            {notification.actor ? (
              <Text span fw={600}>
                {notification.actor.name}:{' '}
              </Text>
            ) : null}
            {notification.summary}
          </Text>
          <Text size="xs" c="dimmed">
            <RelativeTime value={notification.createdAt} />
          </Text>
        </Stack>
        {unread ? (
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            onClick={() => markRead.mutate(notification, { onError: (error) => notifyError(error) })}
            aria-label={`Mark read: ${notification.entity.title}, ${notification.summary}`}
          >
            Mark read
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}

/** The inbox: mentions, assignments and changes to watched records, newest first. */
export function NotificationsInbox() {
  const [filter, setFilter] = useState<'unread' | 'all'>('unread');
  const query = useNotifications(filter === 'unread');
  const unread = useUnreadCount();
  const markAll = useMarkAllNotificationsRead();
  const unreadCount = unread.data?.count ?? 0;

  let body;
  if (query.isPending) body = <Skeleton height={160} aria-label="Loading notifications" />;
  else if (query.isError)
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  else {
    const items = query.data.pages.flatMap((page) => page.items);
    body =
      items.length === 0 && !query.hasNextPage ? (
        filter === 'unread' ? (
          <EmptyState
            icon={<IconChecks size={24} />}
            title="You're all caught up"
            description="Mentions, assignments and changes to things you watch appear here."
            action={
              <Button variant="default" onClick={() => setFilter('all')}>
                Show all notifications
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={<IconInbox size={24} />}
            title="No notifications yet"
            description="Watch a policy, or wait to be mentioned in a comment."
          />
        )
      ) : (
        <>
          <Stack
            component="ul"
            gap="xs"
            p={0}
            m={0}
            aria-label={filter === 'unread' ? 'Unread notifications' : 'All notifications'}
          >
            {items.map((notification) => (
              <NotificationRow key={notification.id} notification={notification} />
            ))}
          </Stack>
          <LoadMore
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
            label="Load more notifications"
          />
        </>
      );
  }

  return (
    <>
      <PageHeader
        title="Inbox"
        description={unreadCount > 0 ? `${unreadCount} unread` : 'Nothing unread'}
        actions={
          <Button
            variant="default"
            leftSection={<IconChecks size={16} aria-hidden />}
            disabled={unreadCount === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate(undefined, { onError: (error) => notifyError(error) })}
          >
            Mark all read
          </Button>
        }
      />
      <Box mb="md">
        <SegmentedControl
          aria-label="Show notifications"
          value={filter}
          onChange={(value) => setFilter(value as 'unread' | 'all')}
          data={[
            { label: 'Unread', value: 'unread' },
            { label: 'All', value: 'all' },
          ]}
        />
      </Box>
      {body}
    </>
  );
}
