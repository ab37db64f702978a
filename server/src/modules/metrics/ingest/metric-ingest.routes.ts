import type { Readable } from 'node:stream';
import {
  METRIC_COLUMNS,
  MetricImportIdParamsSchema,
  MetricImportListQuerySchema,
  MetricImportPageSchema,
  MetricImportSchema,
  MetricImportUploadQuerySchema,
  type MetricImportFormat,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../../http/app-error.js';
import { requireActor } from '../../../http/authenticate.js';
import type { MetricIngestService } from './metric-ingest.service.js';
import { MAX_IMPORT_BYTES } from './spool.js';

const tags = ['Metrics'];
const access = { access: 'metrics.ingest' } as const;
const FORMAT_OF: Record<string, MetricImportFormat> = { 'text/csv': 'csv', 'application/x-ndjson': 'ndjson' };

/** The template: the header and two example rows (a day of one policy in one market, both detection methods). */
export const METRIC_IMPORT_TEMPLATE = [
  METRIC_COLUMNS.join(','),
  '2026-03-01,hate-speech,DE,LIVE,automated,1200,340,2500000,180,200,188,60,9,1050,1.5,6.25',
  '2026-03-01,hate-speech,DE,LIVE,human,310,290,2500000,40,80,71,22,5,12,,',
  '',
].join('\n');

/** Metric files in: upload and the pipelines' ingest API, the import history, the template. */
export const metricIngestRoutes: FastifyPluginAsyncZod<{ ingest: MetricIngestService }> = async (app, { ingest }) => {
  // Scoped to this plugin: the upload route reads the body itself, as a stream, never buffered.
  app.addContentTypeParser(
    ['text/csv', 'application/x-ndjson'],
    { bodyLimit: MAX_IMPORT_BYTES },
    (_request, payload, done) => done(null, payload),
  );

  app.post(
    '/api/metrics/imports',
    {
      config: access,
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        operationId: 'uploadMetricImport',
        tags,
        summary: 'Send a CSV or NDJSON file of daily metric rows (all or nothing)',
        description:
          'Send the file as the raw request body with Content-Type text/csv or application/x-ndjson (columns: GET /api/metrics/imports/template.csv). Rows are upserted by date, policy, market, surface and detection, so sending a day again replaces it. Files up to 2 MB complete within the request (201); larger ones are queued (202) and their progress is read from GET /api/metrics/imports/{importId}. A file with any invalid row writes nothing: 400 VALIDATION_FAILED with errors naming line and column, and the import id in the Location header. Pipelines send it with an API token (source: api).',
        consumes: ['text/csv', 'application/x-ndjson'],
        querystring: MetricImportUploadQuerySchema,
        response: { 201: MetricImportSchema, 202: MetricImportSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const mediaType = String(request.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim()
        .toLowerCase();
      const body = request.body as Readable | undefined;
      if (!FORMAT_OF[mediaType] || !body || typeof (body as Partial<Readable>).pipe !== 'function')
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the file as the request body with Content-Type text/csv or application/x-ndjson',
        );
      const record = await ingest.upload(actor, {
        body,
        format: request.query.format ?? FORMAT_OF[mediaType]!,
        fileName: request.query.fileName ?? null,
        source: actor.tokenId ? 'api' : 'upload',
      });
      return reply
        .code(record.state === 'queued' ? 202 : 201)
        .header('Location', `/api/metrics/imports/${record.id}`)
        .send(record);
    },
  );

  app.get(
    '/api/metrics/imports',
    {
      config: access,
      schema: {
        operationId: 'listMetricImports',
        tags,
        summary: 'Metric imports, newest first, with their state and report',
        querystring: MetricImportListQuerySchema,
        response: { 200: MetricImportPageSchema },
      },
    },
    async (request) => ingest.list(requireActor(request), request.query),
  );

  app.get(
    '/api/metrics/imports/template.csv',
    {
      config: access,
      schema: {
        operationId: 'getMetricImportTemplate',
        tags,
        summary: 'A CSV template: the header and two example rows',
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      ingest.assertMayIngest(requireActor(request));
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="metrics-template.csv"')
        .serializer((x) => String(x))
        .send(METRIC_IMPORT_TEMPLATE);
    },
  );

  app.get(
    '/api/metrics/imports/:importId',
    {
      config: access,
      schema: {
        operationId: 'getMetricImport',
        tags,
        summary: 'One metric import: state, progress, counts and validation report',
        params: MetricImportIdParamsSchema,
        response: { 200: MetricImportSchema },
      },
    },
    async (request) => ingest.get(requireActor(request), request.params.importId),
  );
};
