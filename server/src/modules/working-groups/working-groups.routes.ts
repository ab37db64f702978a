import {
  CadencePreviewResultSchema,
  CadencePreviewSchema,
  MeetingListSchema,
  MeetingOpenSchema,
  MeetingSchema,
  OccurrencesQuerySchema,
  OccurrencesSchema,
  WorkingGroupCreateSchema,
  WorkingGroupIdParamsSchema,
  WorkingGroupListQuerySchema,
  WorkingGroupListSchema,
  WorkingGroupSchema,
  WorkingGroupTransitionSchema,
  WorkingGroupUpdateSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { MeetingsService } from './meetings.service.js';
import type { WorkingGroupsService } from './working-groups.service.js';

const tags = ['Working groups'];

export interface WorkingGroupRouteServices {
  workingGroups: WorkingGroupsService;
  meetings: MeetingsService;
}

export const workingGroupsRoutes: FastifyPluginAsyncZod<WorkingGroupRouteServices> = async (
  app,
  { workingGroups, meetings },
) => {
  const read = { access: 'governance.read' } as const;
  const manage = { access: 'governance.manage' } as const;

  app.get(
    '/api/working-groups',
    {
      config: read,
      schema: {
        operationId: 'listWorkingGroups',
        tags,
        summary: 'Working groups by name, with chair, members count and next meeting',
        querystring: WorkingGroupListQuerySchema,
        response: { 200: WorkingGroupListSchema },
      },
    },
    async (request) => ({ items: await workingGroups.list(requireActor(request), request.query.status) }),
  );

  app.post(
    '/api/working-groups',
    {
      config: manage,
      schema: {
        operationId: 'createWorkingGroup',
        tags,
        summary: 'Form a working group (it starts as forming)',
        body: WorkingGroupCreateSchema,
        response: { 201: WorkingGroupSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await workingGroups.create(requireActor(request), request.body)),
  );

  app.post(
    '/api/working-groups/cadence-preview',
    {
      config: read,
      schema: {
        operationId: 'previewWorkingGroupCadence',
        tags,
        summary: 'The next dates of a cadence (RRULE) before it is saved; 400 naming cadence.rule if unparsable',
        body: CadencePreviewSchema,
        response: { 200: CadencePreviewResultSchema },
      },
    },
    async (request) => workingGroups.preview(requireActor(request), request.body),
  );

  app.get(
    '/api/working-groups/:id',
    {
      config: read,
      schema: {
        operationId: 'getWorkingGroup',
        tags,
        summary: 'A working group: charter, members, cadence, links',
        params: WorkingGroupIdParamsSchema,
        response: { 200: WorkingGroupSchema },
      },
    },
    async (request) => workingGroups.get(requireActor(request), request.params.id),
  );

  app.patch(
    '/api/working-groups/:id',
    {
      config: manage,
      schema: {
        operationId: 'updateWorkingGroup',
        tags,
        summary: 'Edit a working group at the version read (409 when stale)',
        params: WorkingGroupIdParamsSchema,
        body: WorkingGroupUpdateSchema,
        response: { 200: WorkingGroupSchema },
      },
    },
    async (request) => workingGroups.update(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/working-groups/:id/transition',
    {
      config: manage,
      schema: {
        operationId: 'transitionWorkingGroup',
        tags,
        summary: 'Move the status: forming → active → paused ↔ active → closed (409 naming the moves allowed)',
        params: WorkingGroupIdParamsSchema,
        body: WorkingGroupTransitionSchema,
        response: { 200: WorkingGroupSchema },
      },
    },
    async (request) => workingGroups.transition(requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/working-groups/:id/occurrences',
    {
      config: read,
      schema: {
        operationId: 'listWorkingGroupOccurrences',
        tags,
        summary: 'Upcoming occurrences of the cadence, with the meeting once opened',
        params: WorkingGroupIdParamsSchema,
        querystring: OccurrencesQuerySchema,
        response: { 200: OccurrencesSchema },
      },
    },
    async (request) => ({
      items: await workingGroups.occurrences(requireActor(request), request.params.id, request.query.count),
    }),
  );

  app.get(
    '/api/working-groups/:id/meetings',
    {
      config: read,
      schema: {
        operationId: 'listWorkingGroupMeetings',
        tags,
        summary: 'Stored meetings of the group, latest first',
        params: WorkingGroupIdParamsSchema,
        response: { 200: MeetingListSchema },
      },
    },
    async (request) => ({ items: await meetings.list(requireActor(request), request.params.id) }),
  );

  app.post(
    '/api/working-groups/:id/meetings',
    {
      // The chair or secretary may run their group's meetings without governance.manage (service checks).
      config: read,
      schema: {
        operationId: 'openMeeting',
        tags,
        summary: 'Open an occurrence (idempotent: 200 with the meeting already opened) or an ad hoc meeting (201)',
        params: WorkingGroupIdParamsSchema,
        body: MeetingOpenSchema,
        response: { 200: MeetingSchema, 201: MeetingSchema },
      },
    },
    async (request, reply) => {
      const { meeting, created } = await meetings.open(requireActor(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(meeting);
    },
  );
};
