import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PolicyArea, PolicyDetail, PolicyListQuery, PolicySummary } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { areaKeys, policyKeys } from './policy-queries';

/** The area taxonomy, flat (the tree is built from parentId). */
export function usePolicyAreas(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: areaKeys.all,
    queryFn: ({ signal }) => api.get<{ items: PolicyArea[] }>('/api/policy-areas', undefined, signal),
    enabled: options.enabled ?? true,
  });
}

/** Policies the caller may see, filtered by area (with its sub-areas), status, tag and text. */
export function usePolicyList(filters: PolicyListQuery) {
  return useQuery({
    queryKey: policyKeys.list(filters),
    queryFn: ({ signal }) => api.get<{ items: PolicySummary[] }>('/api/policies', { ...filters }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Up to `limit` policies whose title or slug contains `q` (command palette). */
export function usePolicySearch(q: string, options: { limit?: number; enabled?: boolean } = {}) {
  const limit = options.limit ?? 6;
  return useQuery({
    queryKey: policyKeys.search(q),
    queryFn: ({ signal }) => api.get<{ items: PolicySummary[] }>('/api/policies', { q: q || undefined }, signal),
    select: (data) => data.items.slice(0, limit),
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
