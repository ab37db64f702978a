import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PolicyChange } from '@policyops/contracts';
import { api } from '../../lib/api';
import { policyKeys } from './policy-queries';

/** Published versions across the library taking effect between two dates (inclusive). */
export function usePolicyChanges(from: string, to: string) {
  return useQuery({
    queryKey: policyKeys.changes(from, to),
    queryFn: ({ signal }) => api.get<{ items: PolicyChange[] }>('/api/policy-changes', { from, to }, signal),
    enabled: from <= to,
    placeholderData: keepPreviousData,
  });
}
