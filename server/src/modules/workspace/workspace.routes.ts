import { EmptySchema, SampleWorkspaceLoadedSchema, SampleWorkspaceStatusSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { SampleWorkspaceService } from './sample-workspace.service.js';

const tags = ['Workspace'];

export const workspaceRoutes: FastifyPluginAsyncZod<{ sample: SampleWorkspaceService }> = async (app, { sample }) => {
  app.get(
    '/api/workspace/sample',
    {
      config: { access: 'directory.read' },
      schema: {
        operationId: 'getSampleWorkspaceStatus',
        tags,
        summary: 'Whether the sample workspace is loaded',
        response: { 200: SampleWorkspaceStatusSchema },
      },
    },
    async (request) => sample.status(requireActor(request)),
  );

  app.post(
    '/api/workspace/sample',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'loadSampleWorkspace',
        tags,
        summary: 'Load the sample T&S workspace (once)',
        body: EmptySchema.nullish(),
        response: { 201: SampleWorkspaceLoadedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await sample.loadAs(requireActor(request))),
  );
};
