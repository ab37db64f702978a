import { useInfiniteQuery } from '@tanstack/react-query';
import type { ActivityPage } from '@policyops/contracts';
import { api } from '../../lib/api';
import { FEED_PAGE_SIZE, collaborationKeys, type ActivityScope } from './collaboration-queries';

function scopeQuery(scope: ActivityScope) {
  if ('entity' in scope) return { entityType: scope.entity.type, entityId: scope.entity.id };
  if ('actorId' in scope) return { actorId: scope.actorId };
  return {};
}

/** Activity newest first, page by page: on one record, by one person, or everything visible. */
export function useActivity(scope: ActivityScope) {
  return useInfiniteQuery({
    queryKey: collaborationKeys.activity(scope),
    queryFn: ({ pageParam, signal }) =>
      api.get<ActivityPage>(
        '/api/activity',
        { ...scopeQuery(scope), limit: FEED_PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
