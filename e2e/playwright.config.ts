import { defineConfig } from '@playwright/test';

/** The shared workspace every journey but onboarding runs in; E2E_PORT lets two people run the suite side by side. */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A second app on an empty database, for the journey that starts from nothing (the first admin's setup). */
const FRESH_PORT = Number(process.env.E2E_FRESH_PORT ?? PORT + 1);
/** A second shared workspace, so that two workers run journeys at once, each on a server of its own. */
const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? PORT + 2);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const FRESH_URL = `http://127.0.0.1:${FRESH_PORT}`;
const SECOND_URL = `http://127.0.0.1:${SECOND_PORT}`;
/** The journeys of the second shared workspace (about half the suite's time); every other one runs on the first. */
const SECOND_WORKSPACE = ['roadmap/**/*.spec.ts', 'okrs/**/*.spec.ts'];

/** The built app, each server on a database of its own that start-server.mjs empties first. */
function server(port: number, url: string, sampleMetrics: 'full' | 'off') {
  return {
    command: 'node e2e/start-server.mjs',
    cwd: '..',
    url: `${url}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    // TEST_CLOCK=1: the scheduled-version journey moves the server's date (a route refused in production).
    env: { PORT: String(port), PUBLIC_URL: url, TEST_CLOCK: '1', SAMPLE_METRICS: sampleMetrics },
  };
}

/**
 * Browser journeys against the built app, in Debian's Chromium. Each spec seeds what it needs through the API
 * (e2e/seed/), so any spec passes alone, in any order and on a workspace other specs have used. Specs are not
 * written to run at the same time on one server (several move its clock), so each server has one worker at a
 * time (`workers: 1` per project); two shared workspaces let two workers run side by side.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: `./.artifacts/${PORT}/test-results`,
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { outputFolder: `./.artifacts/${PORT}/report`, open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    // Transitions settle instantly, so accessibility scans never catch a half-faded dialog.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    viewport: { width: 1366, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'fresh-workspace',
      testMatch: 'foundation/onboarding.spec.ts',
      // Setting up the first admin happens once per database: a retry would find it done.
      retries: 0,
      workers: 1,
      use: { browserName: 'chromium', baseURL: FRESH_URL },
    },
    {
      name: 'shared-workspace',
      testIgnore: ['foundation/onboarding.spec.ts', ...SECOND_WORKSPACE],
      workers: 1,
      use: { browserName: 'chromium', baseURL: BASE_URL },
    },
    {
      name: 'second-shared-workspace',
      testMatch: SECOND_WORKSPACE,
      workers: 1,
      use: { browserName: 'chromium', baseURL: SECOND_URL },
    },
  ],
  // Two years of sample metrics (~770k rows, ~10 s to load) only where the metrics journey reads them; onboarding
  // and the roadmap/OKR workspace load the rest of the sample.
  webServer: [
    server(PORT, BASE_URL, 'full'),
    server(FRESH_PORT, FRESH_URL, 'off'),
    server(SECOND_PORT, SECOND_URL, 'off'),
  ],
});
