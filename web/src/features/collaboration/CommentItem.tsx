import { ActionIcon, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { Comment } from '@policyops/contracts';
import { useId, useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { RelativeTime } from '../../ui/RelativeTime';
import { CommentBody } from './CommentBody';
import { CommentEditor } from './CommentEditor';
import type { EntityTarget } from './collaboration-queries';
import { useDeleteComment, useUpdateComment } from './useComments';

/** A stale edit or delete: say so; the list is refetched either way. */
function reportCommentError(error: unknown): void {
  if (isApiError(error) && error.is('VERSION_CONFLICT')) {
    notifications.show({
      color: 'orange',
      title: 'Someone else changed this comment; reloaded',
      message: 'Check the current text and try again.',
    });
  } else if (isApiError(error) && error.status === 404) {
    notifications.show({
      color: 'orange',
      title: 'This comment is gone',
      message: 'It was deleted, or you can no longer see it.',
    });
  } else if (!(isApiError(error) && error.fieldErrors['body.body'])) {
    notifyError(error);
  }
}

/** One comment with its author, time, text and the edit/delete controls its abilities allow. */
export function CommentItem({ comment, target }: { comment: Comment; target: EntityTarget }) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateComment(target);
  const remove = useDeleteComment(target);

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId} id={`comment-${comment.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="wrap">
            <Text fw={600} size="sm" id={headingId}>
              {comment.author.name}
            </Text>
            <Text size="xs" c="dimmed">
              <RelativeTime value={comment.createdAt} />
              {comment.editedAt ? ' · edited' : null}
            </Text>
          </Group>
          {!editing && (comment.abilities.edit || comment.abilities.delete) ? (
            <Group gap={2} wrap="nowrap">
              {comment.abilities.edit ? (
                <Tooltip label="Edit">
                  <ActionIcon variant="subtle" color="gray" aria-label="Edit comment" onClick={() => setEditing(true)}>
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              ) : null}
              {comment.abilities.delete ? (
                <Tooltip label="Delete">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label="Delete comment"
                    onClick={() => setConfirming(true)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              ) : null}
            </Group>
          ) : null}
        </Group>
        {editing ? (
          <CommentEditor
            label="Edit comment"
            submitLabel="Save comment"
            initialBody={comment.body}
            autoFocus
            onCancel={() => setEditing(false)}
            onSubmit={async (body) => {
              try {
                await update.mutateAsync({ comment, body });
                setEditing(false);
              } catch (error) {
                reportCommentError(error);
                throw error;
              }
            }}
          />
        ) : (
          <CommentBody markdown={comment.body} />
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Delete this comment?"
        confirmLabel="Delete comment"
        danger
        loading={remove.isPending}
        onConfirm={() =>
          remove.mutate(comment, {
            onSuccess: () => setConfirming(false),
            onError: (error) => {
              setConfirming(false);
              reportCommentError(error);
            },
          })
        }
      >
        The comment and the notifications it sent are removed. The audit log keeps a record.
      </ConfirmModal>
    </Paper>
  );
}
