import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import type {
  LinkedRecordKind,
  RaidCreate,
  RaidEscalate,
  RaidHeatMap,
  RaidItem,
  RaidKind,
  RaidPage,
  RaidSummary,
  RaidUpdate,
  StakeholderPage,
} from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import type { RaidSearch } from './raid-search';

export const raidKeys = {
  all: ['raid'] as const,
  list: (kind: RaidKind, search: RaidSearch) => ['raid', 'list', kind, search] as const,
  heatMap: (search: RaidSearch) => ['raid', 'heat-map', search] as const,
  detail: (id: string) => ['raid', 'detail', id] as const,
  summary: (kind: LinkedRecordKind, id: string) => ['raid', 'summary', kind, id] as const,
};

/** Tells the user their edit was refused because someone changed the item first; true when it was that. */
export function handleRaidConflict(error: unknown): boolean {
  if (!isApiError(error) || !error.is('VERSION_CONFLICT')) return false;
  notifications.show({
    color: 'orange',
    title: 'Someone else changed this first',
    message: 'Nothing was overwritten. The page now shows their change; check it and make yours again.',
    autoClose: 10_000,
  });
  return true;
}

const linked = (search: RaidSearch) => ({
  workingGroupId: search.workingGroupId,
  linkedKind: search.linkedKind,
  linkedId: search.linkedKind ? search.linkedId : undefined,
});

export function useRaidList(kind: RaidKind, search: RaidSearch) {
  return useInfiniteQuery({
    queryKey: raidKeys.list(kind, search),
    queryFn: ({ pageParam, signal }) =>
      api.get<RaidPage>(
        '/api/raid/items',
        {
          kind,
          status: search.status,
          ownerId: search.ownerId,
          probability: kind === 'risk' ? search.probability : undefined,
          impact: kind === 'risk' ? search.impact : undefined,
          ...linked(search),
          limit: 50,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useRaidHeatMap(search: RaidSearch) {
  return useQuery({
    queryKey: raidKeys.heatMap(linked(search)),
    queryFn: ({ signal }) => api.get<RaidHeatMap>('/api/raid/heat-map', linked(search), signal),
  });
}

export function useRaidItem(id: string) {
  return useQuery({
    queryKey: raidKeys.detail(id),
    queryFn: ({ signal }) => api.get<RaidItem>(`/api/raid/items/${seg(id)}`, undefined, signal),
  });
}

export function useRaidSummary(kind: LinkedRecordKind, id: string) {
  return useQuery({
    queryKey: raidKeys.summary(kind, id),
    queryFn: ({ signal }) => api.get<RaidSummary>('/api/raid/summary', { kind, id }, signal),
  });
}

function useRaidMutation<V>(fn: (vars: V) => Promise<RaidItem>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (item) => {
      client.setQueryData(raidKeys.detail(item.id), item);
      void client.invalidateQueries({ queryKey: raidKeys.all });
    },
    onError: (error) => {
      if (isApiError(error) && error.is('VERSION_CONFLICT')) void client.invalidateQueries({ queryKey: raidKeys.all });
    },
  });
}

export const useCreateRaidItem = () =>
  useRaidMutation((body: RaidCreate) => api.post<RaidItem>('/api/raid/items', body));
export const useUpdateRaidItem = (id: string) =>
  useRaidMutation((body: RaidUpdate) => api.patch<RaidItem>(`/api/raid/items/${seg(id)}`, body));
export const useEscalateRaidItem = (id: string) =>
  useRaidMutation((body: RaidEscalate) => api.post<RaidItem>(`/api/raid/items/${seg(id)}/escalate`, body));

/** People of the directory by name, for the owner and escalation pickers. */
export function usePeopleSearch(q: string) {
  return useQuery({
    queryKey: ['raid', 'people', q],
    queryFn: ({ signal }) => api.get<StakeholderPage>('/api/stakeholders', { q: q || undefined, limit: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Working groups for the filter and the links of a new item. */
export function useWorkingGroupOptions() {
  return useQuery({
    queryKey: ['raid', 'working-groups'],
    queryFn: ({ signal }) =>
      api.get<{ items: { id: string; name: string }[] }>('/api/working-groups', undefined, signal),
    retry: false,
  });
}
