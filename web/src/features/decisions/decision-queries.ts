import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Decision,
  DecisionAccept,
  DecisionCreateInput,
  DecisionHistory,
  DecisionPage,
  DecisionRevisited,
  DecisionRevoke,
  DecisionUpdate,
  StakeholderPage,
} from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import type { DecisionSearch } from './decision-search';

export const decisionKeys = {
  all: ['decisions'] as const,
  list: (search: DecisionSearch) => ['decisions', 'list', search] as const,
  detail: (id: string) => ['decisions', 'detail', id] as const,
  history: (id: string) => ['decisions', 'history', id] as const,
};

export function useDecisionList(search: DecisionSearch) {
  return useInfiniteQuery({
    queryKey: decisionKeys.list(search),
    queryFn: ({ pageParam, signal }) =>
      api.get<DecisionPage>('/api/decisions', { ...search, limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useDecision(id: string) {
  return useQuery({
    queryKey: decisionKeys.detail(id),
    queryFn: ({ signal }) => api.get<Decision>(`/api/decisions/${seg(id)}`, undefined, signal),
  });
}

export function useDecisionHistory(id: string) {
  return useQuery({
    queryKey: decisionKeys.history(id),
    queryFn: ({ signal }) => api.get<DecisionHistory>(`/api/decisions/${seg(id)}/history`, undefined, signal),
  });
}

function useDecisionMutation<V>(fn: (vars: V) => Promise<Decision>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (decision) => {
      client.setQueryData(decisionKeys.detail(decision.id), decision);
      // Accepting one changes the decisions it supersedes too.
      void client.invalidateQueries({ queryKey: decisionKeys.all });
    },
    onError: (error) => {
      if (isApiError(error) && error.is('VERSION_CONFLICT'))
        void client.invalidateQueries({ queryKey: decisionKeys.all });
    },
  });
}

export const useCreateDecision = () =>
  useDecisionMutation((body: DecisionCreateInput) => api.post<Decision>('/api/decisions', body));
export const useUpdateDecision = (id: string) =>
  useDecisionMutation((body: DecisionUpdate) => api.patch<Decision>(`/api/decisions/${seg(id)}`, body));
export const useAcceptDecision = (id: string) =>
  useDecisionMutation((body: DecisionAccept) => api.post<Decision>(`/api/decisions/${seg(id)}/accept`, body));
export const useRevokeDecision = (id: string) =>
  useDecisionMutation((body: DecisionRevoke) => api.post<Decision>(`/api/decisions/${seg(id)}/revoke`, body));
export const useMarkRevisited = (id: string) =>
  useDecisionMutation((body: DecisionRevisited) => api.post<Decision>(`/api/decisions/${seg(id)}/revisited`, body));

/** People of the directory by name, for the deciders, consulted and owner pickers. */
export function useDirectorySearch(q: string) {
  return useQuery({
    queryKey: ['decisions', 'people', q],
    queryFn: ({ signal }) => api.get<StakeholderPage>('/api/stakeholders', { q: q || undefined, limit: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Working groups and policies for the filters and links. */
export function useWorkingGroupChoices() {
  return useQuery({
    queryKey: ['decisions', 'working-groups'],
    queryFn: ({ signal }) =>
      api.get<{ items: { id: string; name: string }[] }>('/api/working-groups', undefined, signal),
    retry: false,
  });
}

export function usePolicyChoices() {
  return useQuery({
    queryKey: ['decisions', 'policies'],
    queryFn: ({ signal }) =>
      api.get<{ items: { id: string; title: string }[] }>('/api/policies', { limit: 200 }, signal),
    retry: false,
  });
}
