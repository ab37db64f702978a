import type { Kysely } from 'kysely';

/**
 * The RAID log (issue 11): one table for risks, issues and blockers, assumptions and dependencies,
 * with the columns of each kind nullable (a discriminated union in the contracts), so that keys,
 * links, owners and the need-to-know filter are written once. Owners and escalation people are
 * stakeholder ids, checked by the stakeholders service (no foreign key: the directory keeps its own
 * rules on deletion). The escalation path is JSON read and written whole; the history is a table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('raid_items')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'varchar(36)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    // Risk
    .addColumn('probability', 'integer')
    .addColumn('impact', 'integer')
    .addColumn('mitigation', 'text')
    .addColumn('trigger_text', 'text')
    // Issue and blocker
    .addColumn('is_blocker', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('severity', 'varchar(16)')
    .addColumn('escalation_path', 'text')
    .addColumn('current_level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('at_top', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decision_needed_by', 'varchar(10)')
    .addColumn('escalated_for', 'varchar(10)')
    .addColumn('resolution', 'text')
    .addColumn('resolved_at', 'varchar(32)')
    // Assumption
    .addColumn('validate_by', 'varchar(10)')
    .addColumn('validation_note', 'text')
    // Dependency
    .addColumn('requesting_team_id', 'varchar(36)', (c) => c.references('teams.id'))
    .addColumn('providing_team_id', 'varchar(36)', (c) => c.references('teams.id'))
    .addColumn('needed_by', 'varchar(10)')
    .addColumn('committed_date', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('raid_items_kind_number').unique().on('raid_items').columns(['kind', 'number']).execute();
  await db.schema.createIndex('raid_items_kind_status').on('raid_items').columns(['kind', 'status']).execute();

  await db.schema
    .createTable('raid_item_links')
    .addColumn('item_id', 'varchar(36)', (c) => c.notNull().references('raid_items.id').onDelete('cascade'))
    .addColumn('target_kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('target_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('raid_item_links_pk', ['item_id', 'target_kind', 'target_id'])
    .execute();
  await db.schema
    .createIndex('raid_item_links_target')
    .on('raid_item_links')
    .columns(['target_kind', 'target_id'])
    .execute();

  await db.schema
    .createTable('raid_escalations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('item_id', 'varchar(36)', (c) => c.notNull().references('raid_items.id').onDelete('cascade'))
    .addColumn('from_level', 'integer', (c) => c.notNull())
    .addColumn('to_level', 'integer', (c) => c.notNull())
    .addColumn('automatic', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('raid_escalations_item').on('raid_escalations').columns(['item_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('raid_escalations').execute();
  await db.schema.dropTable('raid_item_links').execute();
  await db.schema.dropTable('raid_items').execute();
}
