import { AuditEventPageSchema, AuditQuerySchema, AuditVerificationSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { AuditService } from './audit.service.js';

const tags = ['Audit'];

export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditService }> = async (app, { audit }) => {
  app.get(
    '/api/audit-events',
    {
      config: { access: 'audit.read' },
      schema: {
        operationId: 'listAuditEvents',
        tags,
        summary: 'Audit events, newest first, with filters',
        querystring: AuditQuerySchema,
        response: { 200: AuditEventPageSchema },
      },
    },
    async (request) => audit.list(requireActor(request), request.query),
  );

  app.get(
    '/api/audit-events/verification',
    {
      config: { access: 'audit.read' },
      schema: {
        operationId: 'verifyAuditChain',
        tags,
        summary: 'Check the hash chain and name the first bad event',
        response: { 200: AuditVerificationSchema },
      },
    },
    async (request) => audit.verifyAs(requireActor(request)),
  );
};
