import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { CrPage, InitiativeDetail } from '@policyops/contracts';
import { api, seg } from '../../../lib/api';
import { crDetailKeys, type CrDetail } from './cr-detail-queries';

/** Titles of linked initiatives and CRs (the CR names them by id); a missing or hidden one reads as such. */
export function useLinkedNames(initiativeIds: readonly string[], changeRequestIds: readonly string[]) {
  const initiatives = useQueries({
    queries: initiativeIds.map((id) => ({
      queryKey: ['roadmap', 'initiative', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<InitiativeDetail>(`/api/roadmap/initiatives/${seg(id)}`, undefined, signal),
      retry: false,
      staleTime: 60_000,
    })),
  });
  const crs = useQueries({
    queries: changeRequestIds.map((id) => ({
      queryKey: crDetailKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<CrDetail>(`/api/change-requests/${seg(id)}`, undefined, signal),
      retry: false,
      staleTime: 60_000,
    })),
  });
  const names = new Map<string, string>();
  initiativeIds.forEach((id, i) => {
    const q = initiatives[i];
    if (q?.data) names.set(id, q.data.title);
    else if (q?.isError) names.set(id, 'An initiative you cannot see');
  });
  changeRequestIds.forEach((id, i) => {
    const q = crs[i];
    if (q?.data) names.set(id, `CR-${q.data.number} ${q.data.title}`);
    else if (q?.isError) names.set(id, 'A change request you cannot see');
  });
  return names;
}

/** Change requests matching words in their title, for the related-CRs picker. */
export function useCrOptions(q: string) {
  return useQuery({
    queryKey: [...crDetailKeys.all, 'options', q],
    queryFn: ({ signal }) => api.get<CrPage>('/api/change-requests', { q: q || undefined, limit: 20 }, signal),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}
