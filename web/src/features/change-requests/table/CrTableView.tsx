import { Button, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDownload, IconSelector, IconTable } from '@tabler/icons-react';
import { CR_LIST_DEFAULT_ORDER, type ChangeRequest } from '@policyops/contracts';
import { useMemo, useState } from 'react';
import { notifyError } from '../../../lib/problem-feedback';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMore } from '../../../ui/LoadMore';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { CR_TYPE_LABELS } from '../cr-labels';
import type { CrSearch, CrSort } from '../cr-search';
import { filtersOf } from '../list/cr-list-helpers';
import { downloadCrCsv, useCrList } from '../list/cr-list-queries';
import { CrLink, DueAndOverdue, LaneBadge, ScoreText, StageBadge } from '../list/CrListParts';
import { CrFilterBar } from './CrFilterBar';
import { SavedViewsMenu } from './SavedViewsMenu';

function SortHeader({
  label,
  column,
  sort,
  order,
  onSort,
}: {
  label: string;
  column: CrSort;
  sort: CrSort;
  order: 'asc' | 'desc';
  onSort: (sort: CrSort, order: 'asc' | 'desc') => void;
}) {
  const active = sort === column;
  const Icon = !active ? IconSelector : order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(column, active ? (order === 'asc' ? 'desc' : 'asc') : CR_LIST_DEFAULT_ORDER[column])}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 700, fontSize: 'inherit' }}
      >
        {label}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

function Row({ cr }: { cr: ChangeRequest }) {
  return (
    <Table.Tr>
      <Table.Td>
        <CrLink cr={cr} />
      </Table.Td>
      <Table.Td maw={360}>
        <Text size="sm" fw={500}>
          {cr.title}
        </Text>
        <Text size="xs" c="dimmed">
          {cr.targetPolicy ? cr.targetPolicy.title : 'New policy'} · {CR_TYPE_LABELS[cr.type]}
        </Text>
      </Table.Td>
      <Table.Td>
        <StageBadge stage={cr.stage} />
      </Table.Td>
      <Table.Td>
        <LaneBadge lane={cr.lane} reason={cr.laneReason} />
      </Table.Td>
      <Table.Td>
        <ScoreText score={cr.score} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{cr.owner.name}</Text>
      </Table.Td>
      <Table.Td>
        <DueAndOverdue cr={cr} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The filterable, sortable table with saved views and CSV export; filters and order live in the URL. */
export function CrTableView({
  search,
  onSearchChange,
}: {
  search: CrSearch;
  onSearchChange: (patch: CrSearch, replaceAll?: boolean) => void;
}) {
  const filters = filtersOf(search);
  const sort = search.sort ?? 'number';
  const order = search.order ?? CR_LIST_DEFAULT_ORDER[sort];
  // The server sorts every matching CR (not only the pages loaded); the default order needs no parameter.
  const list = useCrList(sort === 'number' && order === 'desc' ? filters : { ...filters, sort, order });
  const [filterBarKey, setFilterBarKey] = useState(0);
  const [exporting, setExporting] = useState(false);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const loaded = rows;
  const filtered = Object.keys(filters).length > 0;

  const exportCsv = async () => {
    setExporting(true);
    try {
      await downloadCrCsv(filters);
    } catch (error) {
      notifyError(error, 'The export failed');
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <CrFilterBar key={filterBarKey} value={search} onChange={(patch) => onSearchChange(patch)} />
        <Group gap="xs">
          <SavedViewsMenu
            search={search}
            onApply={(next) => {
              onSearchChange(next, true);
              setFilterBarKey((k) => k + 1);
            }}
          />
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void exportCsv()}
            loading={exporting}
          >
            CSV
          </Button>
        </Group>
      </Group>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <TableSkeleton label="Loading change requests" />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconTable size={24} />}
          title={filtered ? 'No change request matches these filters' : 'No change requests yet'}
          description={filtered ? 'Clear a filter to see more.' : 'Open a change request to see it here.'}
          action={
            filtered ? (
              <Button
                variant="light"
                onClick={() => {
                  onSearchChange({ tab: 'table' }, true);
                  setFilterBarKey((k) => k + 1);
                }}
              >
                Clear filters
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Caption>
                {loaded.length} change request{loaded.length === 1 ? '' : 's'}
                {list.hasNextPage ? ' loaded, more below' : ''}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader
                    label="Number"
                    column="number"
                    sort={sort}
                    order={order}
                    onSort={(s, o) => onSearchChange({ sort: s, order: o })}
                  />
                  <Table.Th>Title</Table.Th>
                  <SortHeader
                    label="Stage"
                    column="stage"
                    sort={sort}
                    order={order}
                    onSort={(s, o) => onSearchChange({ sort: s, order: o })}
                  />
                  <Table.Th>Lane</Table.Th>
                  <SortHeader
                    label="Score"
                    column="score"
                    sort={sort}
                    order={order}
                    onSort={(s, o) => onSearchChange({ sort: s, order: o })}
                  />
                  <Table.Th>Owner</Table.Th>
                  <SortHeader
                    label="Due"
                    column="due"
                    sort={sort}
                    order={order}
                    onSort={(s, o) => onSearchChange({ sort: s, order: o })}
                  />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((cr) => (
                  <Row key={cr.id} cr={cr} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            hasMore={Boolean(list.hasNextPage)}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
    </Stack>
  );
}
