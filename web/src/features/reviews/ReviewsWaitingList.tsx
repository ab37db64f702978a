import { Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { RelativeTime } from '../../ui/RelativeTime';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { useReviewsWaitingOnMe } from './review-queries';

const SHOWN = 200;

/** "Reviews waiting on me": the versions someone asked the caller to review, oldest first. */
export function ReviewsWaitingList() {
  const query = useReviewsWaitingOnMe(SHOWN);
  let body;
  if (query.isPending) {
    body = (
      <Stack gap="sm" role="status" aria-label="Loading reviews">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} height={72} />
        ))}
      </Stack>
    );
  } else if (query.isError) {
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  } else if (query.data.items.length === 0) {
    body = (
      <EmptyState
        icon={<IconChecklist size={24} />}
        title="No reviews are waiting on you"
        description="When someone submits a draft for review and names you (or you own the policy), it appears here and in your inbox."
        action={
          <ButtonLink to="/policies" variant="default">
            Browse the library
          </ButtonLink>
        }
      />
    );
  } else {
    const { items, total } = query.data;
    body = (
      <Stack gap="sm">
        <Stack gap="sm" component="ul" p={0} m={0} aria-label="Reviews waiting on you">
          {items.map((review) => (
            <Paper key={review.reviewId} withBorder p="md" component="li" style={{ listStyle: 'none' }}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <AnchorLink
                    to="/policies/$policyId/versions/$versionId"
                    params={{ policyId: review.policy.slug, versionId: review.version.id }}
                    fw={600}
                  >
                    {review.policy.title}, version {review.version.label}
                  </AnchorLink>
                  <Text size="sm" c="dimmed">
                    {review.author ? `Written by ${review.author.name}` : 'Author unknown'}
                    {review.requestedBy && review.requestedBy.id !== review.author?.id
                      ? ` · submitted by ${review.requestedBy.name}`
                      : ''}
                  </Text>
                </Stack>
                <Text size="sm" c="dimmed">
                  Asked <RelativeTime value={review.requestedAt} />
                </Text>
              </Group>
            </Paper>
          ))}
        </Stack>
        {total > items.length ? (
          <Text size="sm" c="dimmed">
            Showing the {items.length} oldest of {total} reviews waiting on you.
          </Text>
        ) : null}
      </Stack>
    );
  }
  return (
    <>
      <PageHeader
        title="Reviews"
        description="Versions waiting for your review, oldest first. Open one to approve it or request changes."
      />
      {body}
    </>
  );
}
