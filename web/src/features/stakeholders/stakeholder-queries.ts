import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import type {
  EngagementHistory,
  MatrixPut,
  MatrixRecordKind,
  Stakeholder,
  StakeholderContactCreate,
  StakeholderMatrix,
  StakeholderPage,
  StakeholderUpdate,
} from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import type { StakeholderFilters } from './stakeholder-search';

export const stakeholderKeys = {
  all: ['stakeholders'] as const,
  list: (filters: StakeholderFilters) => ['stakeholders', 'list', filters] as const,
  search: (q: string) => ['stakeholders', 'search', q] as const,
  detail: (id: string) => ['stakeholders', 'detail', id] as const,
  engagement: (id: string) => ['stakeholders', 'engagement', id] as const,
  matrix: (kind: MatrixRecordKind, id: string) => ['stakeholders', 'matrix', kind, id] as const,
};

const PAGE_SIZE = 50;

/** Tells the user their edit was refused because someone changed the record first; true when it was that. */
export function handleStakeholderConflict(error: unknown): boolean {
  if (!isApiError(error) || !error.is('VERSION_CONFLICT')) return false;
  notifications.show({
    color: 'orange',
    title: 'Someone else changed this first',
    message: 'Nothing was overwritten. The page now shows their change; check it and make yours again.',
    autoClose: 10_000,
  });
  return true;
}

/** The directory, cursor-paginated ("Load more"). */
export function useStakeholderList(filters: StakeholderFilters) {
  return useInfiniteQuery({
    queryKey: stakeholderKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<StakeholderPage>(
        '/api/stakeholders',
        {
          q: filters.q || undefined,
          function: filters.function,
          region: filters.region || undefined,
          kind: filters.kind,
          active: filters.active === undefined ? undefined : String(filters.active),
          limit: PAGE_SIZE,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Up to 20 people in use matching `q`, for pickers. */
export function useStakeholderSearch(q: string) {
  return useQuery({
    queryKey: stakeholderKeys.search(q),
    queryFn: ({ signal }) =>
      api.get<StakeholderPage>('/api/stakeholders', { q: q || undefined, active: 'true', limit: 20 }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useStakeholder(id: string) {
  return useQuery({
    queryKey: stakeholderKeys.detail(id),
    queryFn: ({ signal }) => api.get<Stakeholder>(`/api/stakeholders/${seg(id)}`, undefined, signal),
  });
}

export function useStakeholderEngagement(id: string) {
  return useQuery({
    queryKey: stakeholderKeys.engagement(id),
    queryFn: ({ signal }) => api.get<EngagementHistory>(`/api/stakeholders/${seg(id)}/engagement`, undefined, signal),
  });
}

export function useCreateContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StakeholderContactCreate) => api.post<Stakeholder>('/api/stakeholders', body),
    onSuccess: () => client.invalidateQueries({ queryKey: stakeholderKeys.all }),
  });
}

export function useUpdateStakeholder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: StakeholderUpdate }) =>
      api.patch<Stakeholder>(`/api/stakeholders/${seg(id)}`, changes),
    onSettled: () => client.invalidateQueries({ queryKey: stakeholderKeys.all }),
  });
}

export function useStakeholderMatrix(kind: MatrixRecordKind, id: string) {
  return useQuery({
    queryKey: stakeholderKeys.matrix(kind, id),
    queryFn: ({ signal }) => api.get<StakeholderMatrix>(`/api/raci/${seg(kind)}/${seg(id)}`, undefined, signal),
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
  });
}

export function useSaveMatrix(kind: MatrixRecordKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MatrixPut) => api.put<StakeholderMatrix>(`/api/raci/${seg(kind)}/${seg(id)}`, body),
    onSuccess: (saved) => client.setQueryData(stakeholderKeys.matrix(kind, id), saved),
    onError: () => client.invalidateQueries({ queryKey: stakeholderKeys.matrix(kind, id) }),
  });
}
