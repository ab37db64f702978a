import type { Kysely } from 'kysely';

/**
 * The roadmap: the workspace's planning settings (one row), initiatives with their areas, teams and
 * linked policies, milestones, finish-to-start dependencies and health updates. Derived figures that
 * lists filter and sort on (progress, latest health, next update due) are kept on the initiative row
 * and rewritten in the same transaction as whatever changes them, so a fiscal year reads in a few
 * indexed queries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('planning_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('fiscal_year_start_month', 'integer', (c) => c.notNull().defaultTo(1))
    // Bumped by every dependency write: the row lock serialises cycle checks on PostgreSQL.
    .addColumn('graph_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await (db as Kysely<{ planning_settings: Record<string, unknown> }>)
    .insertInto('planning_settings')
    .values({ id: 1, fiscal_year_start_month: 1, graph_seq: 0, version: 1, updated_at: new Date().toISOString() })
    .execute();

  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_id', 'varchar(36)', (c) => c.notNull().references('users.id'))
    .addColumn('parent_id', 'varchar(36)', (c) => c.references('initiatives.id').onDelete('set null'))
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('effort_weeks', 'double precision')
    .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('cadence', 'varchar(10)', (c) => c.notNull())
    .addColumn('cadence_weekday', 'integer', (c) => c.notNull())
    .addColumn('cadence_anchor', 'varchar(10)', (c) => c.notNull())
    .addColumn('last_update_on', 'varchar(10)')
    .addColumn('last_health', 'varchar(10)')
    .addColumn('next_update_due_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('derived_progress', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('progress_source', 'varchar(12)', (c) => c.notNull().defaultTo('none'))
    .addColumn('progress_basis', 'varchar(200)', (c) => c.notNull().defaultTo(''))
    .addColumn('milestone_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('milestones_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('progress_override', 'integer')
    .addColumn('progress_override_reason', 'text')
    .addColumn('progress_override_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('progress_override_at', 'varchar(32)')
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('initiatives').columns(columns).execute();
  // The year view: initiatives ending on or after the year's first day, then starting by its last.
  await index('initiatives_span_idx', ['end_date', 'start_date']);
  await index('initiatives_start_idx', ['start_date', 'id']);
  await index('initiatives_priority_idx', ['priority', 'id']);
  await index('initiatives_title_idx', ['title', 'id']);
  await index('initiatives_updated_idx', ['updated_at', 'id']);
  await index('initiatives_owner_idx', ['owner_id', 'start_date']);
  await index('initiatives_parent_idx', ['parent_id']);
  await index('initiatives_due_idx', ['status', 'next_update_due_on']);

  for (const [table, column, target] of [
    ['initiative_areas', 'area_id', 'policy_areas.id'],
    ['initiative_teams', 'team_id', 'teams.id'],
    ['initiative_policies', 'policy_id', 'policies.id'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('initiative_id', 'varchar(36)', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
      .addColumn(column, 'varchar(36)', (c) => c.notNull().references(target).onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, ['initiative_id', column])
      .execute();
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).columns([column, 'initiative_id']).execute();
  }

  await db.schema
    .createTable('initiative_milestones')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('initiative_id', 'varchar(36)', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('fixed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_on', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('initiative_milestones_initiative_idx')
    .on('initiative_milestones')
    .columns(['initiative_id', 'date'])
    .execute();

  // An endpoint is an initiative (milestone id null) or one of its milestones; the initiative id is
  // kept either way, so a year's dependencies join on it and deleting an initiative removes them.
  await db.schema
    .createTable('initiative_dependencies')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('from_initiative_id', 'varchar(36)', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('from_milestone_id', 'varchar(36)', (c) => c.references('initiative_milestones.id').onDelete('cascade'))
    .addColumn('to_initiative_id', 'varchar(36)', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('to_milestone_id', 'varchar(36)', (c) => c.references('initiative_milestones.id').onDelete('cascade'))
    .addColumn('lag_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  for (const column of ['from_initiative_id', 'to_initiative_id', 'from_milestone_id', 'to_milestone_id']) {
    await db.schema
      .createIndex(`initiative_dependencies_${column}_idx`)
      .on('initiative_dependencies')
      .column(column)
      .execute();
  }

  await db.schema
    .createTable('initiative_updates')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('initiative_id', 'varchar(36)', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('author_id', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('health', 'varchar(10)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('posted_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('initiative_updates_initiative_idx')
    .on('initiative_updates')
    .columns(['initiative_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'initiative_updates',
    'initiative_dependencies',
    'initiative_milestones',
    'initiative_policies',
    'initiative_teams',
    'initiative_areas',
    'initiatives',
    'planning_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
