import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeedCreate, CalendarFeedCreated, CalendarFeedList } from '@policyops/contracts';
import { api, seg } from '../../lib/api';

const feedKeys = { mine: ['calendar-feeds', 'mine'] as const };

export function useMyCalendarFeeds() {
  return useQuery({
    queryKey: feedKeys.mine,
    queryFn: ({ signal }) => api.get<CalendarFeedList>('/api/calendar/feeds/mine', undefined, signal),
  });
}

export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<CalendarFeedCreate> & Pick<CalendarFeedCreate, 'ownerKind' | 'name'>) =>
      api.post<CalendarFeedCreated>('/api/calendar/feeds', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedKeys.mine }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (feedId: string) => api.delete(`/api/calendar/feeds/${seg(feedId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedKeys.mine }),
  });
}

/** webcal:// opens the URL in the system's calendar app; the https URL is for pasting. */
export const webcalOf = (url: string) => url.replace(/^https?:/, 'webcal:');
