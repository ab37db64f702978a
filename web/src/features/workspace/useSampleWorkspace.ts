import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SampleWorkspaceLoaded, SampleWorkspaceStatus } from '@policyops/contracts';
import { api } from '../../lib/api';

const SAMPLE_KEY = ['workspace', 'sample'] as const;

export function useSampleWorkspaceStatus(enabled: boolean) {
  return useQuery({
    queryKey: SAMPLE_KEY,
    queryFn: ({ signal }) => api.get<SampleWorkspaceStatus>('/api/workspace/sample', undefined, signal),
    enabled,
  });
}

/** Loads the sample workspace; afterwards every cached list is stale. */
export function useLoadSampleWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<SampleWorkspaceLoaded>('/api/workspace/sample'),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' }),
  });
}
