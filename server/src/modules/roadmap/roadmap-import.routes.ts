import {
  RoadmapImportPreviewSchema,
  RoadmapImportRequestSchema,
  RoadmapImportResultSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { RoadmapImportService } from './roadmap-import.service.js';

const tags = ['Roadmap'];
/** A 5 MB CSV as JSON text, with room for escaping. */
const IMPORT_BODY_LIMIT = 12 * 1024 * 1024;

export const roadmapImportRoutes: FastifyPluginAsyncZod<{ importer: RoadmapImportService }> = async (
  app,
  { importer },
) => {
  app.post(
    '/api/roadmap/imports/preview',
    {
      config: { access: 'roadmap.manage' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        operationId: 'previewRoadmapImport',
        tags,
        summary: 'Dry run of a Jira or Asana CSV import: the column mapping, what would be created, bad rows by line',
        description:
          'Send the CSV text as JSON { csv, format?, mapping? }. Nothing is written; row problems are in `errors`.',
        body: RoadmapImportRequestSchema,
        response: { 200: RoadmapImportPreviewSchema },
      },
    },
    async (request) => importer.preview(requireActor(request), request.body),
  );

  app.post(
    '/api/roadmap/imports',
    {
      config: { access: 'roadmap.manage' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        operationId: 'importRoadmap',
        tags,
        summary: 'Import initiatives from a Jira or Asana CSV export: all or nothing',
        description:
          'The same input as the preview, with the confirmed mapping. Any bad row: 400 naming rows.<line>.<field>, nothing written.',
        body: RoadmapImportRequestSchema,
        response: { 201: RoadmapImportResultSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await importer.commit(requireActor(request), request.body)),
  );
};
