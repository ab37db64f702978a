import {
  ClauseHistorySchema,
  ClauseParamsSchema,
  ClauseQuerySchema,
  VersionOutlineSchema,
  AsOfQuerySchema,
  DiffQuerySchema,
  NoContentSchema,
  PolicyAsOfSchema,
  PolicyDiffSchema,
  PolicyRefParamsSchema,
  PolicyVersionCreateSchema,
  PolicyVersionListSchema,
  PolicyOverlapListSchema,
  PolicyReferencesSchema,
  PolicyVersionParamsSchema,
  PolicyVersionSchema,
  PolicyVersionTransitionSchema,
  PolicyVersionUpdateSchema,
  VersionQuerySchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { PolicyOverlapsService } from './policy-overlaps.service.js';
import type { PolicyReferencesService } from './policy-references.service.js';
import type { PolicyVersionsService } from './policy-versions.service.js';
import type { PolicyAnchorsService } from './policy-anchors.service.js';
import type { PolicyVersionWorkflowService } from './policy-version-workflow.service.js';

const tags = ['Policy library'];

export const policyVersionsRoutes: FastifyPluginAsyncZod<{
  versions: PolicyVersionsService;
  workflow: PolicyVersionWorkflowService;
  references: PolicyReferencesService;
  overlaps: PolicyOverlapsService;
  anchors: PolicyAnchorsService;
}> = async (app, { versions, workflow, references, overlaps, anchors }) => {
  app.get(
    '/api/policies/:policyId/versions/:versionId/outline',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getVersionOutline',
        tags,
        summary: 'Numbered sections and clauses of a version, with their stable anchors',
        params: PolicyVersionParamsSchema,
        response: { 200: VersionOutlineSchema },
      },
    },
    async (request) => anchors.outline(requireActor(request), request.params.policyId, request.params.versionId),
  );

  app.get(
    '/api/policies/:policyId/clauses/:clause',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getClauseHistory',
        tags,
        summary: 'A section or clause (by number or anchor) followed across every version',
        params: ClauseParamsSchema,
        querystring: ClauseQuerySchema,
        response: { 200: ClauseHistorySchema },
      },
    },
    async (request) =>
      anchors.history(requireActor(request), request.params.policyId, request.params.clause, request.query.in),
  );

  app.get(
    '/api/policies/:policyId/versions',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'listPolicyVersions',
        tags,
        summary: 'Versions of a policy, newest first',
        params: PolicyRefParamsSchema,
        response: { 200: PolicyVersionListSchema },
      },
    },
    async (request) => ({ items: await versions.list(requireActor(request), request.params.policyId) }),
  );

  app.post(
    '/api/policies/:policyId/versions',
    {
      config: { access: 'policies.draft' },
      schema: {
        operationId: 'createPolicyVersion',
        tags,
        summary: 'Start a draft version',
        params: PolicyRefParamsSchema,
        body: PolicyVersionCreateSchema,
        response: { 201: PolicyVersionSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await versions.create(requireActor(request), request.params.policyId, request.body)),
  );

  app.get(
    '/api/policies/:policyId/versions/:versionId',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getPolicyVersion',
        tags,
        summary: 'One version with its text',
        params: PolicyVersionParamsSchema,
        response: { 200: PolicyVersionSchema },
      },
    },
    async (request) => versions.get(requireActor(request), request.params.policyId, request.params.versionId),
  );

  app.patch(
    '/api/policies/:policyId/versions/:versionId',
    {
      config: { access: 'policies.draft' },
      schema: {
        operationId: 'updatePolicyVersion',
        tags,
        summary: 'Edit a draft (send the version you read)',
        params: PolicyVersionParamsSchema,
        body: PolicyVersionUpdateSchema,
        response: { 200: PolicyVersionSchema },
      },
    },
    async (request) =>
      versions.update(requireActor(request), request.params.policyId, request.params.versionId, request.body),
  );

  app.delete(
    '/api/policies/:policyId/versions/:versionId',
    {
      config: { access: 'policies.draft' },
      schema: {
        operationId: 'discardPolicyVersion',
        tags,
        summary: 'Discard a draft',
        params: PolicyVersionParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await versions.discard(
        requireActor(request),
        request.params.policyId,
        request.params.versionId,
        request.query.version,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/policies/:policyId/versions/:versionId/transitions',
    {
      config: { access: 'policies.draft' },
      schema: {
        operationId: 'transitionPolicyVersion',
        tags,
        summary: 'Submit (naming reviewers), approve or request changes (with a comment), or publish a version',
        params: PolicyVersionParamsSchema,
        body: PolicyVersionTransitionSchema,
        response: { 200: PolicyVersionSchema },
      },
    },
    async (request) =>
      workflow.transition(requireActor(request), request.params.policyId, request.params.versionId, request.body),
  );

  app.get(
    '/api/policies/:policyId/as-of',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getPolicyAsOf',
        tags,
        summary: 'The version in force on a date (in a market), and since when',
        params: PolicyRefParamsSchema,
        querystring: AsOfQuerySchema,
        response: { 200: PolicyAsOfSchema },
      },
    },
    async (request) =>
      versions.asOf(requireActor(request), request.params.policyId, request.query.date, request.query.market),
  );

  app.get(
    '/api/policies/:policyId/diff',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'diffPolicyVersions',
        tags,
        summary: 'Differences between two versions',
        params: PolicyRefParamsSchema,
        querystring: DiffQuerySchema,
        response: { 200: PolicyDiffSchema },
      },
    },
    async (request) =>
      versions.diff(requireActor(request), request.params.policyId, request.query.from, request.query.to),
  );

  app.get(
    '/api/policies/:policyId/references',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getPolicyReferences',
        tags,
        summary: 'Cross-references: links out, links in, broken links',
        params: PolicyRefParamsSchema,
        response: { 200: PolicyReferencesSchema },
      },
    },
    async (request) => references.get(requireActor(request), request.params.policyId),
  );

  app.get(
    '/api/policies/:policyId/overlaps',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getPolicyOverlaps',
        tags,
        summary: 'Possible overlaps: shared defined terms and wording',
        params: PolicyRefParamsSchema,
        response: { 200: PolicyOverlapListSchema },
      },
    },
    async (request) => ({ items: await overlaps.get(requireActor(request), request.params.policyId) }),
  );
};
