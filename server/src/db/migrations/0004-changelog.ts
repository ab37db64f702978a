import type { Kysely } from 'kysely';

/** The public changelog: a deliberate, recorded act per live version. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('changelog_entries')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('policy_id', 'varchar(36)', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('version_id', 'varchar(36)', (c) =>
      c.notNull().unique().references('policy_versions.id').onDelete('cascade'),
    )
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('published_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('published_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('changelog_entries_time_idx').on('changelog_entries').column('published_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('changelog_entries').execute();
}
