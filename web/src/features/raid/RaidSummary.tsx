import { Badge, Card, Group, List, Skeleton, Text, Title } from '@mantine/core';
import type { LinkedRecordKind } from '@policyops/contracts';
import { formatDate } from '../../lib/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnchorLink } from '../../ui/router-links';
import { useRaidSummary } from './raid-queries';

export interface RaidSummaryProps {
  record: { kind: LinkedRecordKind; id: string };
}

/** Open RAID items linked to one record (counts per kind) and its open blockers, for record pages. */
export function RaidSummary({ record }: RaidSummaryProps) {
  const summary = useRaidSummary(record.kind, record.id);
  const search =
    record.kind === 'working_group' ? { workingGroupId: record.id } : { linkedKind: record.kind, linkedId: record.id };
  return (
    <Card withBorder radius="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          RAID log
        </Title>
        <AnchorLink to="/raid" search={search as never} size="sm">
          Open the RAID log
        </AnchorLink>
      </Group>
      {summary.isPending ? <Skeleton height={60} aria-label="Loading the RAID summary" /> : null}
      {summary.isError ? (
        <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} retrying={summary.isRefetching} />
      ) : null}
      {summary.data ? (
        <>
          <Group gap="xs" mb="sm">
            <Badge variant="light">{summary.data.open.risk} open risks</Badge>
            <Badge variant="light">{summary.data.open.issue} open issues</Badge>
            <Badge variant="light">{summary.data.open.assumption} unvalidated assumptions</Badge>
            <Badge variant="light">{summary.data.open.dependency} open dependencies</Badge>
          </Group>
          {summary.data.openBlockers.length === 0 ? (
            <Text size="sm" c="dimmed">
              No open blockers.
            </Text>
          ) : (
            <List spacing={4}>
              {summary.data.openBlockers.map((b) => (
                <List.Item key={b.id}>
                  <AnchorLink to="/raid/$itemId" params={{ itemId: b.id }}>
                    {b.key} {b.title}
                  </AnchorLink>
                  <Text span size="sm" c={b.decisionOverdue ? 'red.8' : 'dimmed'}>
                    {b.decisionNeededBy
                      ? ` · decision by ${formatDate(b.decisionNeededBy)}${b.decisionOverdue ? ' (passed)' : ''}`
                      : ''}
                    {b.currentLevel > 1 ? ` · level ${b.currentLevel}` : ''}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </>
      ) : null}
    </Card>
  );
}
