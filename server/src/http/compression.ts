import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Replies at least this large are compressed. Below it sit the hot reads, a page of 50 people
 * (~21 kB) among them: compressing that page cost 26–45% more CPU per request (brotli 1–4 or
 * gzip, measured with bench/run.ts), while on a LAN it saves nothing. Above it are the replies
 * that take several round trips over a WAN: the OpenAPI document, long policy texts and diffs,
 * large search and audit pages, feeds.
 */
export const COMPRESS_MIN_BYTES = 32 * 1024;

/**
 * Compresses large API replies with brotli or gzip, as the client accepts. The web app's files
 * are compressed once at build time instead (see static-assets.ts), so they are left alone here,
 * and request bodies are not accepted compressed: nothing the web app or the CLI sends needs it.
 * Register before the routes: the plugin attaches itself to each route as it is added.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) route.compress = false;
  });
  await app.register(compress, {
    globalCompression: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESS_MIN_BYTES,
  });
}
