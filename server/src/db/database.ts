import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import pg from 'pg';
import type { AppConfig } from '../config/config.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';
import { scopeOf, type DbScope } from './scope.js';

export type DialectName = 'sqlite' | 'postgres';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  /** The query builder: for repositories, migrations and tests that set up or tamper with rows. */
  db: Db;
  /** What services receive: the same connection without query methods (see scope.ts). */
  scope: DbScope;
  dialect: DialectName;
  close(): Promise<void>;
}

/**
 * Opens the embedded SQLite file (WAL, foreign keys, busy timeout) or a PostgreSQL pool. `image`: an
 * in-memory SQLite database starts as a copy of this serialized one (tests reuse a migrated database).
 */
export function openDatabase(config: AppConfig['database'], image?: Buffer): DatabaseHandle {
  if (config.kind === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    const sqlite = new SqliteDatabase(image && config.file === ':memory:' ? image : config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, scope: scopeOf(db), dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  if (config.schema) {
    const schema = config.schema;
    pool.on('connect', (client) => {
      client.query(`SET search_path TO "${schema.replaceAll('"', '')}"`).catch(() => undefined);
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, scope: scopeOf(db), dialect: 'postgres', close: () => db.destroy() };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing costs more than running a small indexed query.
 * The same SQL text always yields the same statement, so keep the most recent ones (LRU).
 * Safe because Kysely's SQLite driver runs one query at a time on its single connection.
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (statement) {
        cache.delete(sqlText);
      } else {
        statement = sqlite.prepare(sqlText);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sqlText, statement);
      return statement;
    },
  };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date; throws with the failing migration's name. With a PostgreSQL
 * schema, Kysely must be told it: its "does the migration table exist" check otherwise matches
 * the table in any schema of the database, and skips creating its own.
 */
export async function migrateToLatest(db: Db, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
