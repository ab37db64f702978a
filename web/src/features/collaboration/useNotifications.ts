import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MarkedRead, Notification, NotificationPage, UnreadCount } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { FEED_PAGE_SIZE, UNREAD_POLL_MS, notificationKeys } from './collaboration-queries';

/** The caller's inbox, newest first; `unreadOnly` leaves read ones out. */
export function useNotifications(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: ({ pageParam, signal }) =>
      api.get<NotificationPage>(
        '/api/notifications',
        { unread: unreadOnly ? 'true' : undefined, limit: FEED_PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: UNREAD_POLL_MS,
  });
}

/** The unread badge: asked again every 30 seconds while the app is open. */
export function useUnreadCount(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: ({ signal }) => api.get<UnreadCount>('/api/notifications/unread-count', undefined, signal),
    refetchInterval: UNREAD_POLL_MS,
    enabled: options.enabled ?? true,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notification: Notification) =>
      api.post<Notification>(`/api/notifications/${seg(notification.id)}/read`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MarkedRead>('/api/notifications/read-all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
