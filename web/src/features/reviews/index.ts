export { ReviewsWaitingList } from './ReviewsWaitingList';
export { VersionReviewsCard } from './VersionReviewsCard';
export { ReviewsWaitingBadge } from './ReviewsWaitingBadge';
export { reviewKeys, useEligibleReviewers, useReviewsWaitingOnMe, useVersionReviews } from './review-queries';
