import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The default is one worker fewer than the CPUs: a single one on a 2-core CI machine, idle while
    // PostgreSQL answers. Test files share nothing (each app has its own database), so use them all.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['contracts/src/**/*.test.ts', 'server/src/**/*.test.ts'],
          // A worker imports the app's modules once for all its files instead of once per file. These
          // tests keep their state in the apps they create (no module mocks, no stubbed globals).
          isolate: false,
        },
      },
      // The web tests mock modules and stub globals, so each file keeps its own module graph.
      { extends: true, test: { name: 'web', include: ['web/src/**/*.test.{ts,tsx}'] } },
    ],
  },
});
