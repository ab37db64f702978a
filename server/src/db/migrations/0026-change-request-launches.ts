import type { Kysely } from 'kysely';

/**
 * Change requests from draft to launch and after (issue 10, items 3, 7, 9): the launch of each CR (the
 * version it published, when it became Launched or the date it waits for), the conflicts acknowledged
 * (by key: a conflict whose date moves has a new key and must be acknowledged again), the post-launch
 * reviews, and the notices already sent (so a rerun of the daily overdue job tells nobody twice).
 * The workspace settings gain the conflict window and the freeze windows (JSON, read whole).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('change_request_settings').addColumn('conflict_window_days', 'integer').execute();
  await db.schema.alterTable('change_request_settings').addColumn('freeze_windows', 'text').execute();

  await db.schema
    .createTable('change_request_launches')
    .addColumn('change_request_id', 'varchar(36)', (c) =>
      c.primaryKey().references('change_requests.id').onDelete('cascade'),
    )
    .addColumn('policy_version_id', 'varchar(36)', (c) => c.notNull().references('policy_versions.id'))
    .addColumn('effective_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('approver_id', 'varchar(36)')
    .addColumn('launched_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('launched_at', 'varchar(32)')
    .addColumn('scheduled_for', 'varchar(10)')
    .execute();
  await db.schema
    .createIndex('change_request_launches_version_idx')
    .on('change_request_launches')
    .column('policy_version_id')
    .execute();

  await db.schema
    .createTable('change_request_conflict_acks')
    .addColumn('change_request_id', 'varchar(36)', (c) =>
      c.notNull().references('change_requests.id').onDelete('cascade'),
    )
    .addColumn('conflict_key', 'varchar(300)', (c) => c.notNull())
    .addColumn('acknowledged_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('note', 'varchar(1000)', (c) => c.notNull())
    .addPrimaryKeyConstraint('change_request_conflict_acks_pk', ['change_request_id', 'conflict_key'])
    .execute();

  await db.schema
    .createTable('change_request_reviews')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('change_request_id', 'varchar(36)', (c) =>
      c.notNull().references('change_requests.id').onDelete('cascade'),
    )
    .addColumn('offset_days', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('completed_by', 'varchar(36)')
    .addColumn('completed_at', 'varchar(32)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('change_request_reviews_cr_idx')
    .on('change_request_reviews')
    .columns(['change_request_id', 'offset_days'])
    .unique()
    .execute();
  await db.schema
    .createIndex('change_request_reviews_due_idx')
    .on('change_request_reviews')
    .columns(['completed_at', 'due_on'])
    .execute();

  await db.schema
    .createTable('change_request_notices')
    .addColumn('notice_key', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('change_request_id', 'varchar(36)', (c) =>
      c.notNull().references('change_requests.id').onDelete('cascade'),
    )
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'change_request_notices',
    'change_request_reviews',
    'change_request_conflict_acks',
    'change_request_launches',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('change_request_settings').dropColumn('freeze_windows').execute();
  await db.schema.alterTable('change_request_settings').dropColumn('conflict_window_days').execute();
}
