import type { Kysely } from 'kysely';

/**
 * Review routing: who was asked to review a version, and each decision with its comment. A row per
 * reviewer per submission; a decision nobody asked for (another approver) gets a row of its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('policy_version_reviews')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('version_id', 'varchar(36)', (c) => c.notNull().references('policy_versions.id').onDelete('cascade'))
    .addColumn('policy_id', 'varchar(36)', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('requested_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('state', 'varchar(20)', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('comment_id', 'varchar(36)')
    .addColumn('requested_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('decided_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('policy_version_reviews_waiting_idx')
    .on('policy_version_reviews')
    .columns(['reviewer_id', 'state', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('policy_version_reviews_version_idx')
    .on('policy_version_reviews')
    .column('version_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('policy_version_reviews').execute();
}
