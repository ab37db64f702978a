import { Button, Grid, Paper, Stack, Text } from '@mantine/core';
import { IconBooks, IconFileImport, IconFolderPlus, IconHistory, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { ButtonLink } from '../../ui/router-links';
import { useCan } from '../auth';
import { AreaFormModal } from './AreaFormModal';
import { AreaTree } from './AreaTree';
import { PolicyFilters } from './PolicyFilters';
import { PolicyFormModal } from './PolicyFormModal';
import { PolicyTable } from './PolicyTable';
import type { PolicyLibrarySearch } from './policy-search';
import { usePolicyAreas, usePolicyList } from './usePolicies';

export interface PolicyLibraryProps {
  search: PolicyLibrarySearch;
  /** Merges these filters into the URL (absent values clear them); `null` clears every filter. */
  onSearchChange: (patch: PolicyLibrarySearch | null) => Promise<void>;
}

/** The policy library: the area taxonomy on the left, the filtered policies on the right. */
export function PolicyLibrary({ search, onSearchChange }: PolicyLibraryProps) {
  const canManage = useCan('policies.manage');
  const [creating, setCreating] = useState(false);
  const [creatingArea, setCreatingArea] = useState(false);
  const [filtersKey, setFiltersKey] = useState(0);
  const areas = usePolicyAreas();
  const policies = usePolicyList(search);
  const items = policies.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(search.areaId || search.q || search.status || search.tag);

  // The text fields keep their own state: start them afresh once the URL has no filters.
  const clearFilters = () => void onSearchChange(null).then(() => setFiltersKey((k) => k + 1));

  const newPolicyButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New policy
    </Button>
  ) : null;

  // The empty library offers "New policy" itself; one such button on the page at a time.
  const emptyLibrary = !filtered && policies.isSuccess && items.length === 0;

  let body;
  if (policies.isPending) {
    body = <TableSkeleton label="Loading policies" />;
  } else if (policies.isError) {
    body = (
      <ErrorAlert error={policies.error} onRetry={() => void policies.refetch()} retrying={policies.isRefetching} />
    );
  } else if (items.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={<IconSearch size={24} />}
        title="No policy matches"
        description="Try another area, status, tag or search."
        action={
          <Button variant="default" onClick={clearFilters}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={<IconBooks size={24} />}
        title="No policies yet"
        description={
          canManage
            ? 'Add the first policy: give it a title and an area, then write its text as a draft.'
            : 'Policies appear here once a policy manager adds them.'
        }
        action={newPolicyButton}
      />
    );
  } else {
    const more = Boolean(policies.hasNextPage);
    body = (
      <>
        <PolicyTable policies={items} />
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {more
            ? `Showing the first ${items.length} policies by title`
            : `${items.length} ${items.length === 1 ? 'policy' : 'policies'}`}
        </Text>
        <LoadMore
          hasMore={more}
          loading={policies.isFetchingNextPage}
          onLoadMore={() => void policies.fetchNextPage()}
          label="Load more policies"
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Policies"
        description="The policy library: every policy by area, its status, and the version in force."
        actions={
          canManage ? (
            <>
              <ButtonLink to="/policies/changes" variant="default" leftSection={<IconHistory size={16} aria-hidden />}>
                What changed
              </ButtonLink>
              <ButtonLink
                to="/policies/import"
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                Import & export
              </ButtonLink>
              <Button
                variant="default"
                leftSection={<IconFolderPlus size={16} aria-hidden />}
                onClick={() => setCreatingArea(true)}
              >
                New area
              </Button>
              {emptyLibrary ? null : newPolicyButton}
            </>
          ) : (
            <ButtonLink to="/policies/changes" variant="default" leftSection={<IconHistory size={16} aria-hidden />}>
              What changed
            </ButtonLink>
          )
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="sm">
            <AreaTree
              areas={areas.data?.items}
              loading={areas.isPending}
              error={areas.isError ? areas.error : null}
              onRetry={() => void areas.refetch()}
              selectedId={search.areaId}
              onSelect={(areaId) => void onSearchChange({ areaId })}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md" aria-busy={policies.isFetching && !policies.isPending ? true : undefined}>
            <PolicyFilters key={filtersKey} value={search} onChange={(patch) => void onSearchChange(patch)} />
            {body}
          </Stack>
        </Grid.Col>
      </Grid>
      {creating ? <PolicyFormModal opened defaultAreaId={search.areaId} onClose={() => setCreating(false)} /> : null}
      {creatingArea ? (
        <AreaFormModal opened defaultParentId={search.areaId} onClose={() => setCreatingArea(false)} />
      ) : null}
    </>
  );
}
