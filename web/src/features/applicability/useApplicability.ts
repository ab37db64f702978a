import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicabilityDimensions,
  Market,
  MarketKind,
  MarketUpdate,
  PolicyApplicability,
  PolicyApplicabilityUpdate,
  Surface,
  SurfaceUpdate,
} from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import { notifyError } from '../../lib/problem-feedback';
import { policyKeys } from '../policies/policy-queries';

/**
 * The grid of a policy lives under ['policies'], so that every policy change (which bumps the
 * version the grid is saved against) refetches it too.
 */
export const applicabilityKeys = {
  dimensions: ['applicability', 'dimensions'] as const,
  policy: (ref: string) => ['policies', 'applicability', ref] as const,
};

/** The workspace's surfaces and markets (the axes of every grid). */
export function useApplicabilityDimensions(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: applicabilityKeys.dimensions,
    queryFn: ({ signal }) => api.get<ApplicabilityDimensions>('/api/applicability/dimensions', undefined, signal),
    staleTime: 5 * 60_000,
    enabled: options.enabled ?? true,
  });
}

/** The cells set on a policy's grid, and the policy version to save against. */
export function usePolicyApplicability(ref: string) {
  return useQuery({
    queryKey: applicabilityKeys.policy(ref),
    queryFn: ({ signal }) => api.get<PolicyApplicability>(`/api/policies/${seg(ref)}/applicability`, undefined, signal),
  });
}

/** Replaces the whole grid (PUT); throws VERSION_CONFLICT when the policy changed meanwhile. */
export function useSavePolicyApplicability(ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PolicyApplicabilityUpdate) =>
      api.put<PolicyApplicability>(`/api/policies/${seg(ref)}/applicability`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(applicabilityKeys.policy(ref), saved);
      // The policy's version moved on, and search filters read the grid.
      void queryClient.invalidateQueries({ queryKey: policyKeys.all });
    },
  });
}

/** Tells the user a stale surface or market was refused (the list reloads); true when handled. */
export function handleDimensionConflict(error: unknown): boolean {
  if (isApiError(error) && error.is('VERSION_CONFLICT')) {
    notifications.show({
      color: 'orange',
      title: 'Someone else changed this list; reloaded',
      message: error.detail ?? 'Check the current values and try again.',
    });
    return true;
  }
  return false;
}

/**
 * What to show in place about a refused change (in use, name taken): a conflict is toasted
 * instead (the list reloads), as is anything unexpected; both return null.
 */
export function refusalMessage(error: unknown): string | null {
  if (handleDimensionConflict(error)) return null;
  if (isApiError(error) && error.status >= 400 && error.status < 500)
    return error.fieldErrors['body.name'] ?? error.detail ?? error.title;
  notifyError(error);
  return null;
}

function useInvalidateDimensions() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: applicabilityKeys.dimensions }),
      // Versions show market names with their dates.
      queryClient.invalidateQueries({ queryKey: policyKeys.all }),
    ]);
}

export function useCreateSurface() {
  const invalidate = useInvalidateDimensions();
  return useMutation({
    mutationFn: (body: { name: string }) => api.post<Surface>('/api/surfaces', body),
    onSettled: invalidate,
  });
}

export function useUpdateSurface() {
  const invalidate = useInvalidateDimensions();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: SurfaceUpdate }) =>
      api.patch<Surface>(`/api/surfaces/${seg(id)}`, changes),
    onSettled: invalidate,
  });
}

/**
 * Moves surfaces into a new order: PATCHes the position of each one that moved, in turn, each
 * with the version it was loaded with. Throws the first refusal (VERSION_CONFLICT).
 */
export function useReorderSurfaces() {
  const invalidate = useInvalidateDimensions();
  return useMutation({
    mutationFn: async (ordered: Surface[]) => {
      for (const [position, surface] of ordered.entries()) {
        if (surface.position !== position)
          await api.patch<Surface>(`/api/surfaces/${seg(surface.id)}`, { version: surface.version, position });
      }
    },
    onSettled: invalidate,
  });
}

export function useDeleteSurface() {
  const invalidate = useInvalidateDimensions();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete(`/api/surfaces/${seg(id)}`, { version }),
    onSettled: invalidate,
  });
}

export interface MarketCreateInput {
  code: string;
  name: string;
  kind: MarketKind;
  parentId: string | null;
}

export function useCreateMarket() {
  const invalidate = useInvalidateDimensions();
  return useMutation({
    mutationFn: (body: MarketCreateInput) => api.post<Market>('/api/markets', body),
    onSettled: invalidate,
  });
}

export function useUpdateMarket() {
  const invalidate = useInvalidateDimensions();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: MarketUpdate }) =>
      api.patch<Market>(`/api/markets/${seg(id)}`, changes),
    onSettled: invalidate,
  });
}

export function useDeleteMarket() {
  const invalidate = useInvalidateDimensions();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete(`/api/markets/${seg(id)}`, { version }),
    onSettled: invalidate,
  });
}
