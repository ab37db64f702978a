import { useQuery } from '@tanstack/react-query';
import type {
  PolicyAsOf,
  PolicyDiff,
  PolicyVersion,
  PolicyVersionListItem,
  PolicyVersionSummary,
} from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import { policyKeys } from './policy-queries';

/** Newest first, whatever order the server used (creation order; ids are sortable). */
export function newestFirst<T extends PolicyVersionSummary>(items: T[]): T[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** The versions of a policy, newest first. */
export function usePolicyVersions(ref: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: policyKeys.versions(ref),
    queryFn: ({ signal }) =>
      api.get<{ items: PolicyVersionListItem[] }>(`/api/policies/${seg(ref)}/versions`, undefined, signal),
    select: (data) => newestFirst(data.items),
    enabled: options.enabled ?? true,
  });
}

/** One version with its text and the caller's abilities on it. */
export function usePolicyVersion(ref: string, versionId: string) {
  return useQuery({
    queryKey: policyKeys.version(ref, versionId),
    queryFn: ({ signal }) =>
      api.get<PolicyVersion>(`/api/policies/${seg(ref)}/versions/${seg(versionId)}`, undefined, signal),
  });
}

/**
 * The version in force on `date` (YYYY-MM-DD), in `market` (id) when given, using the dates that
 * apply there; null when none was (the server answers 404, which the caller can tell apart from
 * a missing policy because the policy itself loaded).
 */
export function usePolicyAsOf(
  ref: string,
  date: string,
  options: { enabled?: boolean; market?: string | undefined } = {},
) {
  const market = options.market;
  return useQuery({
    queryKey: policyKeys.asOf(ref, date, market),
    queryFn: async ({ signal }) => {
      try {
        const version = await api.get<PolicyAsOf | null>(`/api/policies/${seg(ref)}/as-of`, { date, market }, signal);
        return version ?? null;
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled: options.enabled ?? true,
  });
}

/** Word-level and unified differences between two versions. */
export function usePolicyDiff(ref: string, from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: policyKeys.diff(ref, from ?? '', to ?? ''),
    queryFn: ({ signal }) => api.get<PolicyDiff>(`/api/policies/${seg(ref)}/diff`, { from, to }, signal),
    enabled: Boolean(from && to && from !== to),
    staleTime: 5 * 60_000,
  });
}
