import {
  AuditCheckpointSchema,
  AuditEventPageSchema,
  AuditQuerySchema,
  AuditVerificationSchema,
} from '@policyops/contracts';
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

  app.post(
    '/api/audit-events/checkpoints',
    {
      config: { access: 'audit.read' },
      schema: {
        operationId: 'exportAuditCheckpoint',
        tags,
        summary: 'Sign a checkpoint of the chain as it stands, to keep outside the database',
        description:
          'Returns a signed JSON file naming the last event and its hash. Keep it where the database administrators cannot change it; `npm run audit:verify -- --checkpoint FILE` then proves that nothing up to that event was removed or rewritten. The export is itself audited (audit.checkpoint_exported).',
        response: { 201: AuditCheckpointSchema },
      },
    },
    async (request, reply) => {
      const checkpoint = await audit.exportCheckpoint(requireActor(request));
      return reply
        .code(201)
        .header('Content-Disposition', `attachment; filename="policyops-audit-checkpoint-${checkpoint.seq}.json"`)
        .send(checkpoint);
    },
  );
};
