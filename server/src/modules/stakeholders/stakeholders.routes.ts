import {
  EngagementHistorySchema,
  MatrixParamsSchema,
  MatrixPutSchema,
  StakeholderContactCreateSchema,
  StakeholderIdParamsSchema,
  StakeholderListQuerySchema,
  StakeholderMatrixSchema,
  StakeholderPageSchema,
  StakeholderSchema,
  StakeholderUpdateSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { StakeholderServices } from './stakeholders.module.js';

const tags = ['Stakeholders'];
const read = { access: 'governance.read' } as const;

/** The stakeholder directory, engagement history and the RACI matrix of initiatives and CRs. */
export const stakeholdersRoutes: FastifyPluginAsyncZod<StakeholderServices> = async (
  app,
  { directory, engagement, matrix },
) => {
  app.get(
    '/api/stakeholders',
    {
      config: read,
      schema: {
        operationId: 'listStakeholders',
        tags,
        summary: 'The stakeholder directory: accounts and contacts, by name, filtered and paged',
        querystring: StakeholderListQuerySchema,
        response: { 200: StakeholderPageSchema },
      },
    },
    async (request) => directory.list(requireActor(request), request.query),
  );

  app.post(
    '/api/stakeholders',
    {
      config: { access: 'stakeholders.manage' },
      schema: {
        operationId: 'createStakeholderContact',
        tags,
        summary: 'Add a contact (a person without an account) to the directory',
        body: StakeholderContactCreateSchema,
        response: { 201: StakeholderSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await directory.createContact(requireActor(request), request.body)),
  );

  app.get(
    '/api/stakeholders/:stakeholderId',
    {
      config: read,
      schema: {
        operationId: 'getStakeholder',
        tags,
        summary: 'One person of the directory',
        params: StakeholderIdParamsSchema,
        response: { 200: StakeholderSchema },
      },
    },
    async (request) => directory.get(requireActor(request), request.params.stakeholderId),
  );

  app.patch(
    '/api/stakeholders/:stakeholderId',
    {
      config: { access: 'stakeholders.manage' },
      schema: {
        operationId: 'updateStakeholder',
        tags,
        summary: 'Edit a person: function, region, team (and name, e-mail, active of a contact)',
        params: StakeholderIdParamsSchema,
        body: StakeholderUpdateSchema,
        response: { 200: StakeholderSchema },
      },
    },
    async (request) => directory.update(requireActor(request), request.params.stakeholderId, request.body),
  );

  app.get(
    '/api/stakeholders/:stakeholderId/engagement',
    {
      config: read,
      schema: {
        operationId: 'getStakeholderEngagement',
        tags,
        summary: 'Engagement history: meetings attended, sign-offs given, decisions taken, actions owned',
        params: StakeholderIdParamsSchema,
        response: { 200: EngagementHistorySchema },
      },
    },
    async (request) => engagement.history(requireActor(request), request.params.stakeholderId),
  );

  app.get(
    '/api/raci/:kind/:id',
    {
      config: read,
      schema: {
        operationId: 'getStakeholderMatrix',
        tags,
        summary: 'The RACI matrix and influence × interest scores of an initiative or change request',
        params: MatrixParamsSchema,
        response: { 200: StakeholderMatrixSchema },
      },
    },
    async (request) => matrix.get(requireActor(request), request.params.kind, request.params.id),
  );

  app.put(
    '/api/raci/:kind/:id',
    {
      config: { access: 'governance.manage' },
      schema: {
        operationId: 'putStakeholderMatrix',
        tags,
        summary: 'Save the whole RACI matrix of an initiative or change request (send the version read)',
        params: MatrixParamsSchema,
        body: MatrixPutSchema,
        response: { 200: StakeholderMatrixSchema },
      },
    },
    async (request) => matrix.put(requireActor(request), request.params.kind, request.params.id, request.body),
  );
};
