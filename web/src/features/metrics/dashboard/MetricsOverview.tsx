import { Skeleton, Stack, Text } from '@mantine/core';
import { IconChartLine, IconUpload } from '@tabler/icons-react';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ButtonLink } from '../../../ui/router-links';
import { useCan } from '../../auth';
import { HeatMapTable } from './HeatMapTable';
import { useMetricHeatMap } from './useMetricsDashboard';

/** How metric data gets here, said wherever there is none yet. */
export const HOW_DATA_ARRIVES =
  'Figures arrive as daily rows per policy, market, surface and detection method: a CSV or NDJSON file uploaded on Metric imports, or your enforcement pipeline sending them to the ingest API. Each day is tied to the policy version in force in its market.';

/** The library-wide view: which policies got better or worse since their latest launch. */
export function MetricsOverview() {
  const heatMap = useMetricHeatMap();
  const canIngest = useCan('metrics.ingest');
  const importLink = canIngest ? (
    <ButtonLink to="/metrics/imports" variant="default" leftSection={<IconUpload size={16} aria-hidden />}>
      Metric imports
    </ButtonLink>
  ) : null;

  return (
    <Stack gap="md">
      <PageHeader
        title="Metrics"
        description="Enforcement figures by policy: accuracy, appeals, overturns, prevalence, proactive detection and time to action."
        actions={heatMap.data && heatMap.data.rows.length > 0 ? importLink : null}
      />
      {heatMap.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label="Loading the heat map">
          <Skeleton height={28} width="40%" />
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} height={44} />
          ))}
        </Stack>
      ) : heatMap.isError ? (
        <ErrorAlert error={heatMap.error} onRetry={() => void heatMap.refetch()} retrying={heatMap.isRefetching} />
      ) : heatMap.data.rows.length === 0 ? (
        <EmptyState
          titleOrder={2}
          icon={<IconChartLine size={24} />}
          title="No metric data yet"
          description={
            <>
              {HOW_DATA_ARRIVES}
              {canIngest ? null : ' Ask a program manager or an admin to import the first file.'}
            </>
          }
          action={importLink}
        />
      ) : (
        <>
          <HeatMapTable heatMap={heatMap.data} />
          <Text size="xs" c="dimmed">
            Restricted policies appear only for the people who may see them.
          </Text>
        </>
      )}
    </Stack>
  );
}
