import type { Kysely } from 'kysely';

/**
 * Adoption campaigns (issue 10, item 8). The audience directory is the workspace's list; a campaign
 * copies its active audiences in when it opens, so later edits of the directory leave a running campaign
 * alone. A person link stores only the SHA-256 of its token, and the person's responses on its own row
 * (each one set once: the first write wins, so a repeat or a concurrent twin counts nothing twice);
 * quiz attempts are rows of their own. Settings (training, quiz, gate) and ADKAR scores are JSON text,
 * read and written whole.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('adoption_audiences')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('contact_email', 'varchar(254)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('adoption_campaigns')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('change_request_id', 'varchar(36)', (c) =>
      c.notNull().references('change_requests.id').onDelete('cascade'),
    )
    .addColumn('policy_id', 'varchar(36)', (c) => c.notNull().references('policies.id'))
    .addColumn('policy_version_id', 'varchar(36)', (c) => c.notNull().references('policy_versions.id'))
    .addColumn('content_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('effective_date', 'varchar(10)')
    .addColumn('materiality', 'varchar(16)', (c) => c.notNull())
    .addColumn('training', 'text')
    .addColumn('quiz', 'text')
    .addColumn('gate', 'text')
    .addColumn('reminder_cadence_days', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('adopted_at', 'varchar(32)')
    .addColumn('launched_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('adoption_campaigns_cr_version_uq', ['change_request_id', 'policy_version_id'])
    .execute();
  await db.schema.createIndex('adoption_campaigns_status_idx').on('adoption_campaigns').column('status').execute();

  await db.schema
    .createTable('adoption_campaign_audiences')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('campaign_id', 'varchar(36)', (c) => c.notNull().references('adoption_campaigns.id').onDelete('cascade'))
    .addColumn('source_audience_id', 'varchar(36)')
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('contact_email', 'varchar(254)', (c) => c.notNull())
    .addColumn('target_pct', 'real', (c) => c.notNull())
    .addColumn('readiness', 'text')
    .addColumn('readiness_at', 'varchar(32)')
    .addColumn('readiness_by', 'varchar(36)')
    .addColumn('last_reminder_at', 'varchar(32)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('adoption_campaign_audiences_campaign_idx')
    .on('adoption_campaign_audiences')
    .column('campaign_id')
    .execute();

  await db.schema
    .createTable('adoption_links')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('campaign_id', 'varchar(36)', (c) => c.notNull().references('adoption_campaigns.id').onDelete('cascade'))
    .addColumn('campaign_audience_id', 'varchar(36)', (c) =>
      c.notNull().references('adoption_campaign_audiences.id').onDelete('cascade'),
    )
    .addColumn('person_name', 'varchar(120)', (c) => c.notNull())
    .addColumn('person_email', 'varchar(254)')
    .addColumn('external_id', 'varchar(120)')
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('content_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('revoked_at', 'varchar(32)')
    .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('acknowledged_at', 'varchar(32)')
    .addColumn('name_confirmation', 'varchar(120)')
    .addColumn('trained_at', 'varchar(32)')
    .addColumn('quiz_passed_at', 'varchar(32)')
    .addColumn('quiz_attempts', 'integer', (c) => c.notNull())
    .addColumn('last_quiz_score', 'real')
    .addColumn('declined_at', 'varchar(32)')
    .addColumn('decline_reason', 'text')
    .addColumn('exemption_at', 'varchar(32)')
    .addColumn('exemption_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('adoption_links_audience_idx')
    .on('adoption_links')
    .columns(['campaign_audience_id', 'person_name'])
    .execute();
  await db.schema.createIndex('adoption_links_campaign_idx').on('adoption_links').column('campaign_id').execute();

  await db.schema
    .createTable('adoption_quiz_attempts')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('link_id', 'varchar(36)', (c) => c.notNull().references('adoption_links.id').onDelete('cascade'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('score_pct', 'real', (c) => c.notNull())
    .addColumn('correct', 'integer', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('adoption_quiz_attempts_uq', ['link_id', 'attempt'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('adoption_quiz_attempts').execute();
  await db.schema.dropTable('adoption_links').execute();
  await db.schema.dropTable('adoption_campaign_audiences').execute();
  await db.schema.dropTable('adoption_campaigns').execute();
  await db.schema.dropTable('adoption_audiences').execute();
}
