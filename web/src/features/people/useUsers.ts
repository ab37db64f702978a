import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { User, UserPage } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { PAGE_SIZE, userKeys } from './people-queries';
import type { UserFilters } from './people-queries';

/** The directory, cursor-paginated ("Load more"). */
export function useUserList(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: userKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<UserPage>('/api/users', { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Up to `limit` people matching `q` (pickers, command palette). */
export function useUserSearch(q: string, options: { limit?: number; enabled?: boolean; activeOnly?: boolean } = {}) {
  const limit = options.limit ?? 20;
  return useQuery({
    queryKey: [...userKeys.search(q, limit), options.activeOnly ?? false],
    queryFn: ({ signal }) =>
      api.get<UserPage>(
        '/api/users',
        { q: q || undefined, limit, status: options.activeOnly ? 'active' : undefined },
        signal,
      ),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useUser(userId: string) {
  return useQuery({
    queryKey: userKeys.detail(userId),
    queryFn: ({ signal }) => api.get<User>(`/api/users/${seg(userId)}`, undefined, signal),
  });
}
