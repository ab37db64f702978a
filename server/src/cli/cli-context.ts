import 'dotenv/config';
import { loadConfigOrExit, type AppConfig } from '../config/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/database.js';
import { createServices, type Services } from '../app.js';

/** Opens the configured database (migrated) with the services, for command-line tools. */
export async function openCli(): Promise<{ config: AppConfig; database: DatabaseHandle; services: Services }> {
  const config = loadConfigOrExit();
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  return { config, database, services: createServices(config, database) };
}
