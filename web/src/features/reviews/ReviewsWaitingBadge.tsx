import { Badge, VisuallyHidden } from '@mantine/core';
import { useReviewsWaitingOnMe } from './review-queries';

/** The navbar's count of reviews waiting on the caller (asked again every minute); nothing when none. */
export function ReviewsWaitingBadge() {
  const query = useReviewsWaitingOnMe(1, { poll: true });
  const count = query.data?.total ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" variant="filled" circle={count < 10}>
      {count > 99 ? '99+' : count}
      <VisuallyHidden> waiting on you</VisuallyHidden>
    </Badge>
  );
}
