import { Paper, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import type { CrTimelineEvent } from '@policyops/contracts';
import {
  IconArrowRight,
  IconCirclePlus,
  IconPencil,
  IconPoint,
  IconRefresh,
  IconRocket,
  IconSignature,
} from '@tabler/icons-react';
import { useId } from 'react';
import { formatDateTime } from '../../../lib/format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RelativeTime } from '../../../ui/RelativeTime';
import { useCrTimeline } from './cr-detail-queries';

function iconOf(kind: string) {
  switch (kind) {
    case 'created':
      return <IconCirclePlus size={12} aria-hidden />;
    case 'moved':
      return <IconArrowRight size={12} aria-hidden />;
    case 'edited':
      return <IconPencil size={12} aria-hidden />;
    case 'signed_off':
      return <IconSignature size={12} aria-hidden />;
    case 'sign_offs_reset':
      return <IconRefresh size={12} aria-hidden />;
    case 'launched':
      return <IconRocket size={12} aria-hidden />;
    default:
      return <IconPoint size={12} aria-hidden />;
  }
}

function Item({ e }: { e: CrTimelineEvent }) {
  return (
    <>
      <Text size="sm">{e.sentence}</Text>
      {e.reason ? (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          “{e.reason}”
        </Text>
      ) : null}
      {e.kind === 'signed_off' && e.resetAt ? (
        <Text size="xs" c="red.9">
          Reset later by an edit ({formatDateTime(e.resetAt)})
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        <RelativeTime value={e.at} />
      </Text>
    </>
  );
}

/** Everything that happened to the CR, newest first. */
export function TimelineCard({ changeRequestId }: { changeRequestId: string }) {
  const titleId = useId();
  const query = useCrTimeline(changeRequestId);
  let body;
  if (query.isPending)
    body = (
      <Stack gap="xs" role="status" aria-label="Loading the timeline">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} height={14} />
        ))}
      </Stack>
    );
  else if (query.isError)
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  else if (query.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        Nothing has happened yet.
      </Text>
    );
  else
    body = (
      <Timeline bulletSize={22} lineWidth={2} aria-labelledby={titleId}>
        {query.data.items.map((e) => (
          <Timeline.Item key={e.id} bullet={iconOf(e.kind)}>
            <Item e={e} />
          </Timeline.Item>
        ))}
      </Timeline>
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="sm">
        Timeline
      </Title>
      {body}
    </Paper>
  );
}
