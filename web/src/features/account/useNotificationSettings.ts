import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationSettings, NotificationSettingsUpdate } from '@policyops/contracts';
import { api } from '../../lib/api';

const NOTIFICATION_SETTINGS_KEY = ['account', 'notification-settings'] as const;
const URL = '/api/account/notification-settings';

export function useNotificationSettings() {
  return useQuery({
    queryKey: NOTIFICATION_SETTINGS_KEY,
    queryFn: ({ signal }) => api.get<NotificationSettings>(URL, undefined, signal),
  });
}

/** Saves the choice; the reply (with its new version) replaces the cached settings. */
export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettingsUpdate) => api.put<NotificationSettings>(URL, body),
    onSuccess: (settings) => queryClient.setQueryData(NOTIFICATION_SETTINGS_KEY, settings),
    onError: () => void queryClient.invalidateQueries({ queryKey: NOTIFICATION_SETTINGS_KEY }),
  });
}
