import type { Kysely } from 'kysely';

/**
 * Stored impact analyses of version launches (issue 12): the inputs, options, method version and
 * result of an analysis as JSON text, so a saved analysis is read back exactly and can be re-run.
 * No foreign key to the policy: deleting a policy is refused elsewhere while it has versions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('impact_analyses')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('policy_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('version_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('launch_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('design', 'varchar(32)', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('method_version', 'varchar(40)', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('significant', 'integer', (c) => c.notNull())
    .addColumn('metrics', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('impact_analyses_version_idx')
    .on('impact_analyses')
    .columns(['policy_id', 'version_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('impact_analyses').execute();
}
