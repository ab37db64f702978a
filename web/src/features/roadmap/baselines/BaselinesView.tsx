import { Alert, Badge, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconCamera, IconGitCompare, IconTimeline } from '@tabler/icons-react';
import type { RoadmapBaseline } from '@policyops/contracts';
import { useState } from 'react';
import { useCan } from '../../auth';
import { isApiError } from '../../../lib/api';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ButtonLink } from '../../../ui/router-links';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { formatDay } from '../roadmap-labels';
import { usePlanningSettings } from '../useRoadmap';
import { BaselineList } from './BaselineList';
import type { BaselinesSearch } from './baselines-search';
import { ComparisonSections } from './ComparisonSections';
import { CompareControl } from './CompareControl';
import { SaveBaselineModal } from './SaveBaselineModal';
import { SummaryBadges } from './SummaryBadges';
import { useBaselines, useComparison, useDeleteBaseline, type CompareWith } from './useBaselines';

const yearLabel = (key: string) => `FY${key.slice(4)}`;

/** What to compare with when nothing is chosen: the latest plan someone saved, else the latest automatic one. */
function defaultBaseline(items: RoadmapBaseline[] | undefined): RoadmapBaseline | undefined {
  return items?.find((b) => b.kind === 'manual') ?? items?.[0];
}

/** Baselines of a fiscal year and the comparison of the live roadmap with one of them, or with a day. */
export function BaselinesView({
  search,
  onSearchChange,
}: {
  search: BaselinesSearch;
  onSearchChange: (next: BaselinesSearch) => void;
}) {
  const settings = usePlanningSettings();
  const canManage = useCan('roadmap.manage');
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<RoadmapBaseline | null>(null);
  const current = settings.data?.currentYear.key ?? null;
  const year = search.year ?? current ?? '';
  const baselines = useBaselines(year);
  const against: CompareWith | null = search.baseline
    ? { baseline: search.baseline }
    : search.date
      ? { date: search.date }
      : defaultBaseline(baselines.data?.items)
        ? { baseline: defaultBaseline(baselines.data?.items)!.id }
        : null;
  const comparison = useComparison(year, year ? against : null);
  const remove = useDeleteBaseline(year);

  if (settings.isPending) return <TableSkeleton label="Loading baselines" />;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  const currentYear = Number(settings.data.currentYear.key.slice(2));
  const years = [currentYear - 1, currentYear, currentYear + 1].map((y) => ({
    value: `FY${y}`,
    label: yearLabel(`FY${y}`),
  }));
  const items = baselines.data?.items ?? [];
  const selectedId = comparison.data?.baseline.id ?? null;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Roadmap baselines"
        description="Save the plan as approved, then see what moved since: dates, milestone slips, status, owners, scope and key-result targets."
        actions={
          <Group gap="xs">
            <ButtonLink to="/roadmap" variant="default" leftSection={<IconTimeline size={16} />}>
              Roadmap
            </ButtonLink>
            <Select
              aria-label="Fiscal year"
              data={years}
              value={year}
              onChange={(y) => y && onSearchChange({ year: y })}
              allowDeselect={false}
              w={110}
            />
            {canManage ? (
              <Button leftSection={<IconCamera size={16} />} onClick={() => setSaving(true)}>
                Save baseline
              </Button>
            ) : null}
          </Group>
        }
      />

      {baselines.isPending ? (
        <TableSkeleton label="Loading baselines" />
      ) : baselines.isError ? (
        <ErrorAlert error={baselines.error} onRetry={() => void baselines.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconCamera size={32} />}
          title={`No baselines of ${yearLabel(year)} yet`}
          description={
            canManage
              ? 'Save one when the plan is approved. One is also made automatically at the start of each quarter.'
              : 'Program managers save one when the plan is approved; one is also made automatically at the start of each quarter.'
          }
          action={
            canManage ? (
              <Button onClick={() => setSaving(true)} leftSection={<IconCamera size={16} />}>
                Save baseline
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          <BaselineList baselines={items} selected={selectedId} onDelete={setDeleting} />
          <Stack gap="sm" component="section" aria-labelledby="baseline-comparison">
            <Group gap="xs">
              <IconGitCompare size={20} aria-hidden />
              <Title order={2} size="h3" id="baseline-comparison">
                What moved
              </Title>
              {comparison.isFetching ? <Loader size="xs" aria-label="Comparing" /> : null}
            </Group>
            <CompareControl
              baselines={items}
              baseline={
                search.baseline ?? (search.date ? undefined : (against as { baseline?: string } | null)?.baseline)
              }
              date={search.date}
              today={settings.data.today}
              quarterStart={settings.data.currentQuarter.start}
              onBaseline={(id) => onSearchChange({ year, baseline: id })}
              onDate={(date) => onSearchChange({ year, date })}
            />
            {comparison.isError ? (
              isApiError(comparison.error) && comparison.error.status === 404 && search.date ? (
                <Alert color="yellow" title="No baseline that early">
                  No baseline of {yearLabel(year)} was taken on or before {formatDay(search.date)}. Pick a later day or
                  a baseline.
                </Alert>
              ) : (
                <ErrorAlert error={comparison.error} onRetry={() => void comparison.refetch()} />
              )
            ) : comparison.data ? (
              <Stack gap="md">
                <Text size="sm" c="dimmed">
                  {comparison.data.date
                    ? `The roadmap as it was on ${formatDay(comparison.data.date)}: the latest baseline taken by then is `
                    : 'Compared with '}
                  <Text span fw={600} c="var(--mantine-color-text)">
                    “{comparison.data.baseline.name}”
                  </Text>{' '}
                  <Badge
                    variant="light"
                    color={comparison.data.baseline.kind === 'automatic' ? 'gray' : 'blue'}
                    size="sm"
                  >
                    {comparison.data.baseline.kind === 'automatic' ? 'Automatic' : 'Manual'}
                  </Badge>{' '}
                  (saved {formatDay(comparison.data.baseline.createdAt.slice(0, 10))}).
                </Text>
                <SummaryBadges
                  summary={comparison.data.summary}
                  targetsChanged={comparison.data.keyResults.targetsChanged.length}
                />
                <ComparisonSections comparison={comparison.data} />
              </Stack>
            ) : (
              <TableSkeleton label="Comparing with the baseline" />
            )}
          </Stack>
        </>
      )}

      {saving ? (
        <SaveBaselineModal
          year={year}
          yearLabel={yearLabel(year)}
          onClose={() => setSaving(false)}
          onSaved={(b) => {
            setSaving(false);
            onSearchChange({ year, baseline: b.id });
          }}
        />
      ) : null}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete baseline"
        confirmLabel="Delete baseline"
        danger
        loading={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess('Baseline deleted', `“${deleting.name}”`);
              if (search.baseline === deleting.id) onSearchChange({ year });
              setDeleting(null);
            },
            onError: (e) => notifyError(e),
          })
        }
      >
        “{deleting?.name}” will be gone for everyone, and comparisons with it too. The audit log keeps that you deleted
        it.
      </ConfirmModal>
    </Stack>
  );
}
