import { sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Vite puts every content-hashed file under assets/: a new build gives them new names. */
const HASHED_ASSETS = `${sep}assets${sep}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
// The app shell and unhashed files (favicon, color-scheme.js) keep their names across
// releases: browsers revalidate them (ETag, 304) so that a deploy is seen on the next visit.
const REVALIDATE = 'no-cache';

/**
 * Serves the built web app: the .br / .gz file written beside each asset at build time when the
 * browser accepts it (nothing compressed per request), hashed assets cached for a year, the rest
 * revalidated on every visit.
 */
export async function registerStaticAssets(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    preCompressed: true,
    // The default would send `max-age` for every file, the app shell included.
    cacheControl: false,
    setHeaders: (reply: FastifyReply, path: string) => {
      reply.header('Cache-Control', path.includes(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE);
    },
  });
}
