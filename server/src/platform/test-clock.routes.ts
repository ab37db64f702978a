import { TestClockSchema, TestClockSetSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/authenticate.js';
import type { TestClockService } from './test-clock.service.js';

/** Registered only when TEST_CLOCK=1 (which production refuses at start): the clock of browser journeys. */
export const testClockRoutes: FastifyPluginAsyncZod<{ testClock: TestClockService }> = async (app, { testClock }) => {
  app.put(
    '/api/test/clock',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'setTestClock',
        tags: ['Tests'],
        summary: 'For tests only (TEST_CLOCK=1): set the date the server takes as today',
        body: TestClockSetSchema,
        response: { 200: TestClockSchema },
      },
    },
    async (request) => testClock.set(requireActor(request), request.body.today),
  );
};
