import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  MetricBreakdown,
  MetricHeatMap,
  MetricSeries,
  MetricSummary,
  METRIC_BREAKDOWN_DIMENSIONS,
} from '@policyops/contracts';
import { api, seg } from '../../../lib/api';
import type { PolicyMetricsSearch } from '../metrics-search';

export type BreakdownDimension = (typeof METRIC_BREAKDOWN_DIMENSIONS)[number];

export const metricsDashboardKeys = {
  all: ['metrics', 'dashboard'] as const,
  heatMap: () => [...metricsDashboardKeys.all, 'heat-map'] as const,
  policy: (policyId: string) => [...metricsDashboardKeys.all, 'policy', policyId] as const,
};

/** The filters every policy query shares: the URL's, without the ones that pick a chart. */
function filterParams(search: PolicyMetricsSearch) {
  return {
    from: search.from,
    to: search.to,
    market: search.market,
    surface: search.surface,
    detection: search.detection,
  };
}

const base = (policyId: string) => `/api/metrics/policies/${seg(policyId)}`;

/** Headline figures against the previous period, and the days with data. */
export function useMetricSummary(policyId: string, search: PolicyMetricsSearch) {
  const params = filterParams(search);
  return useQuery({
    queryKey: [...metricsDashboardKeys.policy(policyId), 'summary', params],
    queryFn: ({ signal }) => api.get<MetricSummary>(`${base(policyId)}/summary`, params, signal),
    placeholderData: keepPreviousData,
  });
}

/** One figure over time with the version launches in the range. */
export function useMetricSeries(policyId: string, search: PolicyMetricsSearch) {
  const params = { ...filterParams(search), metric: search.metric, grain: search.grain };
  return useQuery({
    queryKey: [...metricsDashboardKeys.policy(policyId), 'series', params],
    queryFn: ({ signal }) => api.get<MetricSeries>(`${base(policyId)}/series`, params, signal),
    placeholderData: keepPreviousData,
  });
}

/** One figure by market, surface, detection method or version, against the previous period. */
export function useMetricBreakdown(policyId: string, search: PolicyMetricsSearch, by: BreakdownDimension) {
  const params = { ...filterParams(search), metric: search.metric, by };
  return useQuery({
    queryKey: [...metricsDashboardKeys.policy(policyId), 'breakdown', params],
    queryFn: ({ signal }) => api.get<MetricBreakdown>(`${base(policyId)}/breakdown`, params, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every visible policy's change since its latest launch. */
export function useMetricHeatMap() {
  return useQuery({
    queryKey: metricsDashboardKeys.heatMap(),
    queryFn: ({ signal }) => api.get<MetricHeatMap>('/api/metrics/heat-map', undefined, signal),
  });
}
