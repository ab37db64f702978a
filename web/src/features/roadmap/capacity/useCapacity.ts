import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CapacityWhatIf,
  CapacityWhatIfRequest,
  InitiativeDetail,
  RoadmapCapacity,
  TeamCapacity,
  TeamCapacityUpdate,
} from '@policyops/contracts';
import { api, seg } from '../../../lib/api';
import { roadmapKeys } from '../roadmap-queries';

const capacityKey = (year: string) => [...roadmapKeys.all, 'capacity', year] as const;

export function useRoadmapCapacity(year: string | undefined) {
  return useQuery({
    queryKey: capacityKey(year ?? ''),
    queryFn: ({ signal }) => api.get<RoadmapCapacity>(`/api/roadmap/years/${seg(year!)}/capacity`, undefined, signal),
    enabled: !!year,
    placeholderData: keepPreviousData,
  });
}

export function useUpdateTeamCapacity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ teamId, body }: { teamId: string; body: TeamCapacityUpdate }) =>
      api.put<TeamCapacity>(`/api/roadmap/teams/${seg(teamId)}/capacity`, body),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: roadmapKeys.all }),
  });
}

/** Read-only: nothing is saved. */
export function useCapacityWhatIf(year: string) {
  return useMutation({
    mutationFn: (body: CapacityWhatIfRequest) =>
      api.post<CapacityWhatIf>(`/api/roadmap/years/${seg(year)}/capacity/what-if`, body),
  });
}

/** Applies a move through the normal initiative update (versioned). */
export function useApplyMove() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, start, end }: { id: string; version: number; start: string; end: string }) =>
      api.patch<InitiativeDetail>(`/api/roadmap/initiatives/${seg(id)}`, { version, start, end }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: roadmapKeys.all }),
  });
}
