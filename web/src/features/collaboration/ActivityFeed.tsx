import { Group, List, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconActivity,
  IconCheck,
  IconEdit,
  IconMessageCircle,
  IconPlus,
  IconRocket,
  IconSend,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { activitySentence, type ActivityEntry } from '@policyops/contracts';
import { formatDate } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { RelativeTime } from '../../ui/RelativeTime';
import type { ActivityScope } from './collaboration-queries';
import { SentenceLine } from './SentenceLine';
import { useActivity } from './useActivity';

const VERB_ICONS: Record<string, typeof IconActivity> = {
  created: IconPlus,
  updated: IconEdit,
  commented: IconMessageCircle,
  'drafted a version': IconEdit,
  'submitted for review': IconSend,
  approved: IconCheck,
  rejected: IconX,
  'made live': IconRocket,
  'discarded a draft': IconTrash,
};

/** Whether the one-line detail adds to the sentence: a comment's words, or an old entry's only description. */
const detailAdds = (entry: ActivityEntry) => entry.event === null || entry.event === 'comment.created';

function Entry({ entry, showEntity }: { entry: ActivityEntry; showEntity: boolean }) {
  const Icon = VERB_ICONS[entry.verb] ?? IconActivity;
  const sentence = activitySentence(entry, { withEntity: showEntity, formatDate });
  return (
    <List.Item
      icon={
        <ThemeIcon size={26} radius="xl" variant="light" color="gray" aria-hidden>
          <Icon size={14} />
        </ThemeIcon>
      }
    >
      <Stack gap={2}>
        <SentenceLine sentence={sentence} />
        {entry.summary && detailAdds(entry) ? (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {entry.event === 'comment.created' ? `“${entry.summary}”` : entry.summary}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          <RelativeTime value={entry.createdAt} />
        </Text>
      </Stack>
    </List.Item>
  );
}

export interface ActivityFeedProps {
  scope: ActivityScope;
  /** Accessible name of the list, e.g. "Activity on this policy". */
  label: string;
  /** What to say when there is nothing yet. */
  emptyText?: string;
}

/** Who did what, newest first: on one record, by one person, or everywhere the reader can see. */
export function ActivityFeed({ scope, label, emptyText = 'No activity yet' }: ActivityFeedProps) {
  const query = useActivity(scope);
  if (query.isPending) return <Skeleton height={96} aria-label="Loading activity" />;
  if (query.isError)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  const entries = query.data.pages.flatMap((page) => page.items);
  if (entries.length === 0 && !query.hasNextPage)
    return <EmptyState icon={<IconActivity size={24} />} title={emptyText} />;
  return (
    <>
      <List spacing="sm" listStyleType="none" aria-label={label} center={false}>
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} showEntity={!('entity' in scope)} />
        ))}
      </List>
      <Group justify="center">
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
          label="Load more activity"
        />
      </Group>
    </>
  );
}
