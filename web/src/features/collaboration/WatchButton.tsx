import { Button, Group, Skeleton, Text, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { notifyError } from '../../lib/problem-feedback';
import { plural } from '../../lib/format';
import { useCan } from '../auth';
import type { EntityTarget } from './collaboration-queries';
import { useSetWatching, useWatch } from './useWatch';

/** Watch or stop watching a record (its comments and changes reach your inbox), with the watcher count. */
export function WatchButton({ target }: { target: EntityTarget }) {
  const canWatch = useCan('comments.write');
  const query = useWatch(target);
  const toggle = useSetWatching(target);
  if (query.isPending) return <Skeleton height={30} width={140} aria-label="Loading watch state" />;
  if (query.isError) return null;
  const { watching, watcherCount } = query.data;
  return (
    <Group gap="xs" wrap="nowrap">
      {canWatch ? (
        <Tooltip
          label={
            watching ? 'Stop getting notified about comments and changes' : 'Get notified about comments and changes'
          }
        >
          <Button
            size="xs"
            variant="default"
            aria-pressed={watching}
            leftSection={watching ? <IconEye size={16} aria-hidden /> : <IconEyeOff size={16} aria-hidden />}
            loading={toggle.isPending}
            onClick={() => toggle.mutate(!watching, { onError: (error) => notifyError(error) })}
          >
            {watching ? 'Watching' : 'Watch'}
          </Button>
        </Tooltip>
      ) : null}
      <Text size="xs" c="dimmed">
        {plural(watcherCount, 'watcher', 'watchers')}
      </Text>
    </Group>
  );
}
