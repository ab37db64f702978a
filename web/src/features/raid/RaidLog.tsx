import { Button, Chip, Group, Paper, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import {
  RAID_KIND_LABELS,
  RAID_STATUS_LABELS,
  RISK_STATUSES,
  ISSUE_STATUSES,
  ASSUMPTION_STATUSES,
  DEPENDENCY_STATUSES,
  type RaidKind,
} from '@policyops/contracts';
import { useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { RaidHeatMap } from './RaidHeatMap';
import { RaidItemDialog } from './RaidItemDialog';
import { RaidTable } from './RaidTable';
import { useRaidHeatMap, useRaidList, useWorkingGroupOptions } from './raid-queries';
import { RAID_TABS, TAB_KIND, type RaidSearch, type RaidTab } from './raid-search';

const TAB_LABELS: Record<RaidTab, string> = {
  risks: 'Risks',
  issues: 'Issues & blockers',
  assumptions: 'Assumptions',
  dependencies: 'Dependencies',
};
const STATUSES: Record<RaidKind, readonly string[]> = {
  risk: RISK_STATUSES,
  issue: ISSUE_STATUSES,
  assumption: ASSUMPTION_STATUSES,
  dependency: DEPENDENCY_STATUSES,
};

export interface RaidLogProps {
  search: RaidSearch;
  onSearchChange(next: RaidSearch): void;
  canManage: boolean;
}

function KindList({
  kind,
  search,
  onSearchChange,
}: {
  kind: RaidKind;
  search: RaidSearch;
  onSearchChange(next: RaidSearch): void;
}) {
  const list = useRaidList(kind, search);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(
    search.status || search.ownerId || search.workingGroupId || search.linkedId || search.probability,
  );
  if (list.isPending) return <TableSkeleton label={`Loading ${RAID_KIND_LABELS[kind].toLowerCase()} items`} />;
  if (list.isError)
    return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} retrying={list.isRefetching} />;
  if (items.length === 0)
    return (
      <EmptyState
        icon={<IconAlertTriangle size={24} />}
        title={filtered ? 'Nothing matches these filters' : `No ${RAID_KIND_LABELS[kind].toLowerCase()} items yet`}
        description={filtered ? 'Clear the filters to see everything.' : 'Log one with “New item”.'}
        action={
          filtered ? (
            <Button variant="default" onClick={() => onSearchChange({ tab: search.tab })}>
              Clear filters
            </Button>
          ) : undefined
        }
      />
    );
  return (
    <Stack gap="sm">
      <RaidTable kind={kind} items={items} />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </Stack>
  );
}

/** The /raid page: tabs per kind, the risks' heat map, filters kept in the URL, "New item". */
export function RaidLog({ search, onSearchChange, canManage }: RaidLogProps) {
  const tab = search.tab ?? 'risks';
  const kind = TAB_KIND[tab];
  const [creating, setCreating] = useState(false);
  const map = useRaidHeatMap(search);
  const groups = useWorkingGroupOptions();
  const change = (patch: Partial<RaidSearch>) => onSearchChange({ ...search, ...patch });
  return (
    <>
      <PageHeader
        title="RAID log"
        description="Risks, issues and blockers, assumptions and dependencies across the working groups"
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New {RAID_KIND_LABELS[kind].toLowerCase()}
            </Button>
          ) : null
        }
      />
      <Tabs
        value={tab}
        onChange={(value) =>
          onSearchChange({
            ...search,
            tab: (value as RaidTab) ?? 'risks',
            status: undefined,
            probability: undefined,
            impact: undefined,
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {RAID_TABS.map((t) => (
            <Tabs.Tab key={t} value={t}>
              {TAB_LABELS[t]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper withBorder p="sm" mb="md" radius="md">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label="Status"
              placeholder="Any status"
              clearable
              data={STATUSES[kind].map((s) => ({ value: s, label: RAID_STATUS_LABELS[s] ?? s }))}
              value={search.status ?? null}
              onChange={(v) => change({ status: v ?? undefined })}
              w={180}
            />
            <Select
              label="Working group"
              placeholder="Any group"
              clearable
              searchable
              data={(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
              value={search.workingGroupId ?? null}
              onChange={(v) => change({ workingGroupId: v ?? undefined })}
              w={260}
            />
            {search.ownerId ? (
              <Chip checked onChange={() => change({ ownerId: undefined })}>
                One owner only (clear)
              </Chip>
            ) : null}
            {search.linkedKind && search.linkedId ? (
              <Chip checked onChange={() => change({ linkedKind: undefined, linkedId: undefined })}>
                Linked to one {search.linkedKind.replace('_', ' ')} (clear)
              </Chip>
            ) : null}
            {kind === 'risk' && search.probability ? (
              <Chip checked onChange={() => change({ probability: undefined, impact: undefined })}>
                Probability {search.probability} × impact {search.impact} (clear)
              </Chip>
            ) : null}
          </Group>
        </Paper>
        {kind === 'risk' ? (
          <Stack mb="md">
            {map.isError ? (
              <ErrorAlert error={map.error} onRetry={() => void map.refetch()} retrying={map.isRefetching} />
            ) : null}
            {map.data ? (
              <RaidHeatMap
                map={map.data}
                selected={
                  search.probability && search.impact
                    ? { probability: search.probability, impact: search.impact }
                    : undefined
                }
                onSelect={(cell) =>
                  change({
                    probability: cell?.probability,
                    impact: cell?.impact,
                    status: cell ? 'open' : search.status,
                  })
                }
              />
            ) : map.isPending ? (
              <Text size="sm" c="dimmed">
                Loading the heat map…
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <KindList key={kind} kind={kind} search={search} onSearchChange={onSearchChange} />
      </Tabs>
      {creating ? (
        <RaidItemDialog kind={kind} workingGroupId={search.workingGroupId} opened onClose={() => setCreating(false)} />
      ) : null}
    </>
  );
}
