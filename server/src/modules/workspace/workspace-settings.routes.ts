import { WorkspaceSettingsSchema, WorkspaceSettingsUpdateSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { WorkspaceSettingsService } from './workspace-settings.service.js';

const tags = ['Workspace'];

export const workspaceSettingsRoutes: FastifyPluginAsyncZod<{ settings: WorkspaceSettingsService }> = async (
  app,
  { settings },
) => {
  app.get(
    '/api/workspace/settings',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'getWorkspaceSettings',
        tags,
        summary: 'Workspace-wide settings (automatic publication to the public changelog)',
        response: { 200: WorkspaceSettingsSchema },
      },
    },
    async (request) => settings.get(requireActor(request)),
  );

  app.patch(
    '/api/workspace/settings',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'updateWorkspaceSettings',
        tags,
        summary: 'Change workspace-wide settings (admins; audited)',
        body: WorkspaceSettingsUpdateSchema,
        response: { 200: WorkspaceSettingsSchema },
      },
    },
    async (request) => settings.update(requireActor(request), request.body),
  );
};
