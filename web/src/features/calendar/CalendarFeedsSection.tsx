import { Button, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import type { CalendarFeed, CalendarFeedCreated } from '@policyops/contracts';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { FeedUrlModal } from './FeedUrlModal';
import { useCreateCalendarFeed, useMyCalendarFeeds, useRevokeCalendarFeed } from './calendar-queries';

/** Account page: my calendar feed URLs (my actions, meetings, milestones, launches): create, copy once, revoke. */
export function CalendarFeedsSection() {
  const feeds = useMyCalendarFeeds();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [name, setName] = useState('My calendar');
  const [nameError, setNameError] = useState<string | null>(null);
  const [created, setCreated] = useState<CalendarFeedCreated | null>(null);
  const [revoking, setRevoking] = useState<CalendarFeed | null>(null);
  const items = feeds.data?.items ?? [];

  const submit = () => {
    if (!name.trim()) return setNameError('Enter a name');
    setNameError(null);
    create.mutate(
      { ownerKind: 'person', name: name.trim() },
      { onSuccess: (feed) => setCreated(feed), onError: (error) => notifyError(error) },
    );
  };
  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => notifySuccess('Feed revoked', `Calendars subscribed to “${revoking.name}” stop updating.`),
      onError: (error) => notifyError(error),
      onSettled: () => setRevoking(null),
    });
  };

  let list;
  if (feeds.isPending) list = <TableSkeleton rows={2} label="Loading calendar feeds" />;
  else if (feeds.isError)
    list = <ErrorAlert error={feeds.error} onRetry={() => void feeds.refetch()} retrying={feeds.isRefetching} />;
  else if (items.length === 0)
    list = (
      <EmptyState
        icon={<IconCalendarEvent size={24} />}
        title="No calendar feeds"
        description="A feed puts your action due dates, meetings, milestones and launches in your own calendar app."
      />
    );
  else
    list = (
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Calendar</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last fetched</Table.Th>
              <Table.Th w={90}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((feed) => (
              <Table.Tr key={feed.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {feed.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{feed.ownerKind === 'person' ? 'Mine' : 'Working group'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" component="span">
                    <RelativeTime value={feed.createdAt} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" component="span">
                    <RelativeTime value={feed.lastFetchedAt} fallback="Never" />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRevoking(feed)}
                    aria-label={`Revoke ${feed.name}`}
                  >
                    Revoke
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Paper withBorder p="lg" mt="lg" component="section" aria-labelledby="calendar-feeds-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="calendar-feeds-title">
            Calendar feeds
          </Title>
          <Text size="sm" c="dimmed" maw={620}>
            Subscribe to your PolicyOps calendar from Google Calendar, Outlook or Apple Calendar. The URL is shown once;
            it works without signing in, so treat it like a password.
          </Text>
        </div>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label="New feed name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError}
            maxLength={120}
            w={260}
          />
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={submit} loading={create.isPending}>
            Create feed URL
          </Button>
        </Group>
        {list}
      </Stack>
      <FeedUrlModal feed={created} onClose={() => setCreated(null)} />
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        onConfirm={confirmRevoke}
        title="Revoke calendar feed"
        confirmLabel="Revoke"
        danger
        loading={revoke.isPending}
      >
        Calendars subscribed to “{revoking?.name}” will stop updating. This cannot be undone.
      </ConfirmModal>
    </Paper>
  );
}
