import { ActionIcon, Badge, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconLock, IconTrash } from '@tabler/icons-react';
import type { RoadmapBaseline } from '@policyops/contracts';
import { formatDateTime } from '../../../lib/format';

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const AUTOMATIC_KEPT = "Automatic baselines are kept as the record of each quarter's start";

/** The year's baselines, newest first: name, kind, who saved it and when. */
export function BaselineList({
  baselines,
  selected,
  onDelete,
}: {
  baselines: RoadmapBaseline[];
  selected: string | null;
  onDelete: (baseline: RoadmapBaseline) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label="Baselines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Saved by</Table.Th>
            <Table.Th>Saved</Table.Th>
            <Table.Th>Contents</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {baselines.map((b) => (
            <Table.Tr key={b.id} bg={b.id === selected ? 'var(--mantine-primary-color-light)' : undefined}>
              <Table.Td fw={500}>{b.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={b.kind === 'automatic' ? 'gray' : 'blue'}>
                  {b.kind === 'automatic' ? 'Automatic' : 'Manual'}
                </Badge>
              </Table.Td>
              <Table.Td>{b.createdBy?.name ?? (b.kind === 'automatic' ? 'PolicyOps' : '—')}</Table.Td>
              <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {counted(b.counts.initiatives, 'initiative')} · {counted(b.counts.milestones, 'milestone')} ·{' '}
                  {counted(b.counts.keyResults, 'key result')}
                </Text>
              </Table.Td>
              <Table.Td>
                {b.abilities.delete ? (
                  <Tooltip label="Delete baseline">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete baseline ${b.name}`}
                      onClick={() => onDelete(b)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                ) : b.kind === 'automatic' ? (
                  // The server never offers delete on these; say why rather than leave a gap.
                  <Tooltip label={AUTOMATIC_KEPT}>
                    <IconLock size={16} role="img" aria-label={AUTOMATIC_KEPT} color="var(--mantine-color-dimmed)" />
                  </Tooltip>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
