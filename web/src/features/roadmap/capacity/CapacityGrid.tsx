import { Box, Group, Table, Text, Tooltip } from '@mantine/core';
import type { CapacityCell, RoadmapCapacity } from '@policyops/contracts';
import { TeamCapacityEditor } from './TeamCapacityEditor';
import classes from './CapacityGrid.module.css';

const weeks = (n: number) => `${Math.round(n * 10) / 10} wk`;

/** One team × quarter: a bar of planned effort against capacity, red (with the amount) when over. */
function CellBar({ cell, titles }: { cell: CapacityCell | undefined; titles: Map<string, string> }) {
  if (!cell) return <Text c="dimmed">—</Text>;
  const capacity = cell.capacityWeeks;
  const over = (cell.overAllocatedWeeks ?? 0) > 0;
  const scale = Math.max(capacity ?? 0, cell.plannedWeeks, 1);
  const plannedPct = (Math.min(cell.plannedWeeks, capacity ?? cell.plannedWeeks) / scale) * 100;
  const overPct = over ? ((cell.overAllocatedWeeks ?? 0) / scale) * 100 : 0;
  const capacityPct = capacity === null ? null : (capacity / scale) * 100;
  const summary =
    capacity === null
      ? `${weeks(cell.plannedWeeks)} planned, no capacity stated`
      : `${weeks(cell.plannedWeeks)} planned of ${weeks(capacity)}${over ? `, ${weeks(cell.overAllocatedWeeks ?? 0)} over` : ''}`;
  const behind = cell.initiatives.map(
    (i) => `${titles.get(i.id) ?? 'Initiative'}: ${weeks(i.weeks)}${i.status === 'proposed' ? ' (proposed)' : ''}`,
  );
  return (
    <Tooltip label={behind.length ? behind.join(' · ') : 'No initiatives'} multiline w={320} withArrow>
      <Box tabIndex={0} aria-label={`${cell.label}: ${summary}`} className={classes.cell}>
        <div className={classes.track} aria-hidden>
          <div className={classes.planned} style={{ width: `${plannedPct}%` }} />
          {over && <div className={classes.over} style={{ left: `${plannedPct}%`, width: `${overPct}%` }} />}
          {capacityPct !== null && <div className={classes.capacity} style={{ left: `${capacityPct}%` }} />}
        </div>
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Text size="xs">
            {weeks(cell.plannedWeeks)}
            {capacity !== null ? ` / ${weeks(capacity)}` : ''}
          </Text>
          {over ? (
            <Text size="xs" fw={700} c="red.8">
              +{weeks(cell.overAllocatedWeeks ?? 0)} over
            </Text>
          ) : capacity === null ? (
            <Text size="xs" c="dimmed">
              no capacity
            </Text>
          ) : null}
        </Group>
        {cell.proposedWeeks > 0 && (
          <Text size="xs" c="dimmed">
            + {weeks(cell.proposedWeeks)} proposed
          </Text>
        )}
      </Box>
    </Tooltip>
  );
}

/** Teams × quarters; each team's capacity editable inline (program managers and admins). */
export function CapacityGrid({ data, canManage }: { data: RoadmapCapacity; canManage: boolean }) {
  const titles = new Map(data.initiatives.map((i) => [i.id, i.title]));
  const cellOf = new Map(data.cells.map((c) => [`${c.teamId ?? ''}|${c.period}`, c]));
  const rows: { id: string | null; name: string }[] = data.teams.map((t) => ({ id: t.teamId, name: t.teamName }));
  if (data.cells.some((c) => c.teamId === null)) rows.push({ id: null, name: 'No team' });
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Planned effort against capacity, per team and quarter" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={260}>Team</Table.Th>
            {data.quarters.map((q) => (
              <Table.Th key={q.key}>{q.label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const team = data.teams.find((t) => t.teamId === row.id);
            return (
              <Table.Tr key={row.id ?? 'none'}>
                <Table.Th scope="row" fw={500}>
                  <Text fw={600} size="sm">
                    {row.name}
                  </Text>
                  {team ? (
                    <TeamCapacityEditor team={team} year={data.year} quarters={data.quarters} canManage={canManage} />
                  ) : (
                    <Text size="xs" c="dimmed">
                      Initiatives without a team
                    </Text>
                  )}
                </Table.Th>
                {data.quarters.map((q) => (
                  <Table.Td key={q.key}>
                    <CellBar cell={cellOf.get(`${row.id ?? ''}|${q.key}`)} titles={titles} />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
