import { Badge, Button, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { WORKING_GROUP_STATUS_LABELS, WORKING_GROUP_STATUSES, type WorkingGroupStatus } from '@policyops/contracts';
import { useState } from 'react';
import { useCan } from '../auth';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink } from '../../ui/router-links';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { NewWorkingGroupModal } from './NewWorkingGroupModal';
import { STATUS_COLORS, formatMeetingTime } from './wg-labels';
import { useWorkingGroups } from './wg-queries';

/** /working-groups: the groups with status, chair, members count and next meeting. */
export function WorkingGroupsList() {
  const [status, setStatus] = useState<WorkingGroupStatus | 'all'>('all');
  const [creating, setCreating] = useState(false);
  const list = useWorkingGroups(status);
  const mayCreate = useCan('governance.manage');

  const newButton = mayCreate ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New working group
    </Button>
  ) : null;

  let body;
  if (list.isPending) body = <TableSkeleton label="Loading working groups" />;
  else if (list.isError)
    body = <ErrorAlert error={list.error} onRetry={() => void list.refetch()} retrying={list.isRefetching} />;
  else if (list.data.items.length === 0)
    body = (
      <EmptyState
        icon={<IconUsersGroup size={24} />}
        title={
          status === 'all' ? 'No working groups yet' : `No ${WORKING_GROUP_STATUS_LABELS[status].toLowerCase()} groups`
        }
        description="A working group carries cross-policy work: a charter, members, a meeting cadence with agendas pre-filled from live data."
        action={newButton}
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label="Working groups" verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Chair</Table.Th>
              <Table.Th ta="right">Members</Table.Th>
              <Table.Th>Next meeting</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <AnchorLink to="/working-groups/$workingGroupId" params={{ workingGroupId: g.id }} fw={600} size="sm">
                    {g.name}
                  </AnchorLink>
                  {g.cadenceSummary ? (
                    <Text size="xs" c="dimmed">
                      {g.cadenceSummary}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLORS[g.status]}>
                    {WORKING_GROUP_STATUS_LABELS[g.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{g.chair?.name ?? '—'}</Table.Td>
                <Table.Td ta="right">{g.memberCount}</Table.Td>
                <Table.Td>{g.nextMeetingAt ? formatMeetingTime(g.nextMeetingAt) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <PageHeader
        title="Working groups"
        description="Cross-policy groups, their charters and meeting series"
        actions={newButton}
      />
      <SegmentedControl
        mb="md"
        aria-label="Filter by status"
        value={status}
        onChange={(v) => setStatus(v as WorkingGroupStatus | 'all')}
        data={[
          { value: 'all', label: 'All' },
          ...WORKING_GROUP_STATUSES.map((s) => ({ value: s, label: WORKING_GROUP_STATUS_LABELS[s] })),
        ]}
      />
      <Paper withBorder p={0}>
        {body}
      </Paper>
      {creating ? <NewWorkingGroupModal opened onClose={() => setCreating(false)} /> : null}
    </>
  );
}
