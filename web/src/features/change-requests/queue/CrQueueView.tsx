import { Alert, Badge, Button, Code, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconHandFinger, IconListNumbers } from '@tabler/icons-react';
import type { ChangeRequest } from '@policyops/contracts';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RelativeTime } from '../../../ui/RelativeTime';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { crNumber } from '../cr-labels';
import { useCrQueue, useCrSettings } from '../list/cr-list-queries';
import { CrLink, DueAndOverdue, LaneBadge } from '../list/CrListParts';
import { PlaceAfterModal } from './PlaceAfterModal';

function Placement({ cr, queue }: { cr: ChangeRequest; queue: readonly ChangeRequest[] }) {
  const placement = cr.manualPlacement;
  if (!placement) return null;
  const anchor = placement.afterId ? queue.find((other) => other.id === placement.afterId) : null;
  return (
    <Stack gap={2} mt={4}>
      <Badge
        variant="light"
        color="grape"
        size="sm"
        leftSection={<IconHandFinger size={12} aria-hidden />}
        style={{ textTransform: 'none' }}
      >
        Placed by hand {anchor ? `below ${crNumber(anchor.number)}` : placement.afterId ? '' : 'at the top'}
      </Badge>
      <Text size="xs" c="dimmed">
        “{placement.reason}” — {placement.by?.name ?? 'a former member'}, <RelativeTime value={placement.at} />
      </Text>
    </Stack>
  );
}

/** The ranked intake queue: score with its formula and sum, hand placements with their reasons. */
export function CrQueueView() {
  const queue = useCrQueue();
  const settings = useCrSettings();
  const [placing, setPlacing] = useState<ChangeRequest | null>(null);
  if (queue.isError) return <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />;
  if (!queue.data) return <TableSkeleton label="Loading the intake queue" />;
  const items = queue.data.items;
  if (items.length === 0)
    return (
      <EmptyState
        icon={<IconListNumbers size={24} />}
        title="The intake queue is empty"
        description="New change requests start in Intake and are ranked here by score until they move on."
      />
    );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Ranked by score
        {settings.data ? (
          <>
            {' '}
            (<Code>{settings.data.formula}</Code>)
          </>
        ) : null}
        , highest first; unscored change requests come last. A change request placed by hand stays directly below the
        one it was placed after.
      </Text>
      {queue.data.lapsedPlacements.length > 0 ? (
        <Alert color="blue" variant="light">
          {queue.data.lapsedPlacements.length} hand placement
          {queue.data.lapsedPlacements.length === 1 ? '' : 's'} lapsed because the change request above left the queue;{' '}
          {queue.data.lapsedPlacements.length === 1 ? 'it is' : 'they are'} ranked by score again.
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" striped>
          <Table.Caption>The intake queue, {items.length} change requests in rank order</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rank</Table.Th>
              <Table.Th>Change request</Table.Th>
              <Table.Th>Score</Table.Th>
              <Table.Th>How it is worked out</Table.Th>
              <Table.Th>Owner</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((cr) => (
              <Table.Tr key={cr.id}>
                <Table.Td>
                  <Text fw={700}>#{cr.rank}</Text>
                </Table.Td>
                <Table.Td maw={380}>
                  <CrLink cr={cr} /> <LaneBadge lane={cr.lane} reason={cr.laneReason} />
                  <Text size="sm" fw={500}>
                    {cr.title}
                  </Text>
                  <DueAndOverdue cr={cr} />
                  <Placement cr={cr} queue={items} />
                </Table.Td>
                <Table.Td>
                  <Text fw={700}>{cr.score.value ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {cr.score.formula}
                  </Text>
                  <Text size="sm">{cr.score.worked}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{cr.owner.name}</Text>
                </Table.Td>
                <Table.Td>
                  {cr.abilities.reorder && items.length > 1 ? (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setPlacing(cr)}
                      aria-label={`Place ${crNumber(cr.number)} after…`}
                    >
                      Place after…
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {placing ? <PlaceAfterModal cr={placing} queue={items} onClose={() => setPlacing(null)} /> : null}
    </Stack>
  );
}
