import type { Kysely } from 'kysely';

/**
 * OKRs: objectives per fiscal period (FY2027, FY2027-Q2) aligned into a tree, their key results,
 * the check-in history of each key result, and the periods that were closed (scored and locked).
 * Values are double precision on both databases; dates are YYYY-MM-DD text, times ISO-8601 text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('objectives')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('period_key', 'varchar(10)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_id', 'varchar(36)', (c) => c.notNull().references('users.id'))
    .addColumn('team_id', 'varchar(36)', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('parent_id', 'varchar(36)', (c) => c.references('objectives.id').onDelete('set null'))
    .addColumn('rollup_method', 'varchar(16)', (c) => c.notNull())
    .addColumn('include_children', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status_override', 'varchar(12)')
    .addColumn('status_override_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('objectives_period_idx').on('objectives').columns(['period_key', 'created_at']).execute();
  await db.schema.createIndex('objectives_parent_idx').on('objectives').column('parent_id').execute();
  await db.schema.createIndex('objectives_owner_idx').on('objectives').column('owner_id').execute();

  await db.schema
    .createTable('key_results')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('objective_id', 'varchar(36)', (c) => c.notNull().references('objectives.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('type', 'varchar(20)', (c) => c.notNull())
    .addColumn('unit', 'varchar(24)', (c) => c.notNull().defaultTo(''))
    .addColumn('baseline', 'double precision', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
    .addColumn('source_kind', 'varchar(20)', (c) => c.notNull().defaultTo('manual'))
    .addColumn('source_ref', 'varchar(36)')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('score', 'double precision')
    .addColumn('score_comment', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('key_results_objective_idx')
    .on('key_results')
    .columns(['objective_id', 'position'])
    .execute();
  await db.schema
    .createIndex('key_results_source_idx')
    .on('key_results')
    .columns(['source_kind', 'source_ref'])
    .execute();

  await db.schema
    .createTable('key_result_check_ins')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('key_result_id', 'varchar(36)', (c) => c.notNull().references('key_results.id').onDelete('cascade'))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('confidence', 'varchar(12)', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('checked_in_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('author_id', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('key_result_check_ins_kr_idx')
    .on('key_result_check_ins')
    .columns(['key_result_id', 'checked_in_on', 'created_at'])
    .execute();

  await db.schema
    .createTable('okr_periods')
    .addColumn('period_key', 'varchar(10)', (c) => c.primaryKey())
    .addColumn('state', 'varchar(10)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('closed_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('close_comment', 'text')
    .addColumn('reopened_at', 'varchar(32)')
    .addColumn('reopened_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reopen_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('okr_periods').execute();
  await db.schema.dropTable('key_result_check_ins').execute();
  await db.schema.dropTable('key_results').execute();
  await db.schema.dropTable('objectives').execute();
}
