import type { Kysely } from 'kysely';

/**
 * Keyed audit chain: each event records how it was hashed. Events already stored were hashed
 * with plain SHA-256 and are marked so; new ones are HMAC-SHA256 with the audit key. The chain
 * head gains the legacy seal (`npm run audit:verify -- --seal-legacy`), which pins how many
 * leading events predate the key. One column per statement: SQLite adds one at a time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_events')
    .addColumn('hash_scheme', 'varchar(16)', (c) => c.notNull().defaultTo('sha256'))
    .execute();
  await db.schema.alterTable('audit_chain_head').addColumn('legacy_seq', 'integer').execute();
  await db.schema.alterTable('audit_chain_head').addColumn('legacy_seal', 'varchar(64)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_chain_head').dropColumn('legacy_seal').execute();
  await db.schema.alterTable('audit_chain_head').dropColumn('legacy_seq').execute();
  await db.schema.alterTable('audit_events').dropColumn('hash_scheme').execute();
}
