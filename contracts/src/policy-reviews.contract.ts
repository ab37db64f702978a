import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.contract.js';
import { PersonRefSchema, VersionLabelSchema } from './policies.contract.js';

/**
 * The library's own four-eyes review: submitting a draft asks named reviewers, who are notified and
 * see it in "Reviews waiting on me"; an approval or a request for changes carries a comment.
 */
export const REVIEW_STATES = ['requested', 'approved', 'changes_requested', 'withdrawn'] as const;
export const ReviewStateSchema = z
  .enum(REVIEW_STATES)
  .describe(
    'requested: waiting for this reviewer; approved / changes_requested: their decision; withdrawn: the version was decided by someone else first',
  );
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const VersionReviewSchema = z.object({
  id: IdSchema,
  versionId: IdSchema,
  reviewer: PersonRefSchema.describe('Who was asked (or who decided without being asked)'),
  requestedBy: PersonRefSchema.nullable().describe(
    'Who submitted the version for review; null for a decision nobody asked for',
  ),
  state: ReviewStateSchema,
  comment: z.string().nullable().describe('Markdown comment that came with the decision'),
  commentId: IdSchema.nullable().describe("The comment on the policy's discussion that carries it"),
  requestedAt: TimestampSchema,
  decidedAt: TimestampSchema.nullable(),
});
export type VersionReview = z.infer<typeof VersionReviewSchema>;
export const VersionReviewListSchema = z.object({
  items: z.array(VersionReviewSchema).describe('Every review request and decision on the version, oldest first'),
});
export type VersionReviewList = z.infer<typeof VersionReviewListSchema>;

export const EligibleReviewerSchema = PersonRefSchema.extend({
  owner: z.boolean().describe('Owns the policy'),
});
export const EligibleReviewersSchema = z.object({
  items: z
    .array(EligibleReviewerSchema)
    .describe('Active people who may see the policy and approve versions, the author excepted; by name'),
  defaultIds: z.array(IdSchema).describe("Who is asked when nobody is named: the policy's other owners among them"),
});
export type EligibleReviewers = z.infer<typeof EligibleReviewersSchema>;

export const ReviewWaitingSchema = z.object({
  reviewId: IdSchema,
  policy: z.object({ id: IdSchema, slug: z.string(), title: z.string() }),
  version: z.object({ id: IdSchema, label: VersionLabelSchema }),
  author: PersonRefSchema.nullable().describe('Who wrote the version'),
  requestedBy: PersonRefSchema.nullable().describe('Who asked for the review'),
  requestedAt: TimestampSchema,
});
export type ReviewWaiting = z.infer<typeof ReviewWaitingSchema>;

export const ReviewsWaitingSchema = z.object({
  items: z.array(ReviewWaitingSchema).describe('Open review requests, oldest first'),
  total: z.number().int().min(0).describe('How many are waiting in all (items may be fewer: see limit)'),
});
export type ReviewsWaiting = z.infer<typeof ReviewsWaitingSchema>;

export const ReviewsQuerySchema = z.object({
  waitingOn: z.literal('me').describe('Only review requests waiting on the caller'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('How many to return (1-200, default 50)'),
});
export type ReviewsQuery = z.infer<typeof ReviewsQuerySchema>;
