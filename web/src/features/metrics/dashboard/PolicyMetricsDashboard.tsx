import { Breadcrumbs, Stack, Text } from '@mantine/core';
import { IconLock, IconUpload } from '@tabler/icons-react';
import type { MetricGrain, MetricKey } from '@policyops/contracts';
import { isApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { AnchorLink, ButtonLink } from '../../../ui/router-links';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useCan } from '../../auth';
import type { PolicyMetricsSearch } from '../metrics-search';
import { BreakdownPanel } from './BreakdownPanel';
import { MetricFilters } from './MetricFilters';
import { HOW_DATA_ARRIVES } from './MetricsOverview';
import { SeriesChart } from './SeriesChart';
import { ChartSkeleton, SummaryCards, SummaryCardsSkeleton } from './SummaryCards';
import { useMetricBreakdown, useMetricSeries, useMetricSummary } from './useMetricsDashboard';

export interface PolicyMetricsDashboardProps {
  policyId: string;
  search: PolicyMetricsSearch;
  onSearchChange: (patch: Partial<PolicyMetricsSearch>) => void;
}

function NoSuchPolicy() {
  useDocumentTitle('No such policy');
  return (
    <EmptyState
      titleOrder={1}
      icon={<IconLock size={24} />}
      title="No such policy, or you cannot see it"
      description="The link may be old, or the policy is restricted to the people who need to know. Ask its owner for access if you need its metrics."
      action={
        <ButtonLink to="/metrics" variant="default">
          All metrics
        </ButtonLink>
      }
    />
  );
}

/** One policy's figures: headline cards, a figure over time with its launches, and its breakdown. */
export function PolicyMetricsDashboard({ policyId, search, onSearchChange }: PolicyMetricsDashboardProps) {
  const metric: MetricKey = search.metric ?? 'overturn_rate';
  const grain: MetricGrain = search.grain ?? 'week';
  const by = search.by ?? 'market';
  const query = { ...search, metric, grain };
  const summary = useMetricSummary(policyId, query);
  const series = useMetricSeries(policyId, query);
  const breakdown = useMetricBreakdown(policyId, query, by);
  const canIngest = useCan('metrics.ingest');

  if (summary.isError && isApiError(summary.error) && summary.error.is('NOT_FOUND')) return <NoSuchPolicy />;

  const policy = summary.data?.policy ?? series.data?.policy;
  const coverage = summary.data?.coverage;
  const hasData = coverage ? coverage.lastDay !== null : true;
  const above = (
    <Breadcrumbs separator="›" aria-label="Breadcrumb" fz="sm">
      <AnchorLink to="/metrics" size="sm">
        Metrics
      </AnchorLink>
      {policy ? (
        <AnchorLink to="/policies/$policyId" params={{ policyId: policy.slug }} size="sm">
          {policy.title}
        </AnchorLink>
      ) : (
        <Text size="sm">Policy</Text>
      )}
    </Breadcrumbs>
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={policy ? `${policy.title}: metrics` : 'Policy metrics'}
        above={above}
        description={
          summary.data
            ? `${formatDate(summary.data.period.from)} – ${formatDate(summary.data.period.to)}, against the ${formatDate(
                summary.data.previousPeriod.from,
              )} – ${formatDate(summary.data.previousPeriod.to)} before it.${
                policy?.restricted ? ' Restricted policy: only those who may see it see these figures.' : ''
              }`
            : undefined
        }
        actions={
          canIngest ? (
            <ButtonLink to="/metrics/imports" variant="default" leftSection={<IconUpload size={16} aria-hidden />}>
              Metric imports
            </ButtonLink>
          ) : null
        }
      />
      <MetricFilters
        search={search}
        firstDay={coverage?.firstDay ?? null}
        lastDay={coverage?.lastDay ?? null}
        period={summary.data?.period ?? null}
        onChange={onSearchChange}
      />
      {coverage?.firstDay && coverage.lastDay ? (
        <Text size="xs" c="dimmed">
          Data from {formatDate(coverage.firstDay)} to {formatDate(coverage.lastDay)}. Rates show their 95% interval
          (Wilson) and n, the denominator; times are the weighted mean of daily medians or p90s.
        </Text>
      ) : null}

      {summary.isPending ? (
        <SummaryCardsSkeleton />
      ) : summary.isError ? (
        <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} retrying={summary.isRefetching} />
      ) : !hasData ? (
        <EmptyState
          titleOrder={2}
          icon={<IconUpload size={24} />}
          title="No metric data for this policy yet"
          description={HOW_DATA_ARRIVES}
          action={
            canIngest ? (
              <ButtonLink to="/metrics/imports" variant="default">
                Import metrics
              </ButtonLink>
            ) : null
          }
        />
      ) : (
        <section aria-labelledby="headline-figures">
          <Text component="h2" id="headline-figures" fw={600} size="lg" mb="xs" mt={0}>
            Headline figures
          </Text>
          <SummaryCards
            summary={summary.data}
            selected={metric}
            onSelect={(next) => onSearchChange({ metric: next })}
          />
        </section>
      )}

      {hasData ? (
        <>
          {series.isPending ? (
            <ChartSkeleton />
          ) : series.isError ? (
            <ErrorAlert error={series.error} onRetry={() => void series.refetch()} retrying={series.isRefetching} />
          ) : (
            <SeriesChart
              series={series.data}
              policyId={series.data.policy.slug}
              onMetricChange={(next) => onSearchChange({ metric: next })}
              onGrainChange={(next) => onSearchChange({ grain: next })}
            />
          )}
          {breakdown.isPending ? (
            <ChartSkeleton height={260} />
          ) : breakdown.isError ? (
            <ErrorAlert
              error={breakdown.error}
              onRetry={() => void breakdown.refetch()}
              retrying={breakdown.isRefetching}
            />
          ) : (
            <BreakdownPanel breakdown={breakdown.data} by={by} onByChange={(next) => onSearchChange({ by: next })} />
          )}
        </>
      ) : null}
    </Stack>
  );
}
