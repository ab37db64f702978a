import {
  ChangelogEntryDetailSchema,
  ChangelogEntryParamsSchema,
  ChangelogEntrySchema,
  ChangelogListSchema,
  ChangelogPublishSchema,
  PolicyVersionParamsSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import { atomFeed } from './atom-feed.js';
import type { PolicyChangelogService } from './policy-changelog.service.js';

const tags = ['Public changelog'];

export const policyChangelogRoutes: FastifyPluginAsyncZod<{
  changelog: PolicyChangelogService;
  publicUrl: string;
}> = async (app, { changelog, publicUrl }) => {
  app.post(
    '/api/policies/:policyId/versions/:versionId/changelog',
    {
      config: { access: 'policies.publish' },
      schema: {
        operationId: 'addToChangelog',
        tags,
        summary: 'Put a live or scheduled version on the public changelog with a public summary (audited)',
        params: PolicyVersionParamsSchema,
        body: ChangelogPublishSchema,
        response: { 201: ChangelogEntrySchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await changelog.publish(
            requireActor(request),
            request.params.policyId,
            request.params.versionId,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/public/changelog',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'listPublicChangelog',
        tags,
        summary: 'The public changelog (no sign-in)',
        security: [],
        response: { 200: ChangelogListSchema },
      },
    },
    async () => ({ items: await changelog.list() }),
  );

  app.get(
    '/api/public/changelog/:entryId',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getPublicChangelogEntry',
        tags,
        summary: 'One changelog entry with its rendered text and what changed since the previous entry (no sign-in)',
        security: [],
        params: ChangelogEntryParamsSchema,
        response: { 200: ChangelogEntryDetailSchema },
      },
    },
    async (request) => changelog.get(request.params.entryId),
  );

  app.get(
    '/api/public/changelog.atom',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'changelogAtomFeed',
        tags,
        summary: 'The public changelog as an Atom feed',
        security: [],
        produces: ['application/atom+xml'],
      },
    },
    async (_request, reply) =>
      reply
        .type('application/atom+xml; charset=utf-8')
        .serializer((x) => String(x))
        .send(atomFeed(await changelog.feedRows(), publicUrl)),
  );
};
