import 'dotenv/config';
import { ConfigError, loadConfig, type AppConfig } from '../config/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/database.js';
import { createServices, type Services } from '../app.js';

/** Opens the configured database (migrated) with the services, for command-line tools. */
export async function openCli(): Promise<{ config: AppConfig; database: DatabaseHandle; services: Services }> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  return { config, database, services: createServices(config, database) };
}
