import type { FastifyInstance } from 'fastify';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';

/**
 * Security headers on every response, from helmet. The middleware is built and run once here: the
 * @fastify/helmet wrapper rebuilds it (and re-parses the CSP) on every request, which cost
 * more than half of a small route's throughput in `npm run bench`.
 */
export function registerSecurityHeaders(app: FastifyInstance, https: boolean): void {
  const applyHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects component styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Only an https deployment may ask browsers to upgrade; on plain http it would break every asset.
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: https,
  });
  // The headers do not depend on the request: let helmet write them once onto a response that is
  // never sent, and copy them onto each reply. Running its eleven middlewares per request cost
  // about 5% of a page of the people directory (bench/run.ts, CPU time per request).
  const probe = new ServerResponse(new IncomingMessage(new Socket()));
  applyHeaders(probe.req, probe, () => undefined);
  const headers = probe.getHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
