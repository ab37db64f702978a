import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import type {
  CadenceInput,
  Meeting,
  MeetingOpen,
  MeetingUpdate,
  Occurrence,
  OutcomeCreate,
  StakeholderPage,
  WorkingGroup,
  WorkingGroupCreate,
  WorkingGroupStatus,
  WorkingGroupSummary,
  WorkingGroupUpdate,
} from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';

export const wgKeys = {
  all: ['working-groups'] as const,
  list: (status: string) => ['working-groups', 'list', status] as const,
  group: (id: string) => ['working-groups', 'group', id] as const,
  occurrences: (id: string) => ['working-groups', 'group', id, 'occurrences'] as const,
  meetings: (id: string) => ['working-groups', 'group', id, 'meetings'] as const,
  meeting: (id: string) => ['working-groups', 'meeting', id] as const,
  preview: (cadence: CadenceInput | null) => ['working-groups', 'preview', cadence] as const,
  people: ['working-groups', 'people'] as const,
};

const groupPath = (id: string) => `/api/working-groups/${seg(id)}`;
const meetingPath = (id: string) => `/api/meetings/${seg(id)}`;

/** Tells the user an edit was refused because someone saved first; true when it was that. */
export function handleConflict(error: unknown): boolean {
  if (!isApiError(error) || !error.is('VERSION_CONFLICT')) return false;
  notifications.show({
    color: 'orange',
    title: 'Someone else changed this first',
    message: 'Nothing was overwritten. The page now shows their change; check it and make yours again.',
    autoClose: 10_000,
  });
  return true;
}

export function useWorkingGroups(status: WorkingGroupStatus | 'all') {
  return useQuery({
    queryKey: wgKeys.list(status),
    queryFn: ({ signal }) =>
      api.get<{ items: WorkingGroupSummary[] }>(
        '/api/working-groups',
        { status: status === 'all' ? undefined : status },
        signal,
      ),
  });
}

export function useWorkingGroup(id: string) {
  return useQuery({
    queryKey: wgKeys.group(id),
    queryFn: ({ signal }) => api.get<WorkingGroup>(groupPath(id), undefined, signal),
  });
}

export function useOccurrences(id: string, enabled: boolean) {
  return useQuery({
    queryKey: wgKeys.occurrences(id),
    queryFn: ({ signal }) => api.get<{ items: Occurrence[] }>(`${groupPath(id)}/occurrences`, { count: '6' }, signal),
    enabled,
  });
}

export function useGroupMeetings(id: string) {
  return useQuery({
    queryKey: wgKeys.meetings(id),
    queryFn: ({ signal }) =>
      api.get<{
        items: {
          id: string;
          title: string;
          startsAt: string;
          cancelled: boolean;
          attendedCount: number;
          openItems: number;
        }[];
      }>(`${groupPath(id)}/meetings`, undefined, signal),
  });
}

/** The next dates of a cadence being typed, from the server (the rule is parsed there, as it will be saved). */
export function useCadencePreview(cadence: CadenceInput | null) {
  return useQuery({
    queryKey: wgKeys.preview(cadence),
    queryFn: () =>
      api.post<{ summary: string; occurrences: string[] }>('/api/working-groups/cadence-preview', {
        cadence,
        count: 5,
      }),
    enabled: cadence !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Everyone in the stakeholder directory (first 200 by name), for the people pickers. */
export function useDirectoryPeople() {
  return useQuery({
    queryKey: wgKeys.people,
    queryFn: ({ signal }) => api.get<StakeholderPage>('/api/stakeholders', { limit: '200' }, signal),
    staleTime: 60_000,
  });
}

export function useCreateWorkingGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkingGroupCreate) => api.post<WorkingGroup>('/api/working-groups', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: wgKeys.all }),
  });
}

export function useUpdateWorkingGroup(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkingGroupUpdate) => api.patch<WorkingGroup>(groupPath(id), body),
    onSettled: () => void client.invalidateQueries({ queryKey: wgKeys.all }),
  });
}

export function useTransitionWorkingGroup(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; to: WorkingGroupStatus }) =>
      api.post<WorkingGroup>(`${groupPath(id)}/transition`, body),
    onSettled: () => void client.invalidateQueries({ queryKey: wgKeys.all }),
  });
}

export function useOpenMeeting(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingOpen) => api.post<Meeting>(`${groupPath(groupId)}/meetings`, body),
    onSuccess: (meeting) => {
      client.setQueryData(wgKeys.meeting(meeting.id), meeting);
      void client.invalidateQueries({ queryKey: wgKeys.group(groupId) });
    },
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: wgKeys.meeting(id),
    queryFn: ({ signal }) => api.get<Meeting>(meetingPath(id), undefined, signal),
  });
}

/** Every meeting write answers with the whole meeting: the cache takes it as it is. */
function useMeetingWrite<T>(id: string, send: (body: T) => Promise<Meeting>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (meeting) => client.setQueryData(wgKeys.meeting(id), meeting),
    onError: (error) => {
      if (isApiError(error) && error.is('VERSION_CONFLICT'))
        void client.invalidateQueries({ queryKey: wgKeys.meeting(id) });
    },
  });
}

export const useUpdateMeeting = (id: string) =>
  useMeetingWrite(id, (body: MeetingUpdate) => api.patch<Meeting>(meetingPath(id), body));
export const useAddAgendaItem = (id: string) =>
  useMeetingWrite(id, (body: { section?: string; title: string; detail?: string }) =>
    api.post<Meeting>(`${meetingPath(id)}/agenda-items`, body),
  );
export const useUpdateAgendaItem = (id: string) =>
  useMeetingWrite(id, ({ itemId, ...body }: { itemId: string; version: number; done?: boolean }) =>
    api.patch<Meeting>(`${meetingPath(id)}/agenda-items/${seg(itemId)}`, body),
  );
export const useRefreshAgenda = (id: string) =>
  useMeetingWrite(id, () => api.post<Meeting>(`${meetingPath(id)}/refresh`));
export const useRecordOutcome = (id: string) =>
  useMeetingWrite(id, ({ itemId, ...body }: { itemId: string } & OutcomeCreate) =>
    api.post<Meeting>(`${meetingPath(id)}/agenda-items/${seg(itemId)}/outcomes`, body),
  );
