import type { Kysely } from 'kysely';

/**
 * Each person's choice of hearing about notifications by e-mail. A table of its own, not a column
 * on users: a change here must not bump the user's version and make a profile edit conflict. No
 * row means the default (inbox only), so existing people are never mailed without opting in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'varchar(36)', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('email', 'varchar(16)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_preferences').execute();
}
