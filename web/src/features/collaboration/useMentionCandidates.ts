import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UserPage } from '@policyops/contracts';
import { api } from '../../lib/api';
import { collaborationKeys } from './collaboration-queries';

/** Active people whose name or e-mail contains `q`, for the @mention picker. */
export function useMentionCandidates(q: string | null) {
  return useQuery({
    queryKey: collaborationKeys.mentionCandidates(q ?? ''),
    queryFn: ({ signal }) => api.get<UserPage>('/api/users', { q: q ?? undefined, status: 'active', limit: 8 }, signal),
    enabled: q !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
