import {
  ChangeRequestSchema,
  CrConflictAcknowledgeSchema,
  CrConflictsSchema,
  CrDraftCreateSchema,
  CrIdParamsSchema,
  CrLaunchCreateSchema,
  CrMyWorkSchema,
  CrReviewCompleteSchema,
  CrReviewParamsSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { CrLaunchEvents } from './cr-launch-events.js';
import type { CrLaunchService } from './cr-launch.service.js';
import type { CrNotifier } from './cr-notifications.js';

const tags = ['Change requests'];

export interface CrLaunchServices {
  launch: CrLaunchService;
  /** Subscribe here to run work in the transaction that makes a CR Launched (the adoption campaign). */
  launches: CrLaunchEvents;
  notifier: CrNotifier;
}

/** Draft, conflicts, launch and post-launch reviews of change requests (issue 10, items 3, 7, 9). */
export const crLaunchRoutes: FastifyPluginAsyncZod<CrLaunchServices> = async (app, { launch }) => {
  const read = { access: 'change_requests.read' } as const;
  const manage = { access: 'change_requests.manage' } as const;

  app.get(
    '/api/change-requests/my-work',
    {
      config: read,
      schema: {
        operationId: 'getChangeRequestMyWork',
        tags,
        summary: 'My post-launch reviews due (within 7 days or overdue) and my CRs past their stage target',
        response: { 200: CrMyWorkSchema },
      },
    },
    async (request) => launch.myWork(requireActor(request)),
  );

  app.post(
    '/api/change-requests/:changeRequestId/draft',
    {
      config: manage,
      schema: {
        operationId: 'startChangeRequestDraft',
        tags,
        summary: 'Start the proposed text as a draft version of the target policy (a new-policy CR creates it)',
        params: CrIdParamsSchema,
        body: CrDraftCreateSchema,
        response: { 201: ChangeRequestSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await launch.startDraft(requireActor(request), request.params.changeRequestId, request.body)),
  );

  app.get(
    '/api/change-requests/:changeRequestId/conflicts',
    {
      config: read,
      schema: {
        operationId: 'getChangeRequestConflicts',
        tags,
        summary: 'Launches, library versions and freeze windows that conflict with the effective date',
        params: CrIdParamsSchema,
        response: { 200: CrConflictsSchema },
      },
    },
    async (request) => launch.conflicts(requireActor(request), request.params.changeRequestId),
  );

  app.post(
    '/api/change-requests/:changeRequestId/conflicts/acknowledge',
    {
      config: manage,
      schema: {
        operationId: 'acknowledgeChangeRequestConflicts',
        tags,
        summary: 'Acknowledge current conflicts (needed before leaving Approval)',
        params: CrIdParamsSchema,
        body: CrConflictAcknowledgeSchema,
        response: { 200: CrConflictsSchema },
      },
    },
    async (request) => launch.acknowledge(requireActor(request), request.params.changeRequestId, request.body),
  );

  app.post(
    '/api/change-requests/:changeRequestId/launch',
    {
      config: manage,
      schema: {
        operationId: 'launchChangeRequest',
        tags,
        summary: 'Publish the draft as the next version with its effective date (a future date schedules it)',
        params: CrIdParamsSchema,
        body: CrLaunchCreateSchema,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) => launch.launch(requireActor(request), request.params.changeRequestId, request.body),
  );

  app.post(
    '/api/change-requests/:changeRequestId/reviews/:reviewId/complete',
    {
      config: manage,
      schema: {
        operationId: 'completeChangeRequestReview',
        tags,
        summary: 'Complete a post-launch review with its notes',
        params: CrReviewParamsSchema,
        body: CrReviewCompleteSchema,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) =>
      launch.completeReview(
        requireActor(request),
        request.params.changeRequestId,
        request.params.reviewId,
        request.body,
      ),
  );
};
