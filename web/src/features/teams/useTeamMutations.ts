import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import type { Team, TeamCreate, TeamUpdate } from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import { teamKeys } from './team-queries';

function useInvalidateTeams() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: teamKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['users'] }),
    ]);
}

/** Tells the user a stale version was refused; returns true when it handled the error. */
export function handleTeamConflict(error: unknown): boolean {
  if (isApiError(error) && error.is('VERSION_CONFLICT')) {
    notifications.show({
      color: 'orange',
      title: 'Someone else changed this team; reloaded',
      message: 'Check the current values and try again.',
    });
    return true;
  }
  return false;
}

export function useCreateTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: (body: TeamCreate) => api.post<Team>('/api/teams', body),
    onSuccess: invalidate,
  });
}

export function useUpdateTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ teamId, changes }: { teamId: string; changes: TeamUpdate }) =>
      api.patch<Team>(`/api/teams/${seg(teamId)}`, changes),
    onSettled: invalidate,
  });
}

export function useDeleteTeam() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ teamId, version }: { teamId: string; version: number }) =>
      api.delete(`/api/teams/${seg(teamId)}`, { version }),
    // Not awaited: the deleted team's page must not refetch (and 404) before the caller moves on.
    onSuccess: (_data, { teamId }) => {
      queryClient.removeQueries({ queryKey: teamKeys.detail(teamId), exact: true });
    },
    onSettled: () => {
      void invalidate();
    },
  });
}

export function useAddTeamMember() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      api.put<unknown>(`/api/teams/${seg(teamId)}/members/${seg(userId)}`),
    onSettled: invalidate,
  });
}

export function useRemoveTeamMember() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      api.delete(`/api/teams/${seg(teamId)}/members/${seg(userId)}`),
    onSettled: invalidate,
  });
}
