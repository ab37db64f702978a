import {
  EligibleReviewersSchema,
  PolicyVersionParamsSchema,
  PolicyWorkSchema,
  ReviewsQuerySchema,
  ReviewsWaitingSchema,
  VersionReviewListSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { PolicyReviewsService } from './policy-reviews.service.js';
import type { PolicyWorkService } from './policy-work.service.js';

const tags = ['Policy library'];

/** Review routing (who was asked, what is waiting on me) and the work a person starts their day from. */
export const policyReviewsRoutes: FastifyPluginAsyncZod<{
  reviews: PolicyReviewsService;
  work: PolicyWorkService;
}> = async (app, { reviews, work }) => {
  app.get(
    '/api/reviews',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'listReviewsWaitingOnMe',
        tags,
        summary: 'Review requests waiting on the caller, oldest first',
        querystring: ReviewsQuerySchema,
        response: { 200: ReviewsWaitingSchema },
      },
    },
    async (request) => reviews.waitingOn(requireActor(request), request.query.limit),
  );

  app.get(
    '/api/policies/:policyId/versions/:versionId/reviews',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'listVersionReviews',
        tags,
        summary: 'Who was asked to review a version, and each decision with its comment',
        params: PolicyVersionParamsSchema,
        response: { 200: VersionReviewListSchema },
      },
    },
    async (request) => reviews.listForVersion(requireActor(request), request.params.policyId, request.params.versionId),
  );

  app.get(
    '/api/policies/:policyId/versions/:versionId/reviewers',
    {
      config: { access: 'policies.draft' },
      schema: {
        operationId: 'listEligibleReviewers',
        tags,
        summary: 'People a version can be sent to for review, and who is asked by default',
        params: PolicyVersionParamsSchema,
        response: { 200: EligibleReviewersSchema },
      },
    },
    async (request) => reviews.eligible(requireActor(request), request.params.policyId, request.params.versionId),
  );

  app.get(
    '/api/policy-work',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getPolicyWork',
        tags,
        summary: 'My open drafts, reviews waiting on me, and versions taking effect in the next 30 days',
        response: { 200: PolicyWorkSchema },
      },
    },
    async (request) => work.get(requireActor(request)),
  );
};
