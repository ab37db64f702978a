import { Skeleton, Stack } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { isApiError } from '../../lib/api';
import { notifyError } from '../../lib/problem-feedback';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadMore } from '../../ui/LoadMore';
import { useCan } from '../auth';
import { CommentEditor } from './CommentEditor';
import { CommentItem } from './CommentItem';
import type { EntityTarget } from './collaboration-queries';
import { useComments, useCreateComment } from './useComments';

/** A record's conversation: comments oldest first, then a box to add one. */
export function CommentsPanel({ target }: { target: EntityTarget }) {
  const canComment = useCan('comments.write');
  const query = useComments(target);
  const create = useCreateComment(target);

  if (query.isPending) return <Skeleton height={96} aria-label="Loading comments" />;
  if (query.isError)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  const comments = query.data.pages.flatMap((page) => page.items);

  return (
    <Stack gap="sm">
      {comments.length === 0 ? (
        <EmptyState
          icon={<IconMessageCircle size={24} />}
          title="No comments yet"
          description="Ask a question or share context; mention people with @ to bring them in."
        />
      ) : (
        comments.map((comment) => <CommentItem key={comment.id} comment={comment} target={target} />)
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        label="Load more comments"
      />
      {canComment ? (
        <CommentEditor
          label="Add a comment"
          submitLabel="Comment"
          onSubmit={async (body) => {
            try {
              await create.mutateAsync(body);
            } catch (error) {
              if (!(isApiError(error) && error.fieldErrors['body.body'])) notifyError(error);
              throw error;
            }
          }}
        />
      ) : null}
    </Stack>
  );
}
