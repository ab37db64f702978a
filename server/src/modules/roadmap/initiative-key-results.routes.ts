import {
  InitiativeIdParamsSchema,
  InitiativeKeyResultsPutSchema,
  InitiativeKeyResultsSchema,
  KeyResultIdParamsSchema,
  KeyResultInitiativesSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { InitiativeKeyResultsService } from './initiative-key-results.service.js';

const tags = ['Roadmap'];

export const initiativeKeyResultsRoutes: FastifyPluginAsyncZod<{ links: InitiativeKeyResultsService }> = async (
  app,
  { links },
) => {
  app.get(
    '/api/roadmap/initiatives/:initiativeId/key-results',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'listInitiativeKeyResults',
        tags,
        summary: 'The key results an initiative serves (linked, or fed by its progress)',
        params: InitiativeIdParamsSchema,
        response: { 200: InitiativeKeyResultsSchema },
      },
    },
    async (request) => links.list(requireActor(request), request.params.initiativeId),
  );

  app.put(
    '/api/roadmap/initiatives/:initiativeId/key-results',
    {
      config: { access: 'roadmap.edit_own' },
      schema: {
        operationId: 'setInitiativeKeyResults',
        tags,
        summary: 'Set the key results an initiative serves (its owner, program managers, admins)',
        params: InitiativeIdParamsSchema,
        body: InitiativeKeyResultsPutSchema,
        response: { 200: InitiativeKeyResultsSchema },
      },
    },
    async (request) => links.put(requireActor(request), request.params.initiativeId, request.body),
  );

  app.get(
    '/api/roadmap/key-results/:keyResultId/initiatives',
    {
      config: { access: 'okrs.read' },
      schema: {
        operationId: 'listKeyResultInitiatives',
        tags,
        summary: 'The initiatives that serve a key result (linked, or feeding its value)',
        params: KeyResultIdParamsSchema,
        response: { 200: KeyResultInitiativesSchema },
      },
    },
    async (request) => links.forKeyResult(requireActor(request), request.params.keyResultId),
  );
};
