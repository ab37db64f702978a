import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AckActionResult, AckPage, AckQuizResult, AckQuizSubmit, AckReason } from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';

const keyOf = (token: string) => ['public', 'acknowledgement', token] as const;
const pathOf = (token: string) => `/api/public/acknowledgements/${seg(token)}`;

/** 4xx on a link means it is unknown, forged, expired, revoked, used up or outdated: asking again will not help. */
export function isDeadLink(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 410);
}

/** The acknowledgement page of one signed link (no session). */
export function useAckPage(token: string) {
  return useQuery({
    queryKey: keyOf(token),
    queryFn: ({ signal }) => api.get<AckPage>(pathOf(token), undefined, signal),
    retry: (count, error) => !isDeadLink(error) && !(isApiError(error) && error.status === 429) && count < 2,
    refetchOnWindowFocus: false,
  });
}

type Action =
  | { kind: 'acknowledge'; body: { nameConfirmation?: string } }
  | { kind: 'training' }
  | { kind: 'decline'; body: AckReason }
  | { kind: 'exemption'; body: AckReason };

/** Records one task through the link; the reply carries the page after it, which replaces the cached one. */
export function useAckAction(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: Action) =>
      api.post<AckActionResult>(
        `${pathOf(token)}/${action.kind}`,
        action.kind === 'training' ? { completed: true } : action.body,
      ),
    onSuccess: (result) => queryClient.setQueryData(keyOf(token), result.page),
  });
}

export function useAckQuiz(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AckQuizSubmit) => api.post<AckQuizResult>(`${pathOf(token)}/quiz`, body),
    onSuccess: (result) => queryClient.setQueryData(keyOf(token), result.page),
  });
}
