import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionItem,
  ActionItemCreate,
  ActionItemPage,
  ActionItemStatus,
  MyActions,
  StakeholderSummary,
} from '@policyops/contracts';
import { api, seg, type QueryParams } from '../../lib/api';

export const actionItemKeys = {
  all: ['action-items'] as const,
  mine: ['action-items', 'mine'] as const,
  list: (filters: QueryParams) => ['action-items', 'list', filters] as const,
};

/** What I own, grouped (GET /api/action-items/mine). */
export function useMyActions() {
  return useQuery({
    queryKey: actionItemKeys.mine,
    queryFn: ({ signal }) => api.get<MyActions>('/api/action-items/mine', undefined, signal),
  });
}

/** A filtered list of actions (first page), for tables embedded in other pages. */
export function useActionItems(filters: QueryParams) {
  return useQuery({
    queryKey: actionItemKeys.list(filters),
    queryFn: ({ signal }) => api.get<ActionItemPage>('/api/action-items', filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateActionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<ActionItemCreate> & Pick<ActionItemCreate, 'title' | 'ownerId'>) =>
      api.post<ActionItem>('/api/action-items', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: actionItemKeys.all }),
  });
}

export function useChangeActionStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; version: number; status: ActionItemStatus }) =>
      api.post<ActionItem>(`/api/action-items/${seg(input.id)}/status`, {
        version: input.version,
        status: input.status,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: actionItemKeys.all }),
  });
}

/** People of the directory matching a text, for the owner picker. */
export function useOwnerSearch(q: string) {
  return useQuery({
    queryKey: ['action-items', 'owner-search', q],
    queryFn: ({ signal }) =>
      api.get<{ items: StakeholderSummary[] }>(
        '/api/stakeholders',
        { q: q || undefined, active: 'true', limit: 20 },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}
