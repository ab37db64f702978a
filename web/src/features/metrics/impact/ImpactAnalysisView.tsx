import { Alert, Button, Chip, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChartLine, IconDeviceFloppy, IconHistory } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { MetricKey } from '@policyops/contracts';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { AnchorLink, ButtonLink } from '../../../ui/router-links';
import { ImpactControls } from './ImpactControls';
import { ImpactDesignSummary } from './ImpactDesignSummary';
import { ImpactResultsTable } from './ImpactResultsTable';
import { SavedImpactAnalyses } from './SavedImpactAnalyses';
import {
  DEFAULT_IMPACT_OPTIONS,
  usePolicyLaunches,
  useSaveImpactAnalysis,
  useStoredImpactAnalysis,
  useVersionImpact,
  type ImpactOptions,
} from './useImpactAnalysis';

// The charting library is large; it loads only when a chart is first drawn.
const ImpactChart = lazy(() => import('./ImpactChart').then((m) => ({ default: m.ImpactChart })));

export interface ImpactAnalysisViewProps {
  policyId: string;
  versionId: string;
}

/** The impact of one version launch: design, warnings, results per figure, daily charts and saved snapshots. */
export function ImpactAnalysisView({ policyId, versionId }: ImpactAnalysisViewProps) {
  const [options, setOptions] = useState<ImpactOptions>(DEFAULT_IMPACT_OPTIONS);
  const [debounced] = useDebouncedValue(options, 400);
  const [viewingId, setViewingId] = useState<string | null>(null);
  const [charted, setCharted] = useState<MetricKey[] | null>(null);
  const launches = usePolicyLaunches(policyId);
  const live = useVersionImpact(policyId, versionId, debounced);
  const stored = useStoredImpactAnalysis(viewingId);
  const save = useSaveImpactAnalysis(policyId, versionId);
  const report = viewingId ? stored.data?.report : live.data;
  const launch = launches.data?.items.find((l) => l.versionId === versionId);

  useEffect(() => {
    if (charted !== null || !report) return;
    const significant = report.metrics.filter((m) => m.significant).map((m) => m.key);
    setCharted(significant.length > 0 ? significant.slice(0, 3) : report.metrics.slice(0, 1).map((m) => m.key));
  }, [report, charted]);

  const title = report
    ? `Impact of ${report.policy.title} ${report.version.label}`
    : launch
      ? `Impact of version ${launch.label}`
      : 'Impact analysis';
  const pending = viewingId ? stored.isPending : live.isPending;
  const error = viewingId ? stored.error : live.error;
  const noData = report?.metrics.every((m) => m.verdict === 'insufficient_data') ?? false;

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        above={
          <AnchorLink to="/metrics/policies/$policyId" params={{ policyId }} size="sm">
            ← Policy metrics
          </AnchorLink>
        }
        description={
          report
            ? `Launched ${report.launchDate} in ${report.treated.markets.map((m) => m.code).join(', ') || 'no market with data'}. Figures computed ${viewingId ? 'when the analysis was saved' : 'now from the current metric data'}.`
            : 'What the launch of this version did to the enforcement figures.'
        }
        actions={
          report?.abilities.save && !viewingId ? (
            <Button
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              loading={save.isPending}
              onClick={() =>
                save.mutate(debounced, {
                  onSuccess: () =>
                    notifySuccess('Analysis saved', 'Its inputs and results are stored as they are now.'),
                  onError: (e) => notifyError(e),
                })
              }
            >
              Save analysis
            </Button>
          ) : null
        }
      />
      {viewingId ? (
        <Alert
          color="indigo"
          variant="light"
          icon={<IconHistory size={18} aria-hidden />}
          title="Viewing a saved analysis"
        >
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              {stored.data
                ? stored.data.reproduction.reproduced
                  ? `Re-running its stored input now gives the same figures (${stored.data.methodVersion}).`
                  : `Re-running its stored input now gives different figures (saved with ${stored.data.methodVersion}, running ${stored.data.reproduction.currentMethodVersion}).`
                : 'Loading…'}
            </Text>
            <Button size="xs" variant="white" onClick={() => setViewingId(null)}>
              Back to the live analysis
            </Button>
          </Group>
        </Alert>
      ) : (
        <ImpactControls launch={launch} value={options} onChange={setOptions} />
      )}
      {pending ? (
        <Stack gap="sm" role="status" aria-label="Computing the analysis">
          <Skeleton height={120} />
          <Skeleton height={240} />
        </Stack>
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void (viewingId ? stored.refetch() : live.refetch())} />
      ) : report ? (
        <>
          {live.isFetching && !viewingId ? (
            <Text size="xs" c="dimmed" role="status">
              Updating…
            </Text>
          ) : null}
          <ImpactDesignSummary report={report} />
          {noData ? (
            <EmptyState
              icon={<IconChartLine size={24} />}
              title="Not enough metric data around this launch"
              titleOrder={2}
              description={`No figure has enough days with data in the windows around ${report.launchDate}. Upload daily figures covering ${report.windows.pre.start} to ${report.windows.post.end}.`}
              action={
                <ButtonLink to="/metrics/imports" variant="light">
                  Upload metrics
                </ButtonLink>
              }
            />
          ) : null}
          <section aria-labelledby="impact-results-heading">
            <Title order={2} size="h4" id="impact-results-heading" mb="xs">
              Results
            </Title>
            <ImpactResultsTable metrics={report.metrics} />
          </section>
          <section aria-labelledby="impact-charts-heading">
            <Title order={2} size="h4" id="impact-charts-heading" mb="xs">
              Daily figures
            </Title>
            <Chip.Group multiple value={charted ?? []} onChange={(v) => setCharted(v as MetricKey[])}>
              <Group gap="xs" mb="md" role="group" aria-label="Figures to chart">
                {report.metrics.map((m) => (
                  <Chip key={m.key} value={m.key} size="sm">
                    {m.label}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <Stack gap="md">
              <Suspense fallback={<Skeleton height={300} aria-label="Loading chart" />}>
                {report.series
                  .filter((s) => charted?.includes(s.key))
                  .map((s) => (
                    <ImpactChart
                      key={s.key}
                      report={report}
                      series={s}
                      label={report.metrics.find((m) => m.key === s.key)?.label ?? s.key}
                    />
                  ))}
              </Suspense>
            </Stack>
          </section>
        </>
      ) : null}
      <SavedImpactAnalyses policyId={policyId} versionId={versionId} viewingId={viewingId} onView={setViewingId} />
    </Stack>
  );
}
