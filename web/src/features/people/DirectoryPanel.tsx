import { Button, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus, IconUsers, IconUserSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { plural } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { EMPTY_PEOPLE_FILTERS, PeopleFilters } from './PeopleFilters';
import type { PeopleFilterValues } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { useUserList } from './useUsers';

export interface DirectoryPanelProps {
  /** Present when the user may invite people. */
  onInvite?: () => void;
}

/** Filters + directory table + "Load more", with loading, empty and error states. */
export function DirectoryPanel({ onInvite }: DirectoryPanelProps) {
  const [filters, setFilters] = useState<PeopleFilterValues>(EMPTY_PEOPLE_FILTERS);
  const [q] = useDebouncedValue(filters.q.trim(), 250);
  const query = useMemo(
    () => ({ q: q || undefined, role: filters.role ?? undefined, status: filters.status ?? undefined }),
    [q, filters.role, filters.status],
  );
  const list = useUserList(query);
  const users = list.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(query.q || query.role || query.status);

  let body;
  if (list.isPending) {
    body = <TableSkeleton label="Loading people" />;
  } else if (list.isError) {
    body = <ErrorAlert error={list.error} onRetry={() => void list.refetch()} retrying={list.isRefetching} />;
  } else if (users.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={<IconUserSearch size={24} />}
        title="No one matches these filters"
        description="Try another name or e-mail, or clear the filters."
        action={
          <Button variant="default" onClick={() => setFilters(EMPTY_PEOPLE_FILTERS)}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={<IconUsers size={24} />}
        title="No people yet"
        description="Invite policy writers, program managers and XFN partners to work here together."
        action={
          onInvite ? (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={onInvite}>
              Invite person
            </Button>
          ) : undefined
        }
      />
    );
  } else {
    body = (
      <>
        <PeopleTable users={users} />
        <LoadMore
          hasMore={Boolean(list.hasNextPage)}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </>
    );
  }

  return (
    <Stack gap="md">
      <PeopleFilters value={filters} onChange={setFilters} />
      <Paper withBorder p="md">
        {!list.isPending && !list.isError && users.length > 0 ? (
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            Showing {plural(users.length, 'person', 'people')}
            {list.hasNextPage ? ' (more available)' : ''}
          </Text>
        ) : null}
        {body}
      </Paper>
    </Stack>
  );
}
