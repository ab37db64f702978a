import { JobListQuerySchema, JobPageSchema, JobParamsSchema, JobSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { JobsService } from './jobs.service.js';

const tags = ['Jobs'];

export const jobsRoutes: FastifyPluginAsyncZod<{ jobs: JobsService }> = async (app, { jobs }) => {
  app.get(
    '/api/admin/jobs',
    {
      config: { access: 'jobs.manage' },
      schema: {
        operationId: 'listJobs',
        tags,
        summary:
          'Background jobs in one state (pending, active, failed, completed), newest first, with their last error',
        querystring: JobListQuerySchema,
        response: { 200: JobPageSchema },
      },
    },
    async (request) => jobs.list(requireActor(request), request.query),
  );

  app.post(
    '/api/admin/jobs/:id/retry',
    {
      config: { access: 'jobs.manage' },
      schema: {
        operationId: 'retryJob',
        tags,
        summary: 'Run a failed job again with one more attempt (409 when it is not failed)',
        params: JobParamsSchema,
        response: { 200: JobSchema },
      },
    },
    async (request) => jobs.retry(requireActor(request), request.params.id),
  );
};
