import type { Kysely } from 'kysely';

/**
 * The stakeholder directory (issue 11): one row per person, an account (user_id set, name and e-mail
 * read through the users table) or a contact without one (e-mail unique among contacts: accounts keep
 * theirs on users, so this column is null for them). `profile_edited` 0 means function and team come
 * from the account's first team when read. RACI matrices: a header per initiative or change request
 * (its version guards whole-matrix saves) and its rows, one per person (the primary key says so).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stakeholders')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(36)', (c) => c.unique().references('users.id').onDelete('cascade'))
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)', (c) => c.unique())
    .addColumn('function', 'varchar(32)')
    .addColumn('region', 'varchar(40)')
    .addColumn('team', 'varchar(120)')
    .addColumn('organisation', 'varchar(120)')
    .addColumn('title', 'varchar(120)')
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('profile_edited', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stakeholders_name_idx').on('stakeholders').columns(['name', 'id']).execute();

  await db.schema
    .createTable('stakeholder_matrices')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('record_kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('record_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(36)')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('stakeholder_matrices_record_uq', ['record_kind', 'record_id'])
    .execute();

  await db.schema
    .createTable('stakeholder_matrix_rows')
    .addColumn('matrix_id', 'varchar(36)', (c) => c.notNull().references('stakeholder_matrices.id').onDelete('cascade'))
    .addColumn('stakeholder_id', 'varchar(36)', (c) => c.notNull().references('stakeholders.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('role', 'varchar(1)', (c) => c.notNull())
    .addColumn('influence', 'integer')
    .addColumn('interest', 'integer')
    .addPrimaryKeyConstraint('stakeholder_matrix_rows_pk', ['matrix_id', 'stakeholder_id'])
    .execute();
  await db.schema
    .createIndex('stakeholder_matrix_rows_person_idx')
    .on('stakeholder_matrix_rows')
    .column('stakeholder_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stakeholder_matrix_rows').execute();
  await db.schema.dropTable('stakeholder_matrices').execute();
  await db.schema.dropTable('stakeholders').execute();
}
