import {
  ApplicabilityDimensionsSchema,
  MarketCreateSchema,
  MarketParamsSchema,
  MarketSchema,
  MarketUpdateSchema,
  PolicyApplicabilitySchema,
  PolicyApplicabilityUpdateSchema,
  PolicyRefParamsSchema,
  SurfaceCreateSchema,
  SurfaceParamsSchema,
  SurfaceSchema,
  SurfaceUpdateSchema,
  VersionQuerySchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { ApplicabilityDimensionsService } from './dimensions.service.js';
import type { PolicyApplicabilityService } from './policy-applicability.service.js';

const tags = ['Applicability'];

export const applicabilityRoutes: FastifyPluginAsyncZod<{
  dimensions: ApplicabilityDimensionsService;
  applicability: PolicyApplicabilityService;
}> = async (app, { dimensions, applicability }) => {
  app.get(
    '/api/applicability/dimensions',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'listApplicabilityDimensions',
        tags,
        summary: 'The surfaces and markets of the applicability grid',
        response: { 200: ApplicabilityDimensionsSchema },
      },
    },
    async (request) => dimensions.list(requireActor(request)),
  );

  app.post(
    '/api/surfaces',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'createSurface',
        tags,
        summary: 'Add a product surface',
        body: SurfaceCreateSchema,
        response: { 201: SurfaceSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await dimensions.createSurface(requireActor(request), request.body)),
  );

  app.patch(
    '/api/surfaces/:surfaceId',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'updateSurface',
        tags,
        summary: 'Rename or reorder a surface',
        params: SurfaceParamsSchema,
        body: SurfaceUpdateSchema,
        response: { 200: SurfaceSchema },
      },
    },
    async (request) => dimensions.updateSurface(requireActor(request), request.params.surfaceId, request.body),
  );

  app.delete(
    '/api/surfaces/:surfaceId',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'deleteSurface',
        tags,
        summary: 'Remove a surface no policy uses',
        params: SurfaceParamsSchema,
        querystring: VersionQuerySchema,
      },
    },
    async (request, reply) => {
      await dimensions.deleteSurface(requireActor(request), request.params.surfaceId, request.query.version);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/markets',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'createMarket',
        tags,
        summary: 'Add a market (region or country)',
        body: MarketCreateSchema,
        response: { 201: MarketSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await dimensions.createMarket(requireActor(request), request.body)),
  );

  app.patch(
    '/api/markets/:marketId',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'updateMarket',
        tags,
        summary: 'Rename, move or reorder a market',
        params: MarketParamsSchema,
        body: MarketUpdateSchema,
        response: { 200: MarketSchema },
      },
    },
    async (request) => dimensions.updateMarket(requireActor(request), request.params.marketId, request.body),
  );

  app.delete(
    '/api/markets/:marketId',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'deleteMarket',
        tags,
        summary: 'Remove a market nothing uses',
        params: MarketParamsSchema,
        querystring: VersionQuerySchema,
      },
    },
    async (request, reply) => {
      await dimensions.deleteMarket(requireActor(request), request.params.marketId, request.query.version);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/policies/:policyId/applicability',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getPolicyApplicability',
        tags,
        summary: "A policy's applicability grid",
        params: PolicyRefParamsSchema,
        response: { 200: PolicyApplicabilitySchema },
      },
    },
    async (request) => applicability.get(requireActor(request), request.params.policyId),
  );

  app.put(
    '/api/policies/:policyId/applicability',
    {
      config: { access: 'policies.manage' },
      schema: {
        operationId: 'replacePolicyApplicability',
        tags,
        summary: "Replace a policy's applicability grid",
        params: PolicyRefParamsSchema,
        body: PolicyApplicabilityUpdateSchema,
        response: { 200: PolicyApplicabilitySchema },
      },
    },
    async (request) => applicability.replace(requireActor(request), request.params.policyId, request.body),
  );
};
