import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import {
  decodeRoadmapYear,
  type CriticalPath,
  type RoadmapYearWire,
  type WhatIf,
  type WhatIfChange,
} from '@policyops/contracts';
import { api, seg } from '../../../lib/api';

/** A fiscal year of the roadmap (refetched with everything under ['roadmap'] after a change). */
export function useRoadmapYear(key: string | null) {
  return useQuery({
    queryKey: ['roadmap', 'year', key],
    queryFn: async ({ signal }) =>
      decodeRoadmapYear(await api.get<RoadmapYearWire>(`/api/roadmap/years/${seg(key!)}`, undefined, signal)),
    enabled: key !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCriticalPath(key: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['roadmap', 'critical-path', key],
    queryFn: ({ signal }) => api.get<CriticalPath>(`/api/roadmap/years/${seg(key!)}/critical-path`, undefined, signal),
    enabled: key !== null && enabled,
  });
}

/** What a proposed change would break (read-only). */
export function useWhatIf(key: string) {
  return useMutation({
    mutationFn: (changes: WhatIfChange[]) => api.post<WhatIf>(`/api/roadmap/years/${seg(key)}/what-if`, { changes }),
  });
}
