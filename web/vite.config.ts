import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = 'http://127.0.0.1:3000';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

/**
 * Writes `<file>.br` (brotli, best quality) and `<file>.gz` beside every text file of the build, so
 * that the server sends compressed bytes without compressing anything per request (@fastify/static
 * `preCompressed`). Best quality costs a few seconds once per build instead of CPU on every visit.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'policyops:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await filesUnder(outDir)).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          // A copy that is not smaller is left out: the server then sends the file itself.
          await Promise.all([
            br.length < content.length ? writeFile(`${file}.br`, br) : null,
            gz.length < content.length ? writeFile(`${file}.gz`, gz) : null,
          ]);
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // A lazy page's stylesheets are fetched with it (no flash of unstyled content); its shared
    // scripts are not listed in the entry chunk: the browser fetches them from the page chunk's own
    // imports, one round trip later. The list of every page's scripts cost the first page ~3 kB.
    modulePreload: {
      resolveDependencies: (_filename, deps) => deps.filter((dep) => dep.endsWith('.css')),
    },
    rolldownOptions: {
      treeshake: {
        // Our own modules only declare things: importing one for a single export must not drag in
        // everything else it (or a feature's index.ts) mentions. Without this the signed-in home
        // page loaded the whole people and collaboration features (dompurify, marked) through the
        // command palette's `../people` import. Rules apply in order; the first match wins.
        moduleSideEffects: [
          { test: /\.css$/, sideEffects: true },
          { test: /[\\/]web[\\/]src[\\/]main\.tsx$/, sideEffects: true },
          { test: /[\\/]web[\\/]src[\\/]lib[\\/]zod-setup\.ts$/, sideEffects: true },
          { test: /[\\/](web|contracts)[\\/]src[\\/]/, sideEffects: false },
        ],
      },
    },
  },
});
