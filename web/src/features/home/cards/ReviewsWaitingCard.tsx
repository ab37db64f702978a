import { Group, Stack, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { Ago } from '../Ago';
import { AnchorLink } from '../../../ui/router-links';
import { CardEmpty, CardList, CardStates, HomeCard, SeeAllLink, ShownOf, itemClass } from '../HomeCard';
import { usePolicyWork } from '../home-queries';

/** Versions someone asked the caller to review, oldest first: the work others wait on. */
export function ReviewsWaitingCard() {
  const query = usePolicyWork();
  const reviews = query.data?.reviewsWaitingOnMe;
  return (
    <HomeCard
      id="reviews"
      title="Reviews waiting on you"
      icon={IconChecklist}
      count={reviews?.total}
      action={<SeeAllLink to="/reviews" what="reviews waiting on you" />}
    >
      <CardStates
        query={query}
        loadingLabel="Loading reviews waiting on you"
        rows={2}
        isEmpty={(data) => data.reviewsWaitingOnMe.items.length === 0}
        empty={
          <CardEmpty title="No reviews are waiting on you">
            When someone submits a draft and asks you to review it, it appears here and in your inbox.
          </CardEmpty>
        }
      >
        {({ reviewsWaitingOnMe: { items, total } }) => (
          <>
            <CardList label="Reviews waiting on you">
              {items.map((review) => (
                <li key={review.reviewId} className={itemClass}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <AnchorLink
                        to="/policies/$policyId/versions/$versionId"
                        params={{ policyId: review.policy.slug, versionId: review.version.id }}
                        size="sm"
                        fw={600}
                      >
                        {review.policy.title}, version {review.version.label}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        {review.requestedBy ? `Asked by ${review.requestedBy.name}` : 'Asked by PolicyOps'}
                        {review.author && review.author.id !== review.requestedBy?.id
                          ? ` · written by ${review.author.name}`
                          : ''}
                      </Text>
                    </Stack>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      <Ago value={review.requestedAt} />
                    </Text>
                  </Group>
                </li>
              ))}
            </CardList>
            <ShownOf shown={items.length} total={total} />
          </>
        )}
      </CardStates>
    </HomeCard>
  );
}
