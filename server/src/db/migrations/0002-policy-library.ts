import type { Kysely } from 'kysely';

/** Policy areas (a tree), policies with owners and need-to-know members, and their versions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('policy_areas')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(120)', (c) => c.notNull().unique())
    .addColumn('parent_id', 'varchar(36)', (c) => c.references('policy_areas.id'))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('policies')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('slug', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('area_id', 'varchar(36)', (c) => c.notNull().references('policy_areas.id'))
    .addColumn('owning_team_id', 'varchar(36)', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('restricted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('retired_at', 'varchar(32)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('policies_area_idx').on('policies').column('area_id').execute();

  for (const table of ['policy_owners', 'policy_members']) {
    await db.schema
      .createTable(table)
      .addColumn('policy_id', 'varchar(36)', (c) => c.notNull().references('policies.id').onDelete('cascade'))
      .addColumn('user_id', 'varchar(36)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, ['policy_id', 'user_id'])
      .execute();
    await db.schema.createIndex(`${table}_user_idx`).on(table).column('user_id').execute();
  }

  await db.schema
    .createTable('policy_versions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('policy_id', 'varchar(36)', (c) => c.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('label', 'varchar(16)', (c) => c.notNull())
    .addColumn('state', 'varchar(16)', (c) => c.notNull())
    .addColumn('effective_date', 'varchar(10)')
    .addColumn('change_summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('approver_id', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('published_at', 'varchar(32)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('policy_versions_label_uq', ['policy_id', 'label'])
    .execute();
  await db.schema
    .createIndex('policy_versions_policy_idx')
    .on('policy_versions')
    .columns(['policy_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('policy_versions_in_force_idx')
    .on('policy_versions')
    .columns(['policy_id', 'state', 'effective_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['policy_versions', 'policy_members', 'policy_owners', 'policies', 'policy_areas']) {
    await db.schema.dropTable(table).execute();
  }
}
