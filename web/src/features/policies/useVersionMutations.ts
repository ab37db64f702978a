import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ChangelogPublish,
  PolicyVersion,
  PolicyVersionCreate,
  PolicyVersionTransition,
  PolicyVersionUpdate,
} from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { policyKeys } from './policy-queries';
import { useInvalidatePolicies } from './usePolicyMutations';

const versionsPath = (policyRef: string) => `/api/policies/${seg(policyRef)}/versions`;
const versionPath = (policyRef: string, versionId: string) => `${versionsPath(policyRef)}/${seg(versionId)}`;

/** Starts a draft (POST {} takes the next minor label and the newest text). */
export function useCreateVersion(policyRef: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (body: PolicyVersionCreate = {}) => api.post<PolicyVersion>(versionsPath(policyRef), body),
    onSuccess: (created) => {
      queryClient.setQueryData(policyKeys.version(policyRef, created.id), created);
      void invalidate();
    },
  });
}

/** Saves a draft, sending the version it read; the reply carries the next one. */
export function useUpdateVersion(policyRef: string, versionId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (changes: PolicyVersionUpdate) => api.patch<PolicyVersion>(versionPath(policyRef, versionId), changes),
    onSuccess: (saved) => {
      queryClient.setQueryData(policyKeys.version(policyRef, versionId), saved);
      void queryClient.invalidateQueries({ queryKey: policyKeys.versions(policyRef) });
    },
    onError: () => {
      void invalidate();
    },
  });
}

/** Submit, approve, send back (reject) or publish. */
export function useTransitionVersion(policyRef: string, versionId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (body: PolicyVersionTransition) =>
      api.post<PolicyVersion>(`${versionPath(policyRef, versionId)}/transitions`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(policyKeys.version(policyRef, versionId), saved);
    },
    onSettled: invalidate,
  });
}

/** Discards a draft (DELETE ?version=). */
export function useDiscardVersion(policyRef: string, versionId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (version: number) => api.delete(versionPath(policyRef, versionId), { version }),
    // Not awaited: the discarded draft's page must not refetch (and 404) before the caller moves on.
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: policyKeys.version(policyRef, versionId), exact: true });
    },
    onSettled: () => {
      void invalidate();
    },
  });
}

/** Puts a live version on the public changelog with its public summary: a deliberate act the server audits. */
export function useAddToChangelog(policyRef: string, versionId: string) {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (body: ChangelogPublish) => api.post<unknown>(`${versionPath(policyRef, versionId)}/changelog`, body),
    onSuccess: () => void invalidate(),
  });
}
