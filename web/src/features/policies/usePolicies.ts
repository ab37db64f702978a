import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { PolicyArea, PolicyDetail, PolicyList } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { areaKeys, policyKeys, type PolicyListFilters } from './policy-queries';

/** The area taxonomy, flat (the tree is built from parentId). */
export function usePolicyAreas(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: areaKeys.all,
    queryFn: ({ signal }) => api.get<{ items: PolicyArea[] }>('/api/policy-areas', undefined, signal),
    enabled: options.enabled ?? true,
  });
}

/** Policies shown per page of the library ("Load more" asks the next). */
export const POLICY_PAGE_SIZE = 50;

/**
 * Policies the caller may see, filtered by area (with its sub-areas), status, tag and text, a page
 * at a time: the server filters before it pages, so every page is full until the last.
 */
export function usePolicyList(filters: PolicyListFilters) {
  return useInfiniteQuery({
    queryKey: policyKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<PolicyList>('/api/policies', { ...filters, limit: POLICY_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Up to `limit` policies whose title or slug contains `q` (command palette). */
export function usePolicySearch(q: string, options: { limit?: number; enabled?: boolean } = {}) {
  const limit = options.limit ?? 6;
  return useQuery({
    queryKey: [...policyKeys.search(q), limit],
    queryFn: ({ signal }) => api.get<PolicyList>('/api/policies', { q: q || undefined, limit }, signal),
    select: (data) => data.items,
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One policy by id or slug, with owners, members and the caller's abilities. */
export function usePolicy(ref: string) {
  return useQuery({
    queryKey: policyKeys.detail(ref),
    queryFn: ({ signal }) => api.get<PolicyDetail>(`/api/policies/${seg(ref)}`, undefined, signal),
  });
}
