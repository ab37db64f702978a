import { PolicyRedlineSchema, PolicyRefParamsSchema, RedlineQuerySchema } from '@policyops/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { PolicyRedlineService, RedlineFile } from './policy-redline.service.js';

const tags = ['Policy library'];

function sendFile(reply: FastifyReply, file: RedlineFile, type: string) {
  return reply
    .type(`${type}; charset=utf-8`)
    .header('Content-Disposition', `attachment; filename="${file.filename}"`)
    .header('Cache-Control', 'private, no-store')
    .serializer((x) => String(x))
    .send(file.body);
}

export const policyRedlineRoutes: FastifyPluginAsyncZod<{ redline: PolicyRedlineService }> = async (
  app,
  { redline },
) => {
  app.get(
    '/api/policies/:policyId/redline',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getPolicyRedline',
        tags,
        summary: 'Clause-aware redline of two versions: sections and clauses aligned, then words compared',
        params: PolicyRefParamsSchema,
        querystring: RedlineQuerySchema,
        response: { 200: PolicyRedlineSchema },
      },
    },
    async (request) =>
      redline.redline(requireActor(request), request.params.policyId, request.query.from, request.query.to),
  );

  app.get(
    '/api/policies/:policyId/redline.html',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'exportPolicyRedlineHtml',
        tags,
        summary: 'The redline as a standalone HTML document (inline styles) to send to Legal',
        params: PolicyRefParamsSchema,
        querystring: RedlineQuerySchema,
        produces: ['text/html'],
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await redline.html(requireActor(request), request.params.policyId, request.query.from, request.query.to),
        'text/html',
      ),
  );

  app.get(
    '/api/policies/:policyId/redline.md',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'exportPolicyRedlineMarkdown',
        tags,
        summary: 'The redline as Markdown with CriticMarkup marks ({++inserted++}, {--deleted--})',
        params: PolicyRefParamsSchema,
        querystring: RedlineQuerySchema,
        produces: ['text/markdown'],
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await redline.markdown(requireActor(request), request.params.policyId, request.query.from, request.query.to),
        'text/markdown',
      ),
  );
};
