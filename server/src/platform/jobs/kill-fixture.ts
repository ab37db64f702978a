// A server process for job-queue-kill.int.test.ts, on the database given as JSON (a SQLite file, or
// PostgreSQL with the test's schema). It runs test.work jobs one at a time; a job with holdMs writes
// its id to the marker file and holds that long before its side effect (a line with its id in the
// effects file). The test kills it with SIGKILL mid-hold, or stops it with SIGTERM: a graceful stop
// waits for the job running, then the process exits 0.
import { appendFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { AppConfig } from '../../config/config.js';
import { openDatabase } from '../../db/database.js';
import { createJobQueue } from './index.js';

const {
  database: config,
  effects,
  marker,
} = JSON.parse(process.argv[2]!) as {
  database: AppConfig['database'];
  effects: string;
  marker: string;
};
const database = openDatabase(config);
const queue = createJobQueue(database, config, { pollMs: 50 });
queue.define('test.work', { schema: z.object({ holdMs: z.number() }) }, async ({ holdMs }, job) => {
  if (holdMs > 0) {
    writeFileSync(marker, job.id);
    await new Promise((resolve) => setTimeout(resolve, holdMs));
  }
  appendFileSync(effects, `${job.id}\n`);
});
// The queue's timers do not keep a process alive (a server's listener does): this stands in for it.
const listener = setInterval(() => undefined, 60_000);
process.once('SIGTERM', () => {
  clearInterval(listener);
  void queue
    .stop()
    .then(() => database.close())
    .then(() => process.exit(0));
});
await queue.start();
