import 'dotenv/config';
import { loadConfigOrExit } from './config/config.js';
import { migrateToLatest, openDatabase } from './db/database.js';
import { buildApp } from './app.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const { app, services } = await buildApp(config, database);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Closing the app stops the job queue, which waits for the handlers still running.
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  // Jobs (and the hourly session purge among them) start once the server answers.
  await services.jobs.start();
  app.log.info(`PolicyOps on ${config.publicUrl} (database: ${database.dialect})`);
}

main().catch((error: unknown) => {
  console.error('PolicyOps failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
