import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import type {
  CheckInCreate,
  KeyResultCreate,
  KeyResultDetail,
  KeyResultUpdate,
  ObjectiveCreate,
  ObjectiveDetail,
  ObjectiveUpdate,
  OkrPeriod,
  OkrPeriodClose,
  OkrPeriodReopen,
} from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import { okrKeys } from './okr-queries';

/** Every OKR query: progress rolls up across objectives, so one change can move several. */
function useInvalidateOkrs() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: okrKeys.all });
}

/** Tells the user a stale version or a closed period was refused; true when it handled the error. */
export function handleOkrConflict(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.is('VERSION_CONFLICT')) {
    notifications.show({
      color: 'orange',
      title: 'Someone else changed this; reloaded',
      message: 'Check the current values and try again.',
    });
    return true;
  }
  if (error.code === 'OKR_PERIOD_CLOSED') {
    notifications.show({ color: 'orange', title: 'This period is closed', message: error.detail ?? '' });
    return true;
  }
  return false;
}

export function useCreateObjective() {
  const invalidate = useInvalidateOkrs();
  return useMutation({
    mutationFn: (body: ObjectiveCreate) => api.post<ObjectiveDetail>('/api/objectives', body),
    onSuccess: invalidate,
  });
}

export function useUpdateObjective() {
  const invalidate = useInvalidateOkrs();
  return useMutation({
    mutationFn: ({ objectiveId, changes }: { objectiveId: string; changes: ObjectiveUpdate }) =>
      api.patch<ObjectiveDetail>(`/api/objectives/${seg(objectiveId)}`, changes),
    onSettled: invalidate,
  });
}

export function useDeleteObjective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ objectiveId, version }: { objectiveId: string; version: number }) =>
      api.delete(`/api/objectives/${seg(objectiveId)}`, { version }),
    onSuccess: (_data, { objectiveId }) => {
      queryClient.removeQueries({ queryKey: okrKeys.objective(objectiveId), exact: true });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['okrs', 'board'] });
    },
  });
}

export function useCreateKeyResult() {
  const invalidate = useInvalidateOkrs();
  return useMutation({
    mutationFn: ({ objectiveId, body }: { objectiveId: string; body: KeyResultCreate }) =>
      api.post<KeyResultDetail>(`/api/objectives/${seg(objectiveId)}/key-results`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateKeyResult() {
  const invalidate = useInvalidateOkrs();
  return useMutation({
    mutationFn: ({ keyResultId, changes }: { keyResultId: string; changes: KeyResultUpdate }) =>
      api.patch<KeyResultDetail>(`/api/key-results/${seg(keyResultId)}`, changes),
    onSettled: invalidate,
  });
}

export function useDeleteKeyResult() {
  const invalidate = useInvalidateOkrs();
  return useMutation({
    mutationFn: ({ keyResultId, version }: { keyResultId: string; version: number }) =>
      api.delete(`/api/key-results/${seg(keyResultId)}`, { version }),
    onSettled: invalidate,
  });
}

export function useCheckIn() {
  const invalidate = useInvalidateOkrs();
  return useMutation({
    mutationFn: ({ keyResultId, body }: { keyResultId: string; body: CheckInCreate }) =>
      api.post<KeyResultDetail>(`/api/key-results/${seg(keyResultId)}/check-ins`, body),
    onSuccess: invalidate,
  });
}

export function useClosePeriod() {
  const invalidate = useInvalidateOkrs();
  return useMutation({
    mutationFn: ({ periodKey, body }: { periodKey: string; body: OkrPeriodClose }) =>
      api.post<OkrPeriod>(`/api/okr-periods/${seg(periodKey)}/close`, body),
    onSettled: invalidate,
  });
}

export function useReopenPeriod() {
  const invalidate = useInvalidateOkrs();
  return useMutation({
    mutationFn: ({ periodKey, body }: { periodKey: string; body: OkrPeriodReopen }) =>
      api.post<OkrPeriod>(`/api/okr-periods/${seg(periodKey)}/reopen`, body),
    onSettled: invalidate,
  });
}
