import type { Kysely } from 'kysely';

/**
 * Policy change requests (issue 10). Impact and the workspace settings are JSON text: they are read and
 * written whole with the CR and filtered by nobody, so columns would only multiply the migration.
 * Scoring inputs are columns, the queue is ordered by them. Links are rows, so a CR can be found from
 * the initiative or CR it names. The events table is the CR's own timeline (moves with their reason,
 * sign-offs, resets, placements); the audit log stays the tamper-evident record beside it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('change_requests')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('source', 'varchar(32)', (c) => c.notNull())
    .addColumn('target_policy_id', 'varchar(36)', (c) => c.references('policies.id'))
    .addColumn('problem_statement', 'text', (c) => c.notNull())
    .addColumn('proposal', 'text', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('severity', 'integer')
    .addColumn('reach', 'integer')
    .addColumn('urgency', 'integer')
    .addColumn('effort', 'integer')
    .addColumn('owner_id', 'varchar(36)', (c) => c.notNull().references('users.id'))
    .addColumn('due_date', 'varchar(10)')
    .addColumn('effective_date', 'varchar(10)')
    .addColumn('stage', 'varchar(32)', (c) => c.notNull())
    .addColumn('stage_entered_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('lane', 'varchar(8)', (c) => c.notNull())
    .addColumn('placement_after_id', 'varchar(36)')
    .addColumn('placement_reason', 'varchar(500)')
    .addColumn('placement_by', 'varchar(36)')
    .addColumn('placement_at', 'varchar(32)')
    .addColumn('draft_version_id', 'varchar(36)', (c) => c.references('policy_versions.id').onDelete('set null'))
    .addColumn('last_text_editor_id', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('change_requests_stage_idx').on('change_requests').columns(['stage', 'number']).execute();
  await db.schema
    .createIndex('change_requests_owner_idx')
    .on('change_requests')
    .columns(['owner_id', 'number'])
    .execute();
  await db.schema.createIndex('change_requests_policy_idx').on('change_requests').column('target_policy_id').execute();

  await db.schema
    .createTable('change_request_sign_offs')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('change_request_id', 'varchar(36)', (c) =>
      c.notNull().references('change_requests.id').onDelete('cascade'),
    )
    .addColumn('role', 'varchar(32)', (c) => c.notNull())
    .addColumn('decision', 'varchar(32)', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('person_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('reset_at', 'varchar(32)')
    .addColumn('reset_reason', 'varchar(500)')
    .execute();
  await db.schema
    .createIndex('change_request_sign_offs_cr_idx')
    .on('change_request_sign_offs')
    .columns(['change_request_id', 'at'])
    .execute();

  await db.schema
    .createTable('change_request_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('change_request_id', 'varchar(36)', (c) =>
      c.notNull().references('change_requests.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)')
    .addColumn('from_stage', 'varchar(32)')
    .addColumn('to_stage', 'varchar(32)')
    .addColumn('reason', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('change_request_events_cr_idx')
    .on('change_request_events')
    .columns(['change_request_id', 'at'])
    .execute();

  await db.schema
    .createTable('change_request_links')
    .addColumn('change_request_id', 'varchar(36)', (c) =>
      c.notNull().references('change_requests.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('target_id', 'varchar(36)')
    .addColumn('title', 'varchar(200)')
    .addColumn('url', 'varchar(2000)')
    .addPrimaryKeyConstraint('change_request_links_pk', ['change_request_id', 'kind', 'position'])
    .execute();
  await db.schema
    .createIndex('change_request_links_target_idx')
    .on('change_request_links')
    .columns(['kind', 'target_id'])
    .execute();

  await db.schema
    .createTable('change_request_settings')
    .addColumn('id', 'varchar(16)', (c) => c.primaryKey())
    .addColumn('scoring_model', 'text', (c) => c.notNull())
    .addColumn('workflow', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'change_request_settings',
    'change_request_links',
    'change_request_events',
    'change_request_sign_offs',
    'change_requests',
  ])
    await db.schema.dropTable(table).execute();
}
