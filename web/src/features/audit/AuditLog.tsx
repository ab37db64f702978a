import { Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconListSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { AuditFilters, EMPTY_AUDIT_FILTERS } from './AuditFilters';
import type { AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditEvents, useVerifyAuditChain } from './useAudit';
import type { AuditFilterQuery } from './useAudit';
import { ExportCheckpoint } from './ExportCheckpoint';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toQuery(values: AuditFilterValues): AuditFilterQuery {
  return {
    actorId: values.actorId ?? undefined,
    action: values.action ?? undefined,
    entityType: values.entityType.trim() || undefined,
    entityId: values.entityId.trim() || undefined,
    from: ISO_DATE.test(values.from) ? values.from : undefined,
    to: ISO_DATE.test(values.to) ? values.to : undefined,
  };
}

/** The audit log page: filters, events with before/after, chain verification and signed checkpoints. */
export function AuditLog() {
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTERS);
  const [debounced] = useDebouncedValue(filters, 300);
  const query = useMemo(() => toQuery(debounced), [debounced]);
  const events = useAuditEvents(query);
  const verify = useVerifyAuditChain();
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.values(query).some((v) => v !== undefined);

  let body;
  if (events.isPending) body = <TableSkeleton label="Loading audit events" />;
  else if (events.isError)
    body = <ErrorAlert error={events.error} onRetry={() => void events.refetch()} retrying={events.isRefetching} />;
  else if (items.length === 0)
    body = (
      <EmptyState
        icon={<IconListSearch size={24} />}
        title={filtered ? 'No events match these filters' : 'No events yet'}
        description={
          filtered
            ? 'Widen the date range or clear a filter.'
            : 'Every change in the workspace is recorded here, with who made it and when.'
        }
      />
    );
  else
    body = (
      <>
        <AuditTable events={items} />
        <LoadMore
          hasMore={Boolean(events.hasNextPage)}
          loading={events.isFetchingNextPage}
          onLoadMore={() => void events.fetchNextPage()}
        />
      </>
    );

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, who made it and when. Events are chained with a keyed hash, so tampering is detectable."
        actions={
          <>
            <VerifyChainButton verify={verify} />
            <ExportCheckpoint />
          </>
        }
      />
      <VerifyChainResult verify={verify} />
      <Stack gap="md">
        <AuditFilters value={filters} onChange={setFilters} />
        <Paper withBorder p="md">
          {!events.isPending && !events.isError && items.length > 0 ? (
            <Text size="sm" c="dimmed" mb="xs">
              {items.length.toLocaleString()} events shown{events.hasNextPage ? '; more available' : ''}
            </Text>
          ) : null}
          {body}
        </Paper>
      </Stack>
    </>
  );
}
