import { LibraryImportQuerySchema, LibraryImportResultSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../http/app-error.js';
import { requireActor } from '../../http/authenticate.js';
import type { LibraryExportService } from './library-export.service.js';
import type { LibraryImportService } from './library-import.service.js';

const tags = ['Library import and export'];
export const MAX_ARCHIVE_UPLOAD_BYTES = 50 * 1024 * 1024;

export const libraryArchiveRoutes: FastifyPluginAsyncZod<{
  importer: LibraryImportService;
  exporter: LibraryExportService;
}> = async (app, { importer, exporter }) => {
  // Scoped to this plugin: only the import route reads a raw zip body.
  app.addContentTypeParser(
    ['application/zip', 'application/x-zip-compressed'],
    { parseAs: 'buffer', bodyLimit: MAX_ARCHIVE_UPLOAD_BYTES },
    (_request, body, done) => done(null, body),
  );

  // A POST although it changes no policy: every export is audited, and a GET never writes.
  app.post(
    '/api/library/export',
    {
      config: { access: 'policies.manage' },
      schema: {
        operationId: 'exportLibrary',
        tags,
        summary: 'Download the library you can see as a zip of Markdown versions',
        produces: ['application/zip'],
      },
    },
    async (request, reply) => {
      const { fileName, zip } = await exporter.export(requireActor(request));
      return reply
        .type('application/zip')
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .send(Buffer.from(zip));
    },
  );

  app.post(
    '/api/library/import',
    {
      config: { access: 'workspace.manage' },
      bodyLimit: MAX_ARCHIVE_UPLOAD_BYTES,
      schema: {
        operationId: 'importLibrary',
        tags,
        summary: 'Import a zip of Markdown policy versions (dry run first; all or nothing)',
        description:
          'Send the zip as the raw request body with Content-Type: application/zip. An invalid file aborts the import with a 400 naming file and line; flagged versions must be confirmed or skipped (409 otherwise).',
        consumes: ['application/zip'],
        querystring: LibraryImportQuerySchema,
        response: { 200: LibraryImportResultSchema },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body))
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the archive as the request body with Content-Type: application/zip',
        );
      return importer.run(requireActor(request), request.body, request.query);
    },
  );
};
