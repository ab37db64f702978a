import { Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { MantineSpacing } from '@mantine/core';
import type { ReviewState, VersionReview } from '@policyops/contracts';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { CommentBody } from '../collaboration';
import { useVersionReviews } from './review-queries';

const STATES: Record<ReviewState, { label: string; color: string }> = {
  requested: { label: 'Waiting', color: 'yellow' },
  approved: { label: 'Approved', color: 'green' },
  changes_requested: { label: 'Changes requested', color: 'orange' },
  withdrawn: { label: 'Not needed', color: 'gray' },
};

function ReviewRow({ review }: { review: VersionReview }) {
  const state = STATES[review.state];
  return (
    <Stack gap={4} component="li" style={{ listStyle: 'none' }}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {review.reviewer.name}
        </Text>
        <Badge variant="light" color={state.color} styles={{ root: { flexShrink: 0 } }}>
          {state.label}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {review.requestedBy ? (
          <>
            Asked by {review.requestedBy.name} <RelativeTime value={review.requestedAt} />
          </>
        ) : (
          'Decided without being asked'
        )}
        {review.decidedAt && review.state !== 'withdrawn' ? (
          <>
            {' · decided '}
            <RelativeTime value={review.decidedAt} />
          </>
        ) : null}
      </Text>
      {review.comment ? <CommentBody markdown={review.comment} /> : null}
    </Stack>
  );
}

/**
 * Who was asked to review this version and what each decided, with the comment that came with it.
 * Nothing at all for a version nobody reviewed here (a draft not submitted yet, imported history).
 */
export function VersionReviewsCard({
  policyRef,
  versionId,
  mb,
}: {
  policyRef: string;
  versionId: string;
  /** Space below the card (none is rendered when there is no card). */
  mb?: MantineSpacing;
}) {
  const query = useVersionReviews(policyRef, versionId);
  let body;
  if (query.isPending) body = <Skeleton height={48} role="status" aria-label="Loading reviews" />;
  else if (query.isError)
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  else if (query.data.items.length === 0) return null;
  else
    body = (
      <Stack gap="md" component="ul" p={0} m={0}>
        {query.data.items.map((review) => (
          <ReviewRow key={review.id} review={review} />
        ))}
      </Stack>
    );
  return (
    <Paper withBorder p="md" mb={mb} component="section" aria-labelledby="version-reviews-heading">
      <Title order={2} size="h3" id="version-reviews-heading" mb="sm">
        Reviews
      </Title>
      {body}
    </Paper>
  );
}
