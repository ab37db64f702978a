// A server process for job-queue-kill.int.test.ts: opens the SQLite file given, starts the queue and
// runs test.slow jobs that signal they began (a marker file) and then hang until the process is killed.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { loadConfig } from '../../config/config.js';
import { openDatabase } from '../../db/database.js';
import { createJobQueue } from './index.js';

const [file, marker] = process.argv.slice(2) as [string, string];
const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: `file:${file}`, SESSION_SECRET: 'x'.repeat(32) });
const database = openDatabase(config.database);
const queue = createJobQueue(database, config.database, { pollMs: 50 });
queue.define('test.slow', { schema: z.object({ n: z.number() }) }, async ({ n }) => {
  writeFileSync(marker, String(n));
  await new Promise(() => undefined);
});
await queue.start();
