import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconMoodSmile } from '@tabler/icons-react';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { SIGN_OFF_ROLE_LABELS } from '../cr-labels';
import { daysSince, daysText } from '../list/cr-list-helpers';
import { useCrWaitingOnMe } from '../list/cr-list-queries';
import { CrLink, DueAndOverdue, StageBadge } from '../list/CrListParts';

/** Change requests waiting on a sign-off the caller may give, with the role and how long it has waited. */
export function WaitingOnMe() {
  const waiting = useCrWaitingOnMe();
  if (waiting.isError) return <ErrorAlert error={waiting.error} onRetry={() => void waiting.refetch()} />;
  if (!waiting.data) return <TableSkeleton label="Loading what waits on you" />;
  const items = [...waiting.data.items].sort(
    (a, b) => Date.parse(a.changeRequest.stageEnteredAt) - Date.parse(b.changeRequest.stageEnteredAt),
  );
  if (items.length === 0)
    return (
      <EmptyState
        icon={<IconMoodSmile size={24} />}
        title="Nothing waits on your sign-off"
        description="When a change request reaches a stage that needs a role you hold (Legal, Moderation Ops, Product, Regional or policy owner), it appears here."
      />
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" striped>
        <Table.Caption>
          {items.length} change request{items.length === 1 ? '' : 's'} waiting on your sign-off, longest waiting first
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Change request</Table.Th>
            <Table.Th>Sign off as</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Waiting</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map(({ changeRequest: cr, roles }) => {
            const days = daysSince(cr.stageEnteredAt);
            return (
              <Table.Tr key={cr.id}>
                <Table.Td maw={420}>
                  <Stack gap={2}>
                    <CrLink cr={cr} />
                    <Text size="sm" fw={500}>
                      {cr.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {cr.targetPolicy ? cr.targetPolicy.title : 'New policy'} · owner {cr.owner.name}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {roles.map((role) => (
                      <Badge key={role} variant="light" style={{ textTransform: 'none' }}>
                        {SIGN_OFF_ROLE_LABELS[role]}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <StageBadge stage={cr.stage} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={days >= 5 ? 700 : undefined}>
                    {days === 0 ? 'Since today' : daysText(days)}
                  </Text>
                  <DueAndOverdue cr={cr} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
