import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ActivityPage, PolicyWork, UnreadCount } from '@policyops/contracts';
import { api } from '../../lib/api';
import { notificationKeys } from '../collaboration';

/**
 * Query keys of the home page. The person's policy work sits under ['policies'], so every change in the library
 * (a new draft, a transition, a review decision) refetches it.
 */
export const homeKeys = {
  policyWork: ['policies', 'work'] as const,
  /** Under ['collaboration'], which comments and watches refetch. */
  watchedActivity: (pageSize: number) => ['collaboration', 'activity', 'watched', pageSize] as const,
};

/** The caller's drafts, the reviews waiting on them and what takes effect in the next 30 days: one request. */
export function usePolicyWork() {
  return useQuery({
    queryKey: homeKeys.policyWork,
    queryFn: ({ signal }) => api.get<PolicyWork>('/api/policy-work', undefined, signal),
  });
}

/** The unread count under the navbar badge's key: one answer for both, which the badge keeps polling. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: ({ signal }) => api.get<UnreadCount>('/api/notifications/unread-count', undefined, signal),
  });
}

/** Others' activity on what the caller watches, newest first, a short page at a time. */
export function useWatchedActivity(pageSize: number) {
  return useInfiniteQuery({
    queryKey: homeKeys.watchedActivity(pageSize),
    queryFn: ({ pageParam, signal }) =>
      api.get<ActivityPage>('/api/activity', { watched: 'true', limit: pageSize, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
