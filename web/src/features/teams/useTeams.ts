import { useQuery } from '@tanstack/react-query';
import type { Team, TeamDetail, TeamFunction } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { teamKeys } from './team-queries';

/** All teams (optionally of one function). */
export function useTeams(fn?: TeamFunction, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: teamKeys.list(fn),
    queryFn: ({ signal }) => api.get<{ items: Team[] }>('/api/teams', { function: fn }, signal),
    enabled: options.enabled ?? true,
  });
}

export function useTeam(teamId: string) {
  return useQuery({
    queryKey: teamKeys.detail(teamId),
    queryFn: ({ signal }) => api.get<TeamDetail>(`/api/teams/${seg(teamId)}`, undefined, signal),
  });
}
