import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WatchState } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { collaborationKeys, type EntityTarget } from './collaboration-queries';

const watchPath = (target: EntityTarget) => `/api/watches/${seg(target.type)}/${seg(target.id)}`;

export function useWatch(target: EntityTarget) {
  return useQuery({
    queryKey: collaborationKeys.watch(target),
    queryFn: ({ signal }) => api.get<WatchState>(watchPath(target), undefined, signal),
  });
}

/** Starts (true) or stops (false) watching; the reply is the new state. */
export function useSetWatching(target: EntityTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (watching: boolean) =>
      watching ? api.put<WatchState>(watchPath(target)) : api.delete<WatchState>(watchPath(target)),
    onSuccess: (state) => queryClient.setQueryData(collaborationKeys.watch(target), state),
  });
}
