import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ObjectiveDetail, OkrBoard, OkrBoardQuery, OkrPeriodList } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { okrKeys } from './okr-queries';

/** The fiscal years and quarters to pick from, with their state. */
export function useOkrPeriods() {
  return useQuery({
    queryKey: okrKeys.periods,
    queryFn: ({ signal }) => api.get<OkrPeriodList>('/api/okr-periods', undefined, signal),
    staleTime: 60_000,
  });
}

/** The board of a period (the tree and the dashboard draw it). */
export function useOkrBoard(query: OkrBoardQuery) {
  return useQuery({
    queryKey: okrKeys.board(query),
    queryFn: ({ signal }) =>
      api.get<OkrBoard>('/api/okrs', { period: query.period, mine: query.mine, teamId: query.teamId }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useObjective(objectiveId: string) {
  return useQuery({
    queryKey: okrKeys.objective(objectiveId),
    queryFn: ({ signal }) => api.get<ObjectiveDetail>(`/api/objectives/${seg(objectiveId)}`, undefined, signal),
  });
}
