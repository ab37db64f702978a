import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RoadmapBaseline, RoadmapBaselineList, RoadmapComparison } from '@policyops/contracts';
import { api, seg } from '../../../lib/api';

export const baselineKeys = {
  list: (year: string) => ['roadmap', 'baselines', year] as const,
  compare: (year: string, against: CompareWith) => ['roadmap', 'compare', year, against] as const,
};

export type CompareWith = { baseline: string } | { date: string };

export function useBaselines(year: string) {
  return useQuery({
    queryKey: baselineKeys.list(year),
    queryFn: ({ signal }) =>
      api.get<RoadmapBaselineList>(`/api/roadmap/years/${seg(year)}/baselines`, undefined, signal),
  });
}

export function useComparison(year: string, against: CompareWith | null) {
  return useQuery({
    queryKey: baselineKeys.compare(year, against ?? { date: '' }),
    queryFn: ({ signal }) =>
      api.get<RoadmapComparison>(`/api/roadmap/years/${seg(year)}/compare`, { ...against }, signal),
    enabled: against !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useSaveBaseline(year: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<RoadmapBaseline>(`/api/roadmap/years/${seg(year)}/baselines`, { name }),
    onSuccess: () => client.invalidateQueries({ queryKey: baselineKeys.list(year) }),
  });
}

export function useDeleteBaseline(year: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/roadmap/years/${seg(year)}/baselines/${seg(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: baselineKeys.list(year) }),
  });
}
