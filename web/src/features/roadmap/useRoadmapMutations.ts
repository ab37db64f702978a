import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Dependency,
  DependencyCreate,
  HealthUpdateCreate,
  HealthUpdatePosted,
  InitiativeCreate,
  InitiativeDetail,
  InitiativeUpdate,
  Milestone,
  MilestoneCreate,
  MilestoneUpdate,
  PlanningSettings,
  PlanningSettingsUpdate,
} from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import { roadmapKeys } from './roadmap-queries';

/** Tells the user a stale version was refused (the page reloads); true when it handled the error. */
export function handleRoadmapConflict(error: unknown, what = 'this initiative'): boolean {
  if (isApiError(error) && error.is('VERSION_CONFLICT')) {
    notifications.show({
      color: 'orange',
      title: `Someone else changed ${what}; reloaded`,
      message: 'Check the current values and try again.',
    });
    return true;
  }
  return false;
}

/** Every roadmap mutation refetches the roadmap (lists, pages, progress of parents) and the activity feeds. */
function useRoadmapMutation<TBody, TResult>(send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    // Not awaited: the caller's own callbacks (reset a form, close a dialog) run at once, not after the refetch.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: roadmapKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['collaboration'] });
    },
  });
}

export const useUpdatePlanningSettings = () =>
  useRoadmapMutation((body: PlanningSettingsUpdate) => api.put<PlanningSettings>('/api/roadmap/settings', body));

export const useCreateInitiative = () =>
  useRoadmapMutation((body: InitiativeCreate) => api.post<InitiativeDetail>('/api/roadmap/initiatives', body));

export const useUpdateInitiative = () =>
  useRoadmapMutation(({ id, changes }: { id: string; changes: InitiativeUpdate }) =>
    api.patch<InitiativeDetail>(`/api/roadmap/initiatives/${seg(id)}`, changes),
  );

export const useDeleteInitiative = () =>
  useRoadmapMutation(({ id, version }: { id: string; version: number }) =>
    api.delete(`/api/roadmap/initiatives/${seg(id)}`, { version }),
  );

export const useCreateMilestone = () =>
  useRoadmapMutation(({ initiativeId, body }: { initiativeId: string; body: MilestoneCreate }) =>
    api.post<Milestone>(`/api/roadmap/initiatives/${seg(initiativeId)}/milestones`, body),
  );

export const useUpdateMilestone = () =>
  useRoadmapMutation(({ id, changes }: { id: string; changes: MilestoneUpdate }) =>
    api.patch<Milestone>(`/api/roadmap/milestones/${seg(id)}`, changes),
  );

export const useDeleteMilestone = () =>
  useRoadmapMutation(({ id, version }: { id: string; version: number }) =>
    api.delete(`/api/roadmap/milestones/${seg(id)}`, { version }),
  );

export const useCreateDependency = () =>
  useRoadmapMutation((body: DependencyCreate) => api.post<Dependency>('/api/roadmap/dependencies', body));

export const useDeleteDependency = () =>
  useRoadmapMutation(({ id, version }: { id: string; version: number }) =>
    api.delete(`/api/roadmap/dependencies/${seg(id)}`, { version }),
  );

export const usePostHealthUpdate = () =>
  useRoadmapMutation(({ initiativeId, body }: { initiativeId: string; body: HealthUpdateCreate }) =>
    api.post<HealthUpdatePosted>(`/api/roadmap/initiatives/${seg(initiativeId)}/updates`, body),
  );
