import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * SQLite only: which FTS5 row holds each entity's document. FTS5 cannot index `entity_id`, so
 * finding a document by it scanned the whole index (~40 ms at 100k versions) on every draft save.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`CREATE TABLE search_rowids (entity_id varchar(36) PRIMARY KEY, fts_rowid integer NOT NULL)`.execute(db);
  await sql`INSERT INTO search_rowids (entity_id, fts_rowid) SELECT entity_id, rowid FROM search_documents`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`DROP TABLE search_rowids`.execute(db);
}
