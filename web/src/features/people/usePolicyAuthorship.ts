import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PolicyAuthorship } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { userKeys } from './people-queries';

/** What a person owns and wrote, of the policies the reader may see: the first `limit` of each, with totals. */
export function usePolicyAuthorship(userId: string, limit: number) {
  return useQuery({
    queryKey: [...userKeys.detail(userId), 'policy-authorship', limit],
    queryFn: ({ signal }) =>
      api.get<PolicyAuthorship>(`/api/users/${seg(userId)}/policy-authorship`, { limit }, signal),
    placeholderData: keepPreviousData,
  });
}
