import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { HealthUpdatePage, InitiativeDetail, InitiativePage, PlanningSettings } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { INITIATIVE_PAGE_SIZE, roadmapKeys, type InitiativeFilters } from './roadmap-queries';

/** The fiscal-year start month, today, and the current fiscal year and quarter. */
export function usePlanningSettings() {
  return useQuery({
    queryKey: roadmapKeys.settings,
    queryFn: ({ signal }) => api.get<PlanningSettings>('/api/roadmap/settings', undefined, signal),
    staleTime: 60_000,
  });
}

/** Initiatives matching the filters, a page at a time (the server filters before it pages). */
export function useInitiativeList(filters: InitiativeFilters) {
  return useInfiniteQuery({
    queryKey: roadmapKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<InitiativePage>(
        '/api/roadmap/initiatives',
        { ...filters, limit: INITIATIVE_PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Up to 20 initiatives whose title contains `q`: for the parent and dependency pickers. */
export function useInitiativeOptions(q: string, enabled = true) {
  return useQuery({
    queryKey: roadmapKeys.options(q),
    queryFn: ({ signal }) =>
      api.get<InitiativePage>('/api/roadmap/initiatives', { q: q || undefined, sort: 'title', limit: 20 }, signal),
    select: (data) => data.items,
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useInitiative(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: roadmapKeys.detail(id),
    queryFn: ({ signal }) => api.get<InitiativeDetail>(`/api/roadmap/initiatives/${seg(id)}`, undefined, signal),
    enabled: options.enabled ?? true,
  });
}

/** The whole health history, newest first, for the strip and the list below it. */
export function useHealthUpdates(id: string) {
  return useInfiniteQuery({
    queryKey: roadmapKeys.updates(id),
    queryFn: ({ pageParam, signal }) =>
      api.get<HealthUpdatePage>(
        `/api/roadmap/initiatives/${seg(id)}/updates`,
        { limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
