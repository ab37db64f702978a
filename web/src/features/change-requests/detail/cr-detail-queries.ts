import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChangeRequest,
  CrConflictAcknowledge,
  CrConflicts,
  CrDraftCreate,
  CrLaunchCreate,
  CrReviewComplete,
  CrSettings,
  CrTimeline,
  CrTransition,
  CrUpdate,
  CrUpdateResult,
  SignOffCreate,
} from '@policyops/contracts';
import { api, seg } from '../../../lib/api';

/**
 * Everything of change requests sits under ['change-requests'], so a write on the page refreshes the
 * lists, the queue and the board too.
 */
export const crDetailKeys = {
  all: ['change-requests'] as const,
  detail: (id: string) => ['change-requests', 'detail', id] as const,
  timeline: (id: string) => ['change-requests', 'detail', id, 'timeline'] as const,
  conflicts: (id: string) => ['change-requests', 'detail', id, 'conflicts'] as const,
  settings: ['change-requests', 'settings'] as const,
};

/** The CR as the page shows it (launch and reviews included). */
export type CrDetail = ChangeRequest;

const base = (id: string) => `/api/change-requests/${seg(id)}`;

export function useChangeRequest(id: string) {
  return useQuery({
    queryKey: crDetailKeys.detail(id),
    queryFn: ({ signal }) => api.get<CrDetail>(base(id), undefined, signal),
  });
}

export function useCrTimeline(id: string) {
  return useQuery({
    queryKey: crDetailKeys.timeline(id),
    queryFn: ({ signal }) => api.get<CrTimeline>(`${base(id)}/timeline`, undefined, signal),
  });
}

export function useCrSettings() {
  return useQuery({
    queryKey: crDetailKeys.settings,
    queryFn: ({ signal }) => api.get<CrSettings>('/api/change-requests/settings', undefined, signal),
    staleTime: 60_000,
  });
}

export function useCrConflicts(id: string, enabled: boolean) {
  return useQuery({
    queryKey: crDetailKeys.conflicts(id),
    queryFn: ({ signal }) => api.get<CrConflicts>(`${base(id)}/conflicts`, undefined, signal),
    enabled,
    retry: false,
  });
}

/** Every CR write refetches the CR's views (page, timeline, lists) and the collaboration feeds. */
function useCrMutation<TBody, TResult>(send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: crDetailKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['collaboration'] });
      // A draft or a launch changes the library too.
      void queryClient.invalidateQueries({ queryKey: ['policies'] });
    },
  });
}

export const useUpdateCr = (id: string) => useCrMutation((body: CrUpdate) => api.patch<CrUpdateResult>(base(id), body));

export const useTransitionCr = (id: string) =>
  useCrMutation((body: CrTransition) => api.post<ChangeRequest>(`${base(id)}/transitions`, body));

export const useSignOffCr = (id: string) =>
  useCrMutation((body: SignOffCreate) => api.post<ChangeRequest>(`${base(id)}/sign-offs`, body));

export const useStartDraft = (id: string) =>
  useCrMutation((body: CrDraftCreate) => api.post<CrDetail>(`${base(id)}/draft`, body));

export const useAcknowledgeConflicts = (id: string) =>
  useCrMutation((body: CrConflictAcknowledge) => api.post<CrConflicts>(`${base(id)}/conflicts/acknowledge`, body));

export const useLaunchCr = (id: string) =>
  useCrMutation((body: CrLaunchCreate) => api.post<CrDetail>(`${base(id)}/launch`, body));

export const useCompleteReview = (id: string) =>
  useCrMutation(({ reviewId, body }: { reviewId: string; body: CrReviewComplete }) =>
    api.post<ChangeRequest>(`${base(id)}/reviews/${seg(reviewId)}/complete`, body),
  );
