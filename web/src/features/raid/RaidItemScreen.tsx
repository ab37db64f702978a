import { Skeleton, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError } from '../../lib/api';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RaidItemView } from './RaidItemView';
import { useRaidItem } from './raid-queries';

/** Loads one RAID item: loading, not found (also what the caller may not see) and error states. */
export function RaidItemScreen({ itemId }: { itemId: string }) {
  const item = useRaidItem(itemId);
  if (item.isPending)
    return (
      <Stack aria-busy="true" aria-label="Loading the RAID item" role="status">
        <Skeleton height={40} />
        <Skeleton height={160} />
      </Stack>
    );
  if (item.isError)
    return isApiError(item.error) && item.error.is('NOT_FOUND') ? (
      <EmptyState
        icon={<IconAlertTriangle size={24} />}
        title="No such RAID item"
        description="It may have been linked to a record you cannot see."
        titleOrder={1}
      />
    ) : (
      <ErrorAlert error={item.error} onRetry={() => void item.refetch()} retrying={item.isRefetching} />
    );
  return <RaidItemView item={item.data} />;
}
