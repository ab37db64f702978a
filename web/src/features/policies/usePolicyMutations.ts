import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PolicyArea, PolicyAreaCreate, PolicyCreate, PolicyDetail, PolicyUpdate } from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import { areaKeys, policyKeys } from './policy-queries';

/** Refetches the library and the taxonomy (its counts follow the policies). */
export function useInvalidatePolicies() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: policyKeys.all }),
      queryClient.invalidateQueries({ queryKey: areaKeys.all }),
    ]);
}

/** Tells the user a stale policy version was refused; returns true when it handled the error. */
export function handlePolicyConflict(error: unknown): boolean {
  if (isApiError(error) && error.is('VERSION_CONFLICT')) {
    notifications.show({
      color: 'orange',
      title: 'Someone else changed this policy; reloaded',
      message: 'Check the current values and try again.',
    });
    return true;
  }
  return false;
}

export function useCreatePolicy() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (body: PolicyCreate) => api.post<PolicyDetail>('/api/policies', body),
    onSuccess: invalidate,
  });
}

/** PATCHes a policy (details, restriction, retirement), sending the version it read. */
export function useUpdatePolicy() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: ({ policyId, changes }: { policyId: string; changes: PolicyUpdate }) =>
      api.patch<PolicyDetail>(`/api/policies/${seg(policyId)}`, changes),
    onSuccess: (saved) => {
      queryClient.setQueryData(policyKeys.detail(saved.slug), saved);
    },
    onSettled: invalidate,
  });
}

export function useCreatePolicyArea() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: (body: PolicyAreaCreate) => api.post<PolicyArea>('/api/policy-areas', body),
    onSuccess: invalidate,
  });
}
