import {
  UserIdParamsSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
  UserUpdateSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { UsersService } from './users.service.js';

const tags = ['People'];

export const usersRoutes: FastifyPluginAsyncZod<{ users: UsersService }> = async (app, { users }) => {
  app.get(
    '/api/users',
    {
      config: { access: 'directory.read' },
      schema: {
        operationId: 'listUsers',
        tags,
        summary: 'The people directory (cursor-paginated by name)',
        querystring: UserListQuerySchema,
        response: { 200: UserPageSchema },
      },
    },
    async (request) => users.list(requireActor(request), request.query),
  );

  app.get(
    '/api/users/:userId',
    {
      config: { access: 'directory.read' },
      schema: {
        operationId: 'getUser',
        tags,
        summary: 'One person',
        params: UserIdParamsSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) => users.get(requireActor(request), request.params.userId),
  );

  app.patch(
    '/api/users/:userId',
    {
      config: { access: 'users.manage' },
      schema: {
        operationId: 'updateUser',
        tags,
        summary: "Change a person's name, role or status",
        params: UserIdParamsSchema,
        body: UserUpdateSchema,
        response: { 200: UserSchema },
      },
    },
    async (request) => users.update(requireActor(request), request.params.userId, request.body),
  );
};
