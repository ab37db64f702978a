import type { Kysely } from 'kysely';
import { generatedPublicSummary } from '../../modules/policies/public-changelog-summary.js';

interface Tables {
  changelog_entries: { id: string; policy_id: string; version_id: string; public_summary: string };
  policies: { id: string; title: string };
  policy_versions: { id: string; effective_date: string | null };
  workspace_settings: { id: string; auto_publish_changelog: number; version: number };
}

/**
 * The public changelog gets a text of its own: `public_summary`, what readers outside the company
 * see, apart from the internal change summary the entry used to show. Entries published before get
 * the neutral generated sentence ("Updated Hate Speech policy, effective 15 January 2027"), since
 * their internal summaries were never written for the public. And the workspace's one settings row,
 * whose first setting is whether versions go on the changelog by themselves when they go live (off).
 */
export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  await db.schema
    .alterTable('changelog_entries')
    .addColumn('public_summary', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const entries = await db
    .selectFrom('changelog_entries as c')
    .innerJoin('policies as p', 'p.id', 'c.policy_id')
    .innerJoin('policy_versions as v', 'v.id', 'c.version_id')
    .select(['c.id', 'p.title', 'v.effective_date'])
    .execute();
  for (const entry of entries)
    await db
      .updateTable('changelog_entries')
      .set({ public_summary: generatedPublicSummary(entry.title, entry.effective_date) })
      .where('id', '=', entry.id)
      .execute();

  await db.schema
    .createTable('workspace_settings')
    .addColumn('id', 'varchar(16)', (c) => c.primaryKey())
    .addColumn('auto_publish_changelog', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(32)')
    .addColumn('updated_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db
    .insertInto('workspace_settings')
    .values({ id: 'workspace', auto_publish_changelog: 0, version: 1 })
    .execute();
}

export async function down(untyped: Kysely<unknown>): Promise<void> {
  await untyped.schema.dropTable('workspace_settings').execute();
  await untyped.schema.alterTable('changelog_entries').dropColumn('public_summary').execute();
}
