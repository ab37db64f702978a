import type { Kysely } from 'kysely';

/**
 * Action items (issue 11): an owner of the stakeholder directory, a due date, a status, where the action
 * came from (meeting, review, change request, manual) and the records it concerns. No foreign key to
 * the source or the owner: sources live in several tables, and the directory is checked in the service.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('action_items')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('done_at', 'varchar(32)')
    .addColumn('source_kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('source_id', 'varchar(36)')
    .addColumn('working_group_id', 'varchar(36)')
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_items_owner').on('action_items').columns(['owner_id', 'status']).execute();
  await db.schema.createIndex('action_items_due').on('action_items').columns(['status', 'due_date']).execute();
  await db.schema.createIndex('action_items_group').on('action_items').columns(['working_group_id']).execute();
  await db.schema.createIndex('action_items_source').on('action_items').columns(['source_kind', 'source_id']).execute();

  await db.schema
    .createTable('action_item_links')
    .addColumn('action_item_id', 'varchar(36)', (c) => c.notNull().references('action_items.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('record_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_item_links_pk', ['action_item_id', 'kind', 'record_id'])
    .execute();
  await db.schema
    .createIndex('action_item_links_record')
    .on('action_item_links')
    .columns(['kind', 'record_id'])
    .execute();

  await db.schema
    .createTable('action_item_reminders')
    .addColumn('action_item_id', 'varchar(36)', (c) => c.notNull().references('action_items.id').onDelete('cascade'))
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_item_reminders_pk', ['action_item_id', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('action_item_reminders').execute();
  await db.schema.dropTable('action_item_links').execute();
  await db.schema.dropTable('action_items').execute();
}
