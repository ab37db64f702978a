import { randomBytes } from 'node:crypto';
import { Migrator } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../config/config.js';
import { openDatabase, type DialectName } from '../db/database.js';
import type { Db } from '../db/database.js';
import { migrations } from '../db/migrations/index.js';
import { TEST_DATABASE_URL, schemaDatabase } from './test-app.js';

export interface MigrationHarness {
  db: Db;
  /** Runs the migration under test and every later one. */
  migrateToLatest(): Promise<void>;
}

/**
 * A fresh database (in-memory SQLite, or a private PostgreSQL schema) migrated up to the migration
 * just before `migration`, so a test can write the rows that migration must carry over, then run it.
 */
export async function beforeMigration(
  dialect: DialectName,
  migration: string,
  work: (harness: MigrationHarness) => Promise<void>,
): Promise<void> {
  const names = Object.keys(migrations);
  const index = names.indexOf(migration);
  if (index < 1) throw new Error(`No migration before ${migration}`);
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  if (dialect === 'postgres') {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
  }
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: dialect === 'sqlite' ? ':memory:' : TEST_DATABASE_URL,
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    });
    if (config.database.kind === 'postgres') config.database.schema = schema;
    // On PostgreSQL, a migrator that locks and introspects this schema alone (test-app.ts).
    const db =
      config.database.kind === 'postgres'
        ? schemaDatabase(config.database.url, schema)
        : openDatabase(config.database).db;
    try {
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations },
        ...(dialect === 'postgres' ? { migrationTableSchema: schema } : {}),
      });
      const before = await migrator.migrateTo(names[index - 1]!);
      if (before.error) throw before.error;
      await work({
        db,
        async migrateToLatest() {
          const result = await migrator.migrateToLatest();
          if (result.error) throw result.error;
        },
      });
    } finally {
      await db.destroy();
    }
  } finally {
    if (dialect === 'postgres') {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
}
