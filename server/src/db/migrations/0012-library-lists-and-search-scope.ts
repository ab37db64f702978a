import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * Two things the library's lists and search need to answer in SQL rather than after a capped read:
 *
 * 1. `policy_tags`: one row per tag of a policy, kept beside the JSON `policies.tags` (which replies
 *    still read), so a tag filter is an exact, indexed match on both engines; and an index for the
 *    list's (title, id) order, which its cursor seeks.
 * 2. `search_documents.scope`: `current` for the versions search shows by default (in force, taking
 *    effect later, or open), `history` for the rest, so the index itself narrows a search before it
 *    ranks. On SQLite the FTS5 table is rebuilt with the new column (FTS5 cannot add one), keeping
 *    every rowid so the rowid map stays valid; on PostgreSQL it is a column with a partial GIN index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('policy_tags')
    .addColumn('policy_id', 'varchar(36)', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('tag', 'varchar(40)', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_tags_pk', ['policy_id', 'tag'])
    .execute();
  await db.schema.createIndex('policy_tags_tag_idx').on('policy_tags').columns(['tag', 'policy_id']).execute();
  await db.schema.createIndex('policies_title_idx').on('policies').columns(['title', 'id']).execute();
  const policies = await sql<{ id: string; tags: string }>`SELECT id, tags FROM policies`.execute(db);
  const tagRows = policies.rows.flatMap((p) =>
    [...new Set(JSON.parse(p.tags) as string[])].map((tag) => ({ policy_id: p.id, tag })),
  );
  for (let i = 0; i < tagRows.length; i += 200)
    await (db as Kysely<{ policy_tags: { policy_id: string; tag: string } }>)
      .insertInto('policy_tags')
      .values(tagRows.slice(i, i + 200))
      .execute();

  const today = new Date().toISOString().slice(0, 10);
  // The same rule as search-scope.ts: open, or published and not yet overtaken by a version in force.
  const current = sql`(v.state IN ('draft', 'in_review', 'approved') OR (
      v.state IN ('live', 'superseded') AND v.effective_date IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM policy_versions w
        WHERE w.policy_id = v.policy_id AND w.id <> v.id AND w.state IN ('live', 'superseded')
          AND w.effective_date <= ${today}
          AND (w.effective_date > v.effective_date OR (w.effective_date = v.effective_date AND w.published_at > v.published_at))
      )))`;
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`CREATE VIRTUAL TABLE search_documents_next USING fts5(entity_id UNINDEXED, policy_id UNINDEXED, title, body, scope, tokenize = 'porter unicode61')`.execute(
      db,
    );
    await sql`INSERT INTO search_documents_next (rowid, entity_id, policy_id, title, body, scope)
      SELECT d.rowid, d.entity_id, d.policy_id, d.title, d.body,
        CASE WHEN v.id IS NULL OR ${current} THEN 'current' ELSE 'history' END
      FROM search_documents d LEFT JOIN policy_versions v ON v.id = d.entity_id`.execute(db);
    await sql`DROP TABLE search_documents`.execute(db);
    await sql`ALTER TABLE search_documents_next RENAME TO search_documents`.execute(db);
  } else {
    await sql`ALTER TABLE search_documents ADD COLUMN scope varchar(16) NOT NULL DEFAULT 'history'`.execute(db);
    await sql`UPDATE search_documents d SET scope = 'current'
      WHERE NOT EXISTS (SELECT 1 FROM policy_versions v WHERE v.id = d.entity_id)
        OR EXISTS (SELECT 1 FROM policy_versions v WHERE v.id = d.entity_id AND ${current})`.execute(db);
    await sql`CREATE INDEX search_documents_current_tsv_idx ON search_documents USING gin (tsv) WHERE scope = 'current'`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`CREATE VIRTUAL TABLE search_documents_previous USING fts5(entity_id UNINDEXED, policy_id UNINDEXED, title, body, tokenize = 'porter unicode61')`.execute(
      db,
    );
    await sql`INSERT INTO search_documents_previous (rowid, entity_id, policy_id, title, body)
      SELECT rowid, entity_id, policy_id, title, body FROM search_documents`.execute(db);
    await sql`DROP TABLE search_documents`.execute(db);
    await sql`ALTER TABLE search_documents_previous RENAME TO search_documents`.execute(db);
  } else {
    await sql`DROP INDEX search_documents_current_tsv_idx`.execute(db);
    await sql`ALTER TABLE search_documents DROP COLUMN scope`.execute(db);
  }
  await db.schema.dropIndex('policies_title_idx').execute();
  await db.schema.dropTable('policy_tags').execute();
}
