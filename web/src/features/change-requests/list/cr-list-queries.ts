import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChangeRequest,
  CrCreate,
  CrListQuery,
  CrPage,
  CrQueue,
  CrReorder,
  CrSettings,
  CrSettingsUpdate,
  CrTransition,
  CrWaiting,
  SavedView,
  SavedViewCreate,
  SavedViewList,
  SavedViewUpdate,
} from '@policyops/contracts';
import { api, download, seg } from '../../../lib/api';
import { saveFile } from '../../../lib/save-file';

/** The list's filters as the API takes them (the page and its size are the hooks' business). */
export type CrFilters = Partial<Omit<CrListQuery, 'cursor' | 'limit'>>;

/**
 * Query keys of the change-request lists. Everything sits under ['change-requests'] (as the CR page's
 * keys do), so a move, a placement or an edit anywhere refetches the board, the table and the queue.
 */
export const crListKeys = {
  all: ['change-requests'] as const,
  list: (filters: CrFilters, pageSize: number) => ['change-requests', 'list', filters, pageSize] as const,
  queue: ['change-requests', 'queue'] as const,
  waiting: ['change-requests', 'waiting-on-me'] as const,
  settings: ['change-requests', 'settings'] as const,
  savedViews: ['saved-views', 'change_requests'] as const,
};

/** The board loads the largest pages the API gives; the table smaller ones. */
export const BOARD_PAGE_SIZE = 200;
export const TABLE_PAGE_SIZE = 100;

/** Change requests matching the filters, newest number first, a page at a time. */
export function useCrList(filters: CrFilters, pageSize = TABLE_PAGE_SIZE) {
  return useInfiniteQuery({
    queryKey: crListKeys.list(filters, pageSize),
    queryFn: ({ pageParam, signal }) =>
      api.get<CrPage>('/api/change-requests', { ...filters, limit: pageSize, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCrQueue() {
  return useQuery({
    queryKey: crListKeys.queue,
    queryFn: ({ signal }) => api.get<CrQueue>('/api/change-requests/queue', undefined, signal),
  });
}

export function useCrWaitingOnMe() {
  return useQuery({
    queryKey: crListKeys.waiting,
    queryFn: ({ signal }) => api.get<CrWaiting>('/api/change-requests/waiting-on-me', undefined, signal),
  });
}

/** The workspace scoring model and workflow (stage order, required fields, targets). */
export function useCrSettings() {
  return useQuery({
    queryKey: crListKeys.settings,
    queryFn: ({ signal }) => api.get<CrSettings>('/api/change-requests/settings', undefined, signal),
    staleTime: 60_000,
  });
}

/** Every change-request mutation refetches every change-request query (lists, queue, the CR page). */
function useCrMutation<TBody, TResult>(send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: crListKeys.all });
    },
  });
}

export const useTransitionCr = () =>
  useCrMutation(({ id, body }: { id: string; body: CrTransition }) =>
    api.post<ChangeRequest>(`/api/change-requests/${seg(id)}/transitions`, body),
  );

export const usePlaceCr = () =>
  useCrMutation(({ id, body }: { id: string; body: CrReorder }) =>
    api.post<ChangeRequest>(`/api/change-requests/${seg(id)}/placement`, body),
  );

export const useCreateCr = () =>
  useCrMutation((body: CrCreate) => api.post<ChangeRequest>('/api/change-requests', body));

export const useUpdateCrSettings = () =>
  useCrMutation((body: CrSettingsUpdate) => api.put<CrSettings>('/api/change-requests/settings', body));

/** Downloads the CSV of the filtered list (every match, not only the loaded pages). */
export async function downloadCrCsv(filters: CrFilters): Promise<void> {
  const { blob, fileName } = await download('/api/change-requests/export.csv', { query: filters });
  saveFile(blob, fileName ?? 'change-requests.csv');
}

// ---- Saved views of the table ----------------------------------------------------------------

export function useCrSavedViews() {
  return useQuery({
    queryKey: crListKeys.savedViews,
    queryFn: ({ signal }) => api.get<SavedViewList>('/api/saved-views', { entity: 'change_requests' }, signal),
  });
}

function useSavedViewMutation<TBody, TResult>(send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: crListKeys.savedViews });
    },
  });
}

export const useCreateSavedView = () =>
  useSavedViewMutation((body: SavedViewCreate) => api.post<SavedView>('/api/saved-views', body));

export const useUpdateSavedView = () =>
  useSavedViewMutation(({ id, body }: { id: string; body: SavedViewUpdate }) =>
    api.patch<SavedView>(`/api/saved-views/${seg(id)}`, body),
  );

export const useDeleteSavedView = () =>
  useSavedViewMutation(({ id, version }: { id: string; version: number }) =>
    api.delete(`/api/saved-views/${seg(id)}`, { version }),
  );
