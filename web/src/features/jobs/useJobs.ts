import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Job, JobPage, JobState } from '@policyops/contracts';
import { api, seg } from '../../lib/api';

const PAGE_SIZE = 50;

/** Background jobs in one state, newest first; refreshed every few seconds as the queue moves. */
export function useJobs(state: JobState) {
  return useInfiniteQuery({
    queryKey: ['jobs', 'list', state],
    queryFn: ({ pageParam, signal }) =>
      api.get<JobPage>('/api/admin/jobs', { state, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 5000,
  });
}

/** Runs a failed job again. Throws ApiError (INVALID_STATE when it is no longer failed, NOT_FOUND). */
export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Job>(`/api/admin/jobs/${seg(id)}/retry`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['jobs', 'list'] }),
  });
}
