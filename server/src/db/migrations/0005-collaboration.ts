import type { Kysely } from 'kysely';

/**
 * Generic collaboration on any registered entity: comments, watches, notifications and the
 * activity feed. Entities are (entity_type, entity_id) pairs without foreign keys, so that
 * later modules reuse the tables; visibility is checked through the entity registry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('comments')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('entity_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('author_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('mention_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('edited_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('comments_entity_idx')
    .on('comments')
    .columns(['entity_type', 'entity_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('watches')
    .addColumn('entity_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('watches_pk', ['entity_type', 'entity_id', 'user_id'])
    .execute();
  await db.schema.createIndex('watches_user_idx').on('watches').column('user_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('source_id', 'varchar(36)')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('read_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('notifications_inbox_idx')
    .on('notifications')
    .columns(['user_id', 'read_at', 'created_at'])
    .execute();
  await db.schema.createIndex('notifications_source_idx').on('notifications').column('source_id').execute();

  await db.schema
    .createTable('activity_entries')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('entity_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('verb', 'varchar(60)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('source_id', 'varchar(36)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_entries_entity_idx')
    .on('activity_entries')
    .columns(['entity_type', 'entity_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('activity_entries_actor_idx')
    .on('activity_entries')
    .columns(['actor_id', 'created_at'])
    .execute();
  await db.schema.createIndex('activity_entries_time_idx').on('activity_entries').column('created_at').execute();
  await db.schema.createIndex('activity_entries_source_idx').on('activity_entries').column('source_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['activity_entries', 'notifications', 'watches', 'comments']) {
    await db.schema.dropTable(table).execute();
  }
}
