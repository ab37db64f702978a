import {
  DecisionAcceptSchema,
  DecisionCreateSchema,
  DecisionHistorySchema,
  DecisionIdParamsSchema,
  DecisionListQuerySchema,
  DecisionPageSchema,
  DecisionRevisitedSchema,
  DecisionRevokeSchema,
  DecisionSchema,
  DecisionUpdateSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { DecisionLifecycle } from './decision-lifecycle.service.js';
import type { DecisionsService } from './decisions.service.js';

const tags = ['Decisions'];

export interface DecisionRouteServices {
  decisions: DecisionsService;
  lifecycle: DecisionLifecycle;
}

export const decisionsRoutes: FastifyPluginAsyncZod<DecisionRouteServices> = async (app, { decisions, lifecycle }) => {
  const read = { access: 'governance.read' } as const;
  const manage = { access: 'governance.manage' } as const;
  const accept = { access: 'decisions.accept' } as const;

  app.get(
    '/api/decisions',
    {
      config: read,
      schema: {
        operationId: 'listDecisions',
        tags,
        summary: 'The decision register, newest first, filtered (status, policy, working group, words)',
        querystring: DecisionListQuerySchema,
        response: { 200: DecisionPageSchema },
      },
    },
    async (request) => decisions.list(requireActor(request), request.query),
  );

  app.post(
    '/api/decisions',
    {
      config: manage,
      schema: {
        operationId: 'createDecision',
        tags,
        summary: 'Record a decision (proposed); what it supersedes changes only when it is accepted',
        body: DecisionCreateSchema,
        response: { 201: DecisionSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await decisions.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/decisions/:id',
    {
      config: read,
      schema: {
        operationId: 'getDecision',
        tags,
        summary: 'One decision with its people, links and supersession chain',
        params: DecisionIdParamsSchema,
        response: { 200: DecisionSchema },
      },
    },
    async (request) => decisions.get(requireActor(request), request.params.id),
  );

  app.patch(
    '/api/decisions/:id',
    {
      config: manage,
      schema: {
        operationId: 'updateDecision',
        tags,
        summary: 'Edit a decision; once accepted only links, owner and revisit trigger (else DECISION_LOCKED)',
        params: DecisionIdParamsSchema,
        body: DecisionUpdateSchema,
        response: { 200: DecisionSchema },
      },
    },
    async (request) => decisions.update(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/decisions/:id/history',
    {
      config: read,
      schema: {
        operationId: 'getDecisionHistory',
        tags,
        summary: 'What happened to a decision, oldest first',
        params: DecisionIdParamsSchema,
        response: { 200: DecisionHistorySchema },
      },
    },
    async (request) => decisions.history(requireActor(request), request.params.id),
  );

  app.post(
    '/api/decisions/:id/accept',
    {
      config: accept,
      schema: {
        operationId: 'acceptDecision',
        tags,
        summary: 'Accept a proposed decision; the decisions it supersedes turn superseded (or partly superseded)',
        params: DecisionIdParamsSchema,
        body: DecisionAcceptSchema,
        response: { 200: DecisionSchema },
      },
    },
    async (request) => lifecycle.accept(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/decisions/:id/revoke',
    {
      config: accept,
      schema: {
        operationId: 'revokeDecision',
        tags,
        summary: 'Revoke a proposed or accepted decision, with a reason',
        params: DecisionIdParamsSchema,
        body: DecisionRevokeSchema,
        response: { 200: DecisionSchema },
      },
    },
    async (request) => lifecycle.revoke(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/decisions/:id/revisited',
    {
      config: manage,
      schema: {
        operationId: 'markDecisionRevisited',
        tags,
        summary: 'Clear "revisit due" with what the revisit concluded, and set the next trigger',
        params: DecisionIdParamsSchema,
        body: DecisionRevisitedSchema,
        response: { 200: DecisionSchema },
      },
    },
    async (request) => lifecycle.markRevisited(requireActor(request), request.params.id, request.body),
  );
};
