import { Alert, Badge, Box, Button, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight, IconLayoutKanban } from '@tabler/icons-react';
import type { ChangeRequest, CrStage } from '@policyops/contracts';
import { useMemo, useState, type ReactNode } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMore } from '../../../ui/LoadMore';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { CR_STAGE_LABELS } from '../cr-labels';
import { boardStages } from '../list/cr-list-helpers';
import { BOARD_PAGE_SIZE, useCrList, useCrSettings, type CrFilters } from '../list/cr-list-queries';
import { CR_DRAG_TYPE, CrCard } from './CrCard';
import { useCrMove } from './useCrMove';

const EXITS: readonly CrStage[] = ['rejected', 'withdrawn'];

/** The board by stage: columns in the workspace's order, Rejected and Withdrawn folded at the end. */
export function CrBoard({ filters, emptyAction }: { filters: CrFilters; emptyAction?: ReactNode }) {
  const settings = useCrSettings();
  const list = useCrList(filters, BOARD_PAGE_SIZE);
  const move = useCrMove();
  const [openExits, setOpenExits] = useState<CrStage[]>([]);
  const [dropTarget, setDropTarget] = useState<CrStage | null>(null);
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);

  if (settings.isError || list.isError)
    return (
      <ErrorAlert
        error={settings.error ?? list.error}
        onRetry={() => void Promise.all([settings.refetch(), list.refetch()])}
      />
    );
  if (!settings.data || !list.data) return <TableSkeleton label="Loading the board" />;
  if (items.length === 0)
    return (
      <EmptyState
        icon={<IconLayoutKanban size={24} />}
        title="No change requests yet"
        description="A change request carries a policy change from the problem to the launch. Open one to see it here."
        action={emptyAction}
      />
    );

  const stageConfig = new Map(settings.data.workflow.stages.map((s) => [s.key, s]));
  const byStage = new Map<CrStage, ChangeRequest[]>();
  for (const cr of items) {
    const stage = move.stageOf(cr);
    byStage.set(stage, [...(byStage.get(stage) ?? []), cr]);
  }
  const find = (id: string) => items.find((cr) => cr.id === id);
  // A stage the workflow no longer has keeps its CRs visible in a column of its own, before the exits.
  const path = boardStages(settings.data);
  const strays = [...byStage.keys()].filter((stage) => !path.includes(stage));
  const columns = [...path.slice(0, -EXITS.length), ...strays, ...EXITS];

  const column = (stage: CrStage) => {
    const crs = byStage.get(stage) ?? [];
    const folded = EXITS.includes(stage) && !openExits.includes(stage);
    const target = stageConfig.get(stage)?.targetDays;
    const headingId = `cr-board-${stage}`;
    return (
      <Paper
        key={stage}
        component="section"
        aria-labelledby={headingId}
        withBorder
        radius="md"
        p="xs"
        bg={dropTarget === stage ? 'var(--mantine-color-indigo-light)' : 'var(--mantine-color-gray-light)'}
        w={folded ? 150 : 260}
        style={{ flex: '0 0 auto', alignSelf: 'stretch' }}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes(CR_DRAG_TYPE)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          if (dropTarget !== stage) setDropTarget(stage);
        }}
        onDragLeave={() => setDropTarget((current) => (current === stage ? null : current))}
        onDrop={(event) => {
          event.preventDefault();
          setDropTarget(null);
          const cr = find(event.dataTransfer.getData(CR_DRAG_TYPE));
          if (cr) move.requestMove(cr, stage);
        }}
      >
        <Group justify="space-between" mb="xs" wrap="nowrap" gap={4}>
          <Title order={2} size="sm" id={headingId}>
            {CR_STAGE_LABELS[stage]}
          </Title>
          <Badge variant="default" size="sm" aria-label={`${crs.length} change requests`}>
            {crs.length}
          </Badge>
        </Group>
        {target ? (
          <Text size="xs" c="dimmed" mb="xs">
            Target {target} {target === 1 ? 'day' : 'days'}
          </Text>
        ) : null}
        {folded ? (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconChevronRight size={14} aria-hidden />}
            onClick={() => setOpenExits((open) => [...open, stage])}
            aria-expanded={false}
          >
            Show {crs.length}
          </Button>
        ) : (
          <Stack gap="xs">
            {crs.map((cr) => (
              <CrCard key={cr.id} cr={cr} moving={move.isPending(cr.id)} onMove={move.requestMove} />
            ))}
            {crs.length === 0 ? (
              <Text size="xs" c="dimmed" ta="center" py="md">
                Nothing here
              </Text>
            ) : null}
            {EXITS.includes(stage) ? (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => setOpenExits((open) => open.filter((s) => s !== stage))}
                aria-expanded
              >
                Fold
              </Button>
            ) : null}
          </Stack>
        )}
      </Paper>
    );
  };

  return (
    <Box>
      {move.refusalAlert}
      {list.hasNextPage ? (
        <Alert color="blue" variant="light" mb="sm">
          The board shows the {items.length} newest change requests; load more below to see older ones.
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed" mb="xs">
        Drag a card to another column, or use its move button (keyboard) to pick a stage.
      </Text>
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
          {columns.map(column)}
        </Group>
      </ScrollArea>
      <LoadMore
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
      {move.dialog}
    </Box>
  );
}
