import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconBellRinging, IconCalendarCog, IconPlus, IconRoute, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { useCan } from '../auth';
import { InitiativeFilters } from './InitiativeFilters';
import { InitiativeFormModal } from './InitiativeFormModal';
import { InitiativeTable } from './InitiativeTable';
import { PlanningSettingsModal } from './PlanningSettingsModal';
import type { RoadmapSearch } from './roadmap-search';
import type { InitiativeFilters as Filters } from './roadmap-queries';
import { useInitiativeList, usePlanningSettings } from './useRoadmap';

export interface InitiativesViewProps {
  search: RoadmapSearch;
  /** Merges these filters into the URL (absent values clear them); `null` clears every filter. */
  onSearchChange: (patch: RoadmapSearch | null) => Promise<void>;
}

function toFilters(search: RoadmapSearch): Filters {
  const { status, updateDue, ...rest } = search;
  return { ...rest, ...(status ? { status: status.join(',') } : {}), ...(updateDue ? { updateDue: true } : {}) };
}

/** "You have 2 updates due": what the owner sees first, with the way to them. */
function UpdatesDueBanner({ onShow }: { onShow: () => void }) {
  const mine = useInitiativeList({ ownerId: 'me', updateDue: true });
  const count = mine.data?.pages[0]?.items.length ?? 0;
  if (count === 0) return null;
  const more = Boolean(mine.data?.pages[0]?.nextCursor);
  return (
    <Alert color="orange" variant="light" icon={<IconBellRinging size={18} aria-hidden />} title="Health updates due">
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          {more ? `More than ${count}` : count} of your initiatives {count === 1 && !more ? 'needs' : 'need'} a health
          update.
        </Text>
        <Button size="xs" variant="white" color="orange" onClick={onShow}>
          Show them
        </Button>
      </Group>
    </Alert>
  );
}

/** The roadmap's initiatives as a table: filters in the URL, sortable columns, paged. */
export function InitiativesView({ search, onSearchChange }: InitiativesViewProps) {
  const canManage = useCan('roadmap.manage');
  const isAdmin = useCan('workspace.manage');
  const settings = usePlanningSettings();
  const [creating, setCreating] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);
  const [filtersKey, setFiltersKey] = useState(0);
  const sort = search.sort ?? 'start';
  const order = search.order ?? 'asc';
  const list = useInitiativeList(toFilters(search));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const { sort: _s, order: _o, ...filters } = search;
  const filtered = Object.keys(filters).length > 0;
  const clear = () => void onSearchChange(null).then(() => setFiltersKey((k) => k + 1));

  const newButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New initiative
    </Button>
  ) : null;
  const emptyRoadmap = !filtered && list.isSuccess && items.length === 0;

  let body;
  if (list.isPending) body = <TableSkeleton label="Loading initiatives" />;
  else if (list.isError)
    body = <ErrorAlert error={list.error} onRetry={() => void list.refetch()} retrying={list.isRefetching} />;
  else if (items.length === 0)
    body = filtered ? (
      <EmptyState
        icon={<IconSearch size={24} />}
        title="No initiative matches"
        description="Try another period, status, owner or search."
        action={
          <Button variant="default" onClick={clear}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={<IconRoute size={24} />}
        title="No initiatives on the roadmap yet"
        description={
          canManage
            ? 'Add the first initiative: give it an owner and the quarters it runs in, then its milestones.'
            : 'Initiatives appear here once a program manager plans them.'
        }
        action={newButton}
      />
    );
  else {
    const more = Boolean(list.hasNextPage);
    body = (
      <>
        <InitiativeTable
          initiatives={items}
          sort={sort}
          order={order}
          onSort={(nextSort, nextOrder) => void onSearchChange({ sort: nextSort, order: nextOrder })}
        />
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {more
            ? `Showing the first ${items.length} initiatives`
            : `${items.length} ${items.length === 1 ? 'initiative' : 'initiatives'}`}
        </Text>
        <LoadMore
          hasMore={more}
          loading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          label="Load more initiatives"
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Roadmap"
        description={
          settings.data
            ? `Initiatives by quarter, with their milestones, dependencies and health. Today is in ${settings.data.currentQuarter.label}.`
            : 'Initiatives by quarter, with their milestones, dependencies and health.'
        }
        actions={
          <>
            {isAdmin && settings.data ? (
              <Button
                variant="default"
                leftSection={<IconCalendarCog size={16} aria-hidden />}
                onClick={() => setEditingSettings(true)}
              >
                Fiscal year
              </Button>
            ) : null}
            {emptyRoadmap ? null : newButton}
          </>
        }
      />
      <Stack gap="md" aria-busy={list.isFetching && !list.isPending ? true : undefined}>
        <UpdatesDueBanner onShow={() => void onSearchChange({ ownerId: 'me', updateDue: true })} />
        <InitiativeFilters
          key={filtersKey}
          value={search}
          settings={settings.data}
          onChange={(patch) => void onSearchChange(patch)}
        />
        {body}
      </Stack>
      {creating ? <InitiativeFormModal onClose={() => setCreating(false)} /> : null}
      {editingSettings && settings.data ? (
        <PlanningSettingsModal settings={settings.data} onClose={() => setEditingSettings(false)} />
      ) : null}
    </>
  );
}
