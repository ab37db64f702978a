import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import type { MetricImport } from '@policyops/contracts';
import { IconHistory } from '@tabler/icons-react';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMore } from '../../../ui/LoadMore';
import { RelativeTime } from '../../../ui/RelativeTime';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { formatBytes, formatCount, STATE_COLORS, STATE_LABELS } from './import-labels';
import { useMetricImportHistory } from './useMetricImports';

export interface ImportHistoryProps {
  /** Shows an import's result (or report) above, in the upload panel. */
  onOpen: (metricImport: MetricImport) => void;
}

function HistoryRows({ imports, onOpen }: { imports: MetricImport[]; onOpen: ImportHistoryProps['onOpen'] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-label="Past metric imports, newest first">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>Sent by</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th ta="right">Rows</Table.Th>
            <Table.Th ta="right">Problems</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((item) => (
            <Table.Tr key={item.id} data-import-id={item.id} data-state={item.state}>
              <Table.Td>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={600}
                    ta="left"
                    style={{ overflowWrap: 'anywhere' }}
                    onClick={() => onOpen(item)}
                  >
                    {item.fileName ?? 'Sent by the ingest API'}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {item.format.toUpperCase()} · {formatBytes(item.bytes)}
                    {item.source === 'api' ? ' · API' : ''}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.createdBy.name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <RelativeTime value={item.createdAt} />
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={STATE_COLORS[item.state]} variant="light">
                  {STATE_LABELS[item.state]}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{formatCount(item.rows)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" c={item.problemCount > 0 ? 'red' : undefined}>
                  {formatCount(item.problemCount)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every import of the workspace, newest first, a page at a time. */
export function ImportHistory({ onOpen }: ImportHistoryProps) {
  const history = useMetricImportHistory();
  const imports = history.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="metric-history-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="metric-history-heading">
          History
        </Title>
        {history.isPending ? (
          <TableSkeleton rows={3} label="Loading past imports" />
        ) : history.isError && imports.length === 0 ? (
          <ErrorAlert error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />
        ) : imports.length === 0 ? (
          <EmptyState
            icon={<IconHistory size={24} />}
            title="No imports yet"
            description="Files uploaded here or sent by a pipeline appear in this list, with their state and validation report."
          />
        ) : (
          <>
            <HistoryRows imports={imports} onOpen={onOpen} />
            {history.isFetchNextPageError ? (
              <ErrorAlert
                error={history.error}
                onRetry={() => void history.fetchNextPage()}
                retrying={history.isFetchingNextPage}
              />
            ) : null}
            <LoadMore
              hasMore={history.hasNextPage}
              loading={history.isFetchingNextPage}
              onLoadMore={() => void history.fetchNextPage()}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
