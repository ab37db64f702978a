import { Button, Group, Stack, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import type { ActivityEntry } from '@policyops/contracts';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Ago } from '../Ago';
import { AppHref } from '../../../ui/AppHref';
import { CardEmpty, CardList, CardSkeleton, HomeCard, itemClass } from '../HomeCard';
import { useWatchedActivity } from '../home-queries';

const PAGE_SIZE = 6;

function Entry({ entry }: { entry: ActivityEntry }) {
  return (
    <li className={itemClass}>
      <Stack gap={2}>
        <Text size="sm">{entry.sentence}</Text>
        {entry.verb === 'commented' && entry.summary ? (
          <Text size="sm" c="dimmed" lineClamp={2}>
            “{entry.summary}”
          </Text>
        ) : null}
        <Group gap={6} wrap="wrap">
          <AppHref href={entry.entity.href} size="xs" fw={500}>
            {entry.entity.title}
          </AppHref>
          <Text size="xs" c="dimmed" aria-hidden>
            ·
          </Text>
          <Text size="xs" c="dimmed">
            <Ago value={entry.createdAt} />
          </Text>
        </Group>
      </Stack>
    </li>
  );
}

/**
 * Others' changes and comments on what the caller watches, newest first. Each entry reads as the server words it
 * (`sentence`, the words the activity feeds use), so the home page carries no wording of its own.
 */
export function WatchedActivityCard() {
  const query = useWatchedActivity(PAGE_SIZE);
  let body;
  if (query.isPending) body = <CardSkeleton label="Loading changes to what you watch" />;
  else if (query.isError)
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  else {
    const entries = query.data.pages.flatMap((page) => page.items);
    body =
      entries.length === 0 && !query.hasNextPage ? (
        <CardEmpty title="Nothing new on what you watch">
          Choose Watch on a policy to follow its changes and comments here. You watch what you comment on, too.
        </CardEmpty>
      ) : (
        <>
          <CardList label="Changes to what you watch">
            {entries.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </CardList>
          {query.hasNextPage ? (
            <Group mt="xs">
              <Button
                variant="default"
                size="xs"
                loading={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                Show more changes
              </Button>
            </Group>
          ) : null}
        </>
      );
  }
  return (
    <HomeCard id="watched" title="Changes to what you watch" icon={IconEye}>
      {body}
    </HomeCard>
  );
}
