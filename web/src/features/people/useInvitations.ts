import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationCreate, InvitationCreated, Invitation } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { invitationKeys } from './people-queries';

export function useInvitations(enabled = true) {
  return useQuery({
    queryKey: invitationKeys.all,
    queryFn: ({ signal }) => api.get<{ items: Invitation[] }>('/api/invitations', undefined, signal),
    enabled,
  });
}

/** Creates an invitation; the reply carries the one-time link. */
export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationCreate) => api.post<InvitationCreated>('/api/invitations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => api.delete(`/api/invitations/${seg(invitationId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
  });
}
