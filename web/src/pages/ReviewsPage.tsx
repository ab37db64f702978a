import { ReviewsWaitingList } from '../features/reviews';

export function ReviewsPage() {
  return <ReviewsWaitingList />;
}
