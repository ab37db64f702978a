import { TestJobSentSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../http/actor.js';
import { notFound } from '../../http/app-error.js';
import { requireActor } from '../../http/authenticate.js';
import type { JobQueue } from './job-queue.js';

/**
 * Registered only when TEST_CLOCK=1 (refused in production): a job that fails its first attempt and
 * succeeds when retried, so a browser journey can show a failure on the jobs page and retry it.
 */
export const testJobsRoutes: FastifyPluginAsyncZod<{ jobs: JobQueue }> = async (app, { jobs }) => {
  const failsOnce = jobs.define(
    'test.fails-once',
    { schema: z.object({ label: z.string().max(100) }), retry: { limit: 0 } },
    async ({ label }, { attempt }) => {
      if (attempt === 1) throw new Error(`${label}: the test job fails its first attempt on purpose`);
    },
  );

  app.post(
    '/api/test/jobs/failing',
    {
      config: { access: 'jobs.manage' },
      schema: {
        operationId: 'sendFailingTestJob',
        tags: ['Tests'],
        summary: 'For tests only (TEST_CLOCK=1): queue a job that fails once, then succeeds when retried',
        response: { 201: TestJobSentSchema },
      },
    },
    async (request, reply) => {
      authorize(requireActor(request), 'jobs.manage');
      const id = await failsOnce.send({ label: `Test job ${new Date().toISOString()}` });
      return reply.code(201).send({ id: id! });
    },
  );

  // A journey lets a date pass on the test clock, then runs the daily sweep it would have waited a night for.
  app.post(
    '/api/test/jobs/scheduled/:name/run',
    {
      config: { access: 'jobs.manage' },
      schema: {
        operationId: 'runScheduledTestJob',
        tags: ['Tests'],
        summary: 'For tests only (TEST_CLOCK=1): queue a scheduled job now, off its cron',
        params: z.object({ name: z.string().max(100).describe('The scheduled job, e.g. raid.escalations') }),
        response: { 201: TestJobSentSchema },
      },
    },
    async (request, reply) => {
      authorize(requireActor(request), 'jobs.manage');
      const id = await jobs.runScheduleNow(request.params.name);
      if (!id) throw notFound(`A scheduled job named ${request.params.name}`);
      return reply.code(201).send({ id });
    },
  );
};
