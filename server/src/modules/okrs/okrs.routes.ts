import {
  CheckInCreateSchema,
  KeyResultCreateSchema,
  KeyResultDetailSchema,
  KeyResultIdParamsSchema,
  KeyResultUpdateSchema,
  NoContentSchema,
  ObjectiveCreateSchema,
  ObjectiveDetailSchema,
  ObjectiveIdParamsSchema,
  ObjectiveUpdateSchema,
  OkrBoardQuerySchema,
  OkrBoardSchema,
  OkrPeriodCloseSchema,
  OkrPeriodListSchema,
  OkrPeriodParamsSchema,
  OkrPeriodReopenSchema,
  OkrPeriodSchema,
  VersionQuerySchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { KeyResultsService } from './key-results.service.js';
import type { ObjectivesService } from './objectives.service.js';
import type { OkrBoardService } from './okr-board.service.js';
import type { OkrPeriodsService } from './okr-periods.service.js';

const tags = ['OKRs'];

export interface OkrsRouteDeps {
  board: OkrBoardService;
  periods: OkrPeriodsService;
  objectives: ObjectivesService;
  keyResults: KeyResultsService;
}

export const okrsRoutes: FastifyPluginAsyncZod<OkrsRouteDeps> = async (
  app,
  { board, periods, objectives, keyResults },
) => {
  app.get(
    '/api/okr-periods',
    {
      config: { access: 'okrs.read' },
      schema: {
        operationId: 'listOkrPeriods',
        tags,
        summary: 'Fiscal years and quarters around today, with their state (open or closed)',
        response: { 200: OkrPeriodListSchema },
      },
    },
    async (request) => periods.list(requireActor(request)),
  );

  app.post(
    '/api/okr-periods/:periodKey/close',
    {
      config: { access: 'okrs.manage' },
      schema: {
        operationId: 'closeOkrPeriod',
        tags,
        summary: 'Score every key result of the period (0.0–1.0, with a comment) and lock it',
        params: OkrPeriodParamsSchema,
        body: OkrPeriodCloseSchema,
        response: { 200: OkrPeriodSchema },
      },
    },
    async (request) => periods.close(requireActor(request), request.params.periodKey, request.body),
  );

  app.post(
    '/api/okr-periods/:periodKey/reopen',
    {
      config: { access: 'okrs.reopen' },
      schema: {
        operationId: 'reopenOkrPeriod',
        tags,
        summary: 'Reopen a closed period (admins, with a reason; audited)',
        params: OkrPeriodParamsSchema,
        body: OkrPeriodReopenSchema,
        response: { 200: OkrPeriodSchema },
      },
    },
    async (request) => periods.reopen(requireActor(request), request.params.periodKey, request.body),
  );

  app.get(
    '/api/okrs',
    {
      config: { access: 'okrs.read' },
      schema: {
        operationId: 'getOkrBoard',
        tags,
        summary: 'The OKR tree of a period, with progress, formulas, confidence trends and check-ins due',
        querystring: OkrBoardQuerySchema,
        response: { 200: OkrBoardSchema },
      },
    },
    async (request) => board.board(requireActor(request), request.query),
  );

  app.post(
    '/api/objectives',
    {
      config: { access: 'okrs.contribute' },
      schema: {
        operationId: 'createObjective',
        tags,
        summary: 'Create an objective for a fiscal year or quarter',
        body: ObjectiveCreateSchema,
        response: { 201: ObjectiveDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await objectives.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/objectives/:objectiveId',
    {
      config: { access: 'okrs.read' },
      schema: {
        operationId: 'getObjective',
        tags,
        summary: 'An objective with its key results and their check-in histories',
        params: ObjectiveIdParamsSchema,
        response: { 200: ObjectiveDetailSchema },
      },
    },
    async (request) => objectives.get(requireActor(request), request.params.objectiveId),
  );

  app.patch(
    '/api/objectives/:objectiveId',
    {
      config: { access: 'okrs.contribute' },
      schema: {
        operationId: 'updateObjective',
        tags,
        summary: 'Edit an objective: text, owner, team, alignment, roll-up method, status override',
        params: ObjectiveIdParamsSchema,
        body: ObjectiveUpdateSchema,
        response: { 200: ObjectiveDetailSchema },
      },
    },
    async (request) => objectives.update(requireActor(request), request.params.objectiveId, request.body),
  );

  app.delete(
    '/api/objectives/:objectiveId',
    {
      config: { access: 'okrs.contribute' },
      schema: {
        operationId: 'deleteObjective',
        tags,
        summary: 'Delete an objective with its key results (not while objectives align to it)',
        params: ObjectiveIdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await objectives.delete(requireActor(request), request.params.objectiveId, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/objectives/:objectiveId/key-results',
    {
      config: { access: 'okrs.contribute' },
      schema: {
        operationId: 'createKeyResult',
        tags,
        summary: 'Add a key result to an objective',
        params: ObjectiveIdParamsSchema,
        body: KeyResultCreateSchema,
        response: { 201: KeyResultDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await keyResults.create(requireActor(request), request.params.objectiveId, request.body)),
  );

  app.patch(
    '/api/key-results/:keyResultId',
    {
      config: { access: 'okrs.contribute' },
      schema: {
        operationId: 'updateKeyResult',
        tags,
        summary: 'Edit a key result (its type stays)',
        params: KeyResultIdParamsSchema,
        body: KeyResultUpdateSchema,
        response: { 200: KeyResultDetailSchema },
      },
    },
    async (request) => keyResults.update(requireActor(request), request.params.keyResultId, request.body),
  );

  app.delete(
    '/api/key-results/:keyResultId',
    {
      config: { access: 'okrs.contribute' },
      schema: {
        operationId: 'deleteKeyResult',
        tags,
        summary: 'Delete a key result with its check-ins',
        params: KeyResultIdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await keyResults.delete(requireActor(request), request.params.keyResultId, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/key-results/:keyResultId/check-ins',
    {
      config: { access: 'okrs.contribute' },
      schema: {
        operationId: 'createCheckIn',
        tags,
        summary: 'Check in: value, confidence and a comment; the latest gives the current value',
        params: KeyResultIdParamsSchema,
        body: CheckInCreateSchema,
        response: { 201: KeyResultDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await keyResults.checkIn(requireActor(request), request.params.keyResultId, request.body)),
  );
};
