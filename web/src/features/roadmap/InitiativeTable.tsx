import { Group, Progress, Stack, Table, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { InitiativeSort, InitiativeSummary } from '@policyops/contracts';
import { AnchorLink } from '../../ui/router-links';
import { HealthBadge, InitiativeStatusBadge, PriorityBadge, UpdateDueBadge } from './RoadmapBadges';
import { spanText } from './roadmap-labels';

export interface InitiativeTableProps {
  initiatives: InitiativeSummary[];
  sort: InitiativeSort;
  order: 'asc' | 'desc';
  onSort: (sort: InitiativeSort, order: 'asc' | 'desc') => void;
}

function SortHeader({
  label,
  column,
  sort,
  order,
  onSort,
}: {
  label: string;
  column: InitiativeSort;
  sort: InitiativeSort;
  order: 'asc' | 'desc';
  onSort: InitiativeTableProps['onSort'];
}) {
  const active = sort === column;
  const Icon = !active ? IconSelector : order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(column, active && order === 'asc' ? 'desc' : 'asc')}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 700, fontSize: 'inherit' }}
      >
        {label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

/** Progress as a bar and a figure; an override says so. */
export function ProgressCell({ progress }: { progress: InitiativeSummary['progress'] }) {
  const overridden = progress.override !== null;
  const bar = (
    <Group gap="xs" wrap="nowrap" tabIndex={overridden ? 0 : undefined}>
      <Progress value={progress.value} w={72} size="sm" aria-hidden color={overridden ? 'grape' : 'indigo'} />
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {progress.value}%{overridden ? '*' : ''}
        {overridden ? <VisuallyHidden> (set by hand)</VisuallyHidden> : null}
      </Text>
    </Group>
  );
  return overridden ? (
    <Tooltip
      label={`Set by hand (derived: ${progress.derived}%): ${progress.override?.reason ?? ''}`}
      multiline
      maw={280}
    >
      {bar}
    </Tooltip>
  ) : (
    bar
  );
}

/** The initiatives list: one row per initiative, sortable by its column headers. */
export function InitiativeTable({ initiatives, sort, order, onSort }: InitiativeTableProps) {
  const header = { sort, order, onSort };
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Initiatives">
        <Table.Thead>
          <Table.Tr>
            <SortHeader label="Initiative" column="title" {...header} />
            <Table.Th>Owner</Table.Th>
            <SortHeader label="When" column="start" {...header} />
            <Table.Th>Status</Table.Th>
            <SortHeader label="Priority" column="priority" {...header} />
            <Table.Th>Progress</Table.Th>
            <Table.Th>Health</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {initiatives.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td miw={240}>
                <Stack gap={2}>
                  <AnchorLink
                    to="/roadmap/initiatives/$initiativeId"
                    params={{ initiativeId: i.id }}
                    fw={600}
                    size="sm"
                    c="var(--mantine-color-text)"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {i.title}
                  </AnchorLink>
                  {i.areas.length > 0 || i.teams.length > 0 ? (
                    <Text size="xs" c="dimmed">
                      {[...i.areas, ...i.teams].map((x) => x.name).join(' · ')}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.owner.name}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{spanText(i)}</Text>
                <Text size="xs" c="dimmed">
                  {i.milestoneCount === 0
                    ? 'No milestones'
                    : `${i.milestonesDone} of ${i.milestoneCount} milestones done`}
                </Text>
              </Table.Td>
              <Table.Td>
                <InitiativeStatusBadge status={i.status} />
              </Table.Td>
              <Table.Td>
                <PriorityBadge priority={i.priority} />
              </Table.Td>
              <Table.Td>
                <ProgressCell progress={i.progress} />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <HealthBadge health={i.updates.health} />
                  {i.updates.due ? <UpdateDueBadge dueOn={i.updates.nextDueOn} /> : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
