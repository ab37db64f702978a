import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { CrPostLaunchReview, CrReviewStatus } from '@policyops/contracts';
import { useId, useState } from 'react';
import { isApiError } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { CommentBody } from '../../collaboration';
import { useCompleteReview, type CrDetail } from '../detail/cr-detail-queries';

const STATUS: Record<CrReviewStatus, { label: string; color: string }> = {
  due: { label: 'Due', color: 'blue' },
  overdue: { label: 'Overdue', color: 'red' },
  done: { label: 'Done', color: 'teal' },
};

function CompleteDialog({ cr, review, onClose }: { cr: CrDetail; review: CrPostLaunchReview; onClose: () => void }) {
  const complete = useCompleteReview(cr.id);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={`Complete the ${review.offsetDays}-day review`} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!notes.trim()) return setError('Write what the review found');
          complete.mutate(
            { reviewId: review.id, body: { version: review.version, notes: notes.trim() } },
            {
              onSuccess: () => {
                notifySuccess(`${review.offsetDays}-day review completed`);
                onClose();
              },
              onError: (e) => {
                if (isApiError(e) && e.fieldErrors['body.notes']) return setError(e.fieldErrors['body.notes']);
                if (isApiError(e) && e.is('VERSION_CONFLICT')) {
                  notifyError(e);
                  return onClose();
                }
                notifyError(e);
              },
            },
          );
        }}
      >
        <Stack>
          <Text size="sm">
            Due {formatDate(review.dueOn)}. {review.metrics.note || 'No figures are attached yet.'}
          </Text>
          <Textarea
            label="What the review found"
            description="Markdown"
            required
            autosize
            minRows={5}
            maxLength={20000}
            value={notes}
            onChange={(e) => {
              setNotes(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={complete.isPending}>
              Complete review
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The 30- and 90-day reviews that launching schedules. */
export function ReviewsCard({ cr }: { cr: CrDetail }) {
  const titleId = useId();
  const [completing, setCompleting] = useState<CrPostLaunchReview | null>(null);
  const reviews = cr.postLaunchReviews;
  if (reviews.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        Post-launch reviews
      </Title>
      <Stack gap="md">
        {reviews.map((r) => (
          <Stack key={r.id} gap={4}>
            <Group justify="space-between" wrap="wrap">
              <Group gap={6}>
                <Text fw={600} size="sm">
                  {r.offsetDays}-day review
                </Text>
                <Badge size="xs" color={STATUS[r.status].color}>
                  {STATUS[r.status].label}
                </Badge>
                <Text size="xs" c="dimmed">
                  due {formatDate(r.dueOn)}
                </Text>
              </Group>
              {r.status !== 'done' && cr.abilities.completeReviews ? (
                <Button size="xs" variant="default" onClick={() => setCompleting(r)}>
                  Complete…
                </Button>
              ) : null}
            </Group>
            {r.status === 'done' ? (
              <>
                <Text size="xs" c="dimmed">
                  Completed by {r.completedBy?.name ?? 'someone'}
                  {r.completedAt ? `, ${formatDateTime(r.completedAt)}` : ''}
                </Text>
                <CommentBody markdown={r.notes} />
              </>
            ) : null}
          </Stack>
        ))}
      </Stack>
      {completing ? <CompleteDialog cr={cr} review={completing} onClose={() => setCompleting(null)} /> : null}
    </Paper>
  );
}
