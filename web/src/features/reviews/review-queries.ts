import { useQuery } from '@tanstack/react-query';
import type { EligibleReviewers, ReviewsWaiting, VersionReviewList } from '@policyops/contracts';
import { api, seg } from '../../lib/api';

/** How often the navbar asks how many reviews wait on the caller (ms). */
export const REVIEWS_POLL_MS = 60_000;

/**
 * Query keys of review routing. A version's reviews sit under ['policies'], so that every change
 * in the library (a transition) refetches them; the waiting list under ['reviews'].
 */
export const reviewKeys = {
  all: ['reviews'] as const,
  waiting: (limit: number) => ['reviews', 'waiting', limit] as const,
  ofVersion: (policyRef: string, versionId: string) => ['policies', 'reviews', policyRef, versionId] as const,
  eligible: (policyRef: string, versionId: string) => ['policies', 'reviewers', policyRef, versionId] as const,
};

/** Review requests waiting on the caller, oldest first, with how many there are in all. */
export function useReviewsWaitingOnMe(limit = 50, options: { poll?: boolean } = {}) {
  return useQuery({
    queryKey: reviewKeys.waiting(limit),
    queryFn: ({ signal }) => api.get<ReviewsWaiting>('/api/reviews', { waitingOn: 'me', limit }, signal),
    ...(options.poll ? { refetchInterval: REVIEWS_POLL_MS } : {}),
  });
}

/** Who was asked to review a version, and each decision with its comment. */
export function useVersionReviews(policyRef: string, versionId: string) {
  return useQuery({
    queryKey: reviewKeys.ofVersion(policyRef, versionId),
    queryFn: ({ signal }) =>
      api.get<VersionReviewList>(
        `/api/policies/${seg(policyRef)}/versions/${seg(versionId)}/reviews`,
        undefined,
        signal,
      ),
  });
}

/** The people a version can be sent to for review, and who is asked by default (asked only when needed). */
export function useEligibleReviewers(policyRef: string, versionId: string, enabled: boolean) {
  return useQuery({
    queryKey: reviewKeys.eligible(policyRef, versionId),
    queryFn: ({ signal }) =>
      api.get<EligibleReviewers>(
        `/api/policies/${seg(policyRef)}/versions/${seg(versionId)}/reviewers`,
        undefined,
        signal,
      ),
    enabled,
  });
}
