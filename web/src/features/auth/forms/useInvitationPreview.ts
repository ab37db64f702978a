import { useQuery } from '@tanstack/react-query';
import type { InvitationPreview } from '@policyops/contracts';
import { api, seg } from '../../../lib/api';

/** What an invitation link offers (who invited, which role), readable without signing in. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: ({ signal }) => api.get<InvitationPreview>(`/api/invitations/by-token/${seg(token)}`, undefined, signal),
    retry: false,
    staleTime: Infinity,
  });
}
