import { useQuery } from '@tanstack/react-query';
import type { PolicyOverlap, PolicyReferences } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { policyKeys } from './policy-queries';

/** `[[slug]]` links out of the policy's current text, links into it, and broken ones. */
export function usePolicyReferences(ref: string) {
  return useQuery({
    queryKey: policyKeys.references(ref),
    queryFn: ({ signal }) => api.get<PolicyReferences>(`/api/policies/${seg(ref)}/references`, undefined, signal),
  });
}

/** Other policies defining the same terms or sharing wording with this one. */
export function usePolicyOverlaps(ref: string) {
  return useQuery({
    queryKey: policyKeys.overlaps(ref),
    queryFn: ({ signal }) =>
      api.get<{ items: PolicyOverlap[] }>(`/api/policies/${seg(ref)}/overlaps`, undefined, signal),
  });
}
