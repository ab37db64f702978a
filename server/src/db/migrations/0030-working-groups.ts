import type { Kysely } from 'kysely';

/**
 * Working groups and their meeting series (issue 11). The cadence is an RRULE with its start and
 * length; a meeting is stored once opened (an occurrence, unique per group, or ad hoc). People are
 * stakeholder ids without a foreign key: the directory (0029) owns them and checks them in its service.
 * Outcomes keep the id, title and link of the decision or action they created, so a meeting reads whole
 * without asking the other modules.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('working_groups')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('deliverables', 'text', (c) => c.notNull())
    .addColumn('success_criteria', 'text', (c) => c.notNull())
    .addColumn('end_date', 'varchar(10)')
    .addColumn('chair_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('cadence_rule', 'varchar(500)')
    .addColumn('cadence_starts_at', 'varchar(32)')
    .addColumn('cadence_time_zone', 'varchar(64)')
    .addColumn('cadence_duration_minutes', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('working_group_members')
    .addColumn('working_group_id', 'varchar(36)', (c) =>
      c.notNull().references('working_groups.id').onDelete('cascade'),
    )
    .addColumn('stakeholder_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('working_group_members_pk', ['working_group_id', 'stakeholder_id'])
    .execute();
  await db.schema
    .createIndex('working_group_members_stakeholder_idx')
    .on('working_group_members')
    .column('stakeholder_id')
    .execute();

  await db.schema
    .createTable('working_group_links')
    .addColumn('working_group_id', 'varchar(36)', (c) =>
      c.notNull().references('working_groups.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('target_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('working_group_links_pk', ['working_group_id', 'kind', 'target_id'])
    .execute();
  await db.schema
    .createIndex('working_group_links_target_idx')
    .on('working_group_links')
    .columns(['kind', 'target_id'])
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('working_group_id', 'varchar(36)', (c) =>
      c.notNull().references('working_groups.id').onDelete('cascade'),
    )
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('starts_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('ends_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('occurrence_start', 'varchar(32)')
    .addColumn('location', 'varchar(200)', (c) => c.notNull())
    .addColumn('video_link', 'varchar(500)', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('cancelled', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('meetings_occurrence_uq', ['working_group_id', 'occurrence_start'])
    .execute();
  await db.schema
    .createIndex('meetings_group_start_idx')
    .on('meetings')
    .columns(['working_group_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('meeting_attendees')
    .addColumn('meeting_id', 'varchar(36)', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('stakeholder_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('attended', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_attendees_pk', ['meeting_id', 'stakeholder_id'])
    .execute();
  await db.schema
    .createIndex('meeting_attendees_stakeholder_idx')
    .on('meeting_attendees')
    .column('stakeholder_id')
    .execute();

  await db.schema
    .createTable('meeting_agenda_items')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('meeting_id', 'varchar(36)', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('section', 'varchar(24)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('detail', 'varchar(500)', (c) => c.notNull())
    .addColumn('source_kind', 'varchar(32)')
    .addColumn('source_id', 'varchar(64)')
    .addColumn('href', 'varchar(300)')
    .addColumn('carried_from', 'varchar(10)')
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_agenda_items_meeting_idx')
    .on('meeting_agenda_items')
    .column('meeting_id')
    .execute();

  await db.schema
    .createTable('meeting_outcomes')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('meeting_id', 'varchar(36)', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('agenda_item_id', 'varchar(36)', (c) =>
      c.notNull().references('meeting_agenda_items.id').onDelete('cascade'),
    )
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('record_id', 'varchar(36)')
    .addColumn('record_title', 'varchar(300)')
    .addColumn('record_href', 'varchar(300)')
    .addColumn('created_by', 'varchar(36)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_outcomes_meeting_idx').on('meeting_outcomes').column('meeting_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'meeting_outcomes',
    'meeting_agenda_items',
    'meeting_attendees',
    'meetings',
    'working_group_links',
    'working_group_members',
    'working_groups',
  ])
    await db.schema.dropTable(table).execute();
}
