import type { Kysely } from 'kysely';

/**
 * The decision register (issue 11). Lists of a decision's options and its revisit trigger are JSON
 * text, read and written whole and never filtered on; the people, links and supersessions that lists,
 * agendas and engagement filter on are rows of their own. Stakeholder ids are checked by the
 * stakeholders service, not by a foreign key, so a directory entry can be merged without touching
 * the register. Decisions are indexed in search_documents (scope 'decision'), which needs no column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('decisions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'varchar(10)')
    .addColumn('owner_id', 'varchar(36)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('partly_superseded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revisit_trigger', 'text')
    .addColumn('revisit_due_since', 'varchar(32)')
    .addColumn('last_revisited_at', 'varchar(32)')
    .addColumn('last_revisit_note', 'text')
    .addColumn('accepted_at', 'varchar(32)')
    .addColumn('revoked_reason', 'text')
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('decisions_status').on('decisions').columns(['status', 'number']).execute();

  await db.schema
    .createTable('decision_people')
    .addColumn('decision_id', 'varchar(36)', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('stakeholder_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_people_pk', ['decision_id', 'role', 'stakeholder_id'])
    .execute();
  await db.schema.createIndex('decision_people_person').on('decision_people').columns(['stakeholder_id']).execute();

  await db.schema
    .createTable('decision_links')
    .addColumn('decision_id', 'varchar(36)', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('target_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_links_pk', ['decision_id', 'kind', 'target_id'])
    .execute();
  await db.schema.createIndex('decision_links_target').on('decision_links').columns(['kind', 'target_id']).execute();

  await db.schema
    .createTable('decision_supersessions')
    .addColumn('decision_id', 'varchar(36)', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('superseded_id', 'varchar(36)', (c) => c.notNull().references('decisions.id'))
    .addColumn('scope', 'varchar(16)', (c) => c.notNull())
    .addColumn('part', 'varchar(300)')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_supersessions_pk', ['decision_id', 'superseded_id'])
    .execute();
  await db.schema
    .createIndex('decision_supersessions_old')
    .on('decision_supersessions')
    .columns(['superseded_id'])
    .execute();

  await db.schema
    .createTable('decision_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('decision_id', 'varchar(36)', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_events_decision')
    .on('decision_events')
    .columns(['decision_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['decision_events', 'decision_supersessions', 'decision_links', 'decision_people', 'decisions'])
    await db.schema.dropTable(table).execute();
}
