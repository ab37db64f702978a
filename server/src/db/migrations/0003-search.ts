import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * Full-text search documents: an FTS5 table on SQLite, a table with a generated, weighted
 * tsvector and a GIN index on PostgreSQL. The only migration that differs by dialect, because
 * the two engines' full-text features have nothing in common.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`CREATE VIRTUAL TABLE search_documents USING fts5(entity_id UNINDEXED, policy_id UNINDEXED, title, body, tokenize = 'porter unicode61')`.execute(
      db,
    );
  } else {
    await sql`CREATE TABLE search_documents (
      entity_id varchar(36) PRIMARY KEY,
      policy_id varchar(36) NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED
    )`.execute(db);
    await sql`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`.execute(db);
    await sql`CREATE INDEX search_documents_policy_idx ON search_documents (policy_id)`.execute(db);
  }
  await sql`INSERT INTO search_documents (entity_id, policy_id, title, body)
    SELECT v.id, v.policy_id, p.title, v.body FROM policy_versions v JOIN policies p ON p.id = v.policy_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE search_documents`.execute(db);
}
