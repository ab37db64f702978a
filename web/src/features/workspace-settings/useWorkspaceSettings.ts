import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkspaceSettings, WorkspaceSettingsUpdate } from '@policyops/contracts';
import { api } from '../../lib/api';

export const workspaceSettingsKey = ['workspace-settings'] as const;

/** The workspace-wide settings, with whether the caller may change them. */
export function useWorkspaceSettings() {
  return useQuery({
    queryKey: workspaceSettingsKey,
    queryFn: ({ signal }) => api.get<WorkspaceSettings>('/api/workspace/settings', undefined, signal),
  });
}

/** Saves a change at the version read; a stale one is refused (409) and the settings are read again. */
export function useUpdateWorkspaceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkspaceSettingsUpdate) => api.patch<WorkspaceSettings>('/api/workspace/settings', input),
    onSuccess: (saved) => queryClient.setQueryData(workspaceSettingsKey, saved),
    onError: () => void queryClient.invalidateQueries({ queryKey: workspaceSettingsKey }),
  });
}
