import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserUpdate } from '@policyops/contracts';
import { api, isApiError, seg } from '../../lib/api';
import { notifyError } from '../../lib/problem-feedback';
import { notifications } from '@mantine/notifications';
import { userKeys } from './people-queries';

export interface UpdateUserInput {
  userId: string;
  changes: UserUpdate;
}

/**
 * Changes a person's role, status or name, sending the version it read. A stale version
 * (409 VERSION_CONFLICT) tells the user and reloads the directory.
 */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, changes }: UpdateUserInput) => api.patch<User>(`/api/users/${seg(userId)}`, changes),
    onSuccess: (user) => {
      if (user && typeof user === 'object' && 'id' in user) queryClient.setQueryData(userKeys.detail(user.id), user);
    },
    onError: (error) => {
      if (isApiError(error) && error.is('VERSION_CONFLICT')) {
        notifications.show({
          color: 'orange',
          title: 'Someone else changed this person; reloaded',
          message: 'Check the current values and try again.',
        });
        return;
      }
      notifyError(error);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
