import type { Kysely } from 'kysely';

/**
 * Activity entries keep what happened as an event and its facts (a version's label and date, the
 * fields an edit changed), so that the feed words them when it is read, with the names of today.
 * Entries written before keep their stored verb and summary and read as before (both columns null).
 * And a person's page lists the versions they wrote, newest first: an index on the author.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('activity_entries').addColumn('event', 'varchar(60)').execute();
  await db.schema.alterTable('activity_entries').addColumn('details_json', 'text').execute();
  await db.schema
    .createIndex('policy_versions_author_idx')
    .on('policy_versions')
    .columns(['author_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('policy_versions_author_idx').execute();
  await db.schema.alterTable('activity_entries').dropColumn('details_json').execute();
  await db.schema.alterTable('activity_entries').dropColumn('event').execute();
}
