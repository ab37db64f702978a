import { Alert, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { AnchorLink } from '../../../ui/router-links';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { useCan } from '../../auth';
import { usePlanningSettings } from '../useRoadmap';
import { CapacityGrid } from './CapacityGrid';
import { PriorityRanking } from './PriorityRanking';
import { useRoadmapCapacity } from './useCapacity';
import { WhatIfPanel } from './WhatIfPanel';

const yearKey = (n: number) => `FY${n}`;

/** Portfolio and capacity: teams × quarters against capacity, a what-if, and the priority ranking. */
export function CapacityView() {
  const settings = usePlanningSettings();
  const canManage = useCan('roadmap.manage');
  const current = settings.data ? Number(settings.data.currentYear.key.slice(2)) : null;
  const [chosen, setChosen] = useState<string | null>(null);
  const year = chosen ?? (current ? yearKey(current) : undefined);
  const capacity = useRoadmapCapacity(year);
  const years = current ? [current - 1, current, current + 1, current + 2].map(yearKey) : [];
  const overCount = capacity.data?.cells.filter((c) => (c.overAllocatedWeeks ?? 0) > 0).length ?? 0;

  return (
    <>
      <PageHeader
        title="Capacity & priority"
        description="Planned effort per team and quarter against each team's capacity, what moving or dropping work would change, and the priority ranking."
        above={
          <AnchorLink to="/roadmap" size="sm" c="dimmed">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden /> Roadmap
            </Group>
          </AnchorLink>
        }
        actions={
          <Select
            aria-label="Fiscal year"
            w={130}
            data={years.map((y) => ({ value: y, label: `FY${y.slice(4)}` }))}
            value={year ?? null}
            onChange={(v) => v && setChosen(v)}
            allowDeselect={false}
          />
        }
      />
      {settings.isError || capacity.isError ? (
        <ErrorAlert error={settings.error ?? capacity.error} onRetry={() => void capacity.refetch()} />
      ) : !capacity.data ? (
        <TableSkeleton label="Loading capacity" />
      ) : (
        <Stack gap="lg">
          <Card withBorder padding="lg">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">
                Teams × quarters, {capacity.data.year.label}
              </Title>
              {overCount > 0 ? (
                <Text size="sm" c="red.8" fw={600}>
                  {overCount} team-quarter{overCount === 1 ? '' : 's'} over capacity
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  No team over capacity
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed" mb="sm">
              {capacity.data.rules}
            </Text>
            {capacity.data.teams.length === 0 && capacity.data.cells.length === 0 ? (
              <Alert color="gray">No team has work or a stated capacity in {capacity.data.year.label} yet.</Alert>
            ) : (
              <CapacityGrid data={capacity.data} canManage={canManage} />
            )}
            {capacity.data.unestimated.length > 0 && (
              <Text size="xs" c="dimmed" mt="xs">
                {capacity.data.unestimated.length} initiative(s) have no effort estimate and count nothing.
              </Text>
            )}
          </Card>
          <WhatIfPanel key={capacity.data.year.key} data={capacity.data} />
          <PriorityRanking data={capacity.data} />
        </Stack>
      )}
    </>
  );
}
