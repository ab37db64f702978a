import type { Kysely } from 'kysely';

/** Stable anchors of each version's sections and clauses (see modules/policies/policy-anchors.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('version_anchors')
    .addColumn('version_id', 'varchar(36)', (c) => c.notNull().references('policy_versions.id').onDelete('cascade'))
    .addColumn('anchor_id', 'varchar(16)', (c) => c.notNull())
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('number', 'varchar(16)', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('version_anchors_pk', ['version_id', 'anchor_id'])
    .execute();
  await db.schema.createIndex('version_anchors_anchor_idx').on('version_anchors').column('anchor_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('version_anchors').execute();
}
