import type { Kysely } from 'kysely';

/**
 * Team capacity for the roadmap's portfolio view: per team a standing capacity (people and the
 * share of their time for roadmap work, 0–1) and optional per-quarter overrides. Versioned on the
 * team's row; the overrides are replaced with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('team_capacity')
    .addColumn('team_id', 'varchar(36)', (c) => c.primaryKey().references('teams.id').onDelete('cascade'))
    .addColumn('people', 'double precision', (c) => c.notNull())
    .addColumn('focus', 'double precision', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createTable('team_capacity_quarters')
    .addColumn('team_id', 'varchar(36)', (c) => c.notNull().references('team_capacity.team_id').onDelete('cascade'))
    .addColumn('period', 'varchar(10)', (c) => c.notNull())
    .addColumn('people', 'double precision', (c) => c.notNull())
    .addColumn('focus', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_capacity_quarters_pk', ['team_id', 'period'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('team_capacity_quarters').execute();
  await db.schema.dropTable('team_capacity').execute();
}
