import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Comment, CommentPage } from '@policyops/contracts';
import { api, seg } from '../../lib/api';
import { COMMENTS_PAGE_SIZE, collaborationKeys, type EntityTarget } from './collaboration-queries';

/** A record's comments, oldest first, page by page. */
export function useComments(target: EntityTarget) {
  return useInfiniteQuery({
    queryKey: collaborationKeys.comments(target),
    queryFn: ({ pageParam, signal }) =>
      api.get<CommentPage>(
        '/api/comments',
        { entityType: target.type, entityId: target.id, limit: COMMENTS_PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After any comment change: the comments, the watch state (commenting watches) and activity. */
function useRefreshCollaboration(target: EntityTarget) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: collaborationKeys.comments(target) }),
      queryClient.invalidateQueries({ queryKey: collaborationKeys.watch(target) }),
      queryClient.invalidateQueries({ queryKey: ['collaboration', 'activity'] }),
    ]);
}

export function useCreateComment(target: EntityTarget) {
  const refresh = useRefreshCollaboration(target);
  return useMutation({
    mutationFn: (body: string) =>
      api.post<Comment>('/api/comments', { entityType: target.type, entityId: target.id, body }),
    onSuccess: refresh,
  });
}

/** Edits one's own comment, sending the version it read (a stale one is refused with 409). */
export function useUpdateComment(target: EntityTarget) {
  const refresh = useRefreshCollaboration(target);
  return useMutation({
    mutationFn: ({ comment, body }: { comment: Comment; body: string }) =>
      api.patch<Comment>(`/api/comments/${seg(comment.id)}`, { version: comment.version, body }),
    onSettled: refresh,
  });
}

export function useDeleteComment(target: EntityTarget) {
  const refresh = useRefreshCollaboration(target);
  return useMutation({
    mutationFn: (comment: Comment) => api.delete(`/api/comments/${seg(comment.id)}`, { version: comment.version }),
    onSettled: refresh,
  });
}
