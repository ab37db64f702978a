import type { Db } from '../../db/database.js';
import type { ChangelogEntriesTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export interface ChangelogRow extends ChangelogEntriesTable {
  slug: string;
  title: string;
  label: string;
  effective_date: string | null;
  body: string;
}

function withVersions(db: Db) {
  return (
    db
      .selectFrom('changelog_entries as c')
      .innerJoin('policies as p', 'p.id', 'c.policy_id')
      .innerJoin('policy_versions as v', 'v.id', 'c.version_id')
      .selectAll('c')
      .select(['p.slug', 'p.title', 'v.label', 'v.effective_date', 'v.body'])
      // A policy restricted after publication leaves the public changelog at once.
      .where('p.restricted', '=', 0)
  );
}

export async function findByVersion(scope: DbScope, versionId: string): Promise<ChangelogEntriesTable | undefined> {
  const db = queryBuilder(scope);
  return db.selectFrom('changelog_entries').selectAll().where('version_id', '=', versionId).executeTakeFirst();
}

export async function insert(scope: DbScope, row: ChangelogEntriesTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('changelog_entries').values(row).execute();
}

export async function listPublic(scope: DbScope, limit: number): Promise<ChangelogRow[]> {
  const db = queryBuilder(scope);
  return withVersions(db).orderBy('c.published_at', 'desc').orderBy('c.id', 'desc').limit(limit).execute();
}

export async function findPublic(scope: DbScope, id: string): Promise<ChangelogRow | undefined> {
  const db = queryBuilder(scope);
  return withVersions(db).where('c.id', '=', id).executeTakeFirst();
}

/** The public entry of the same policy published just before this one, for the diff. */
export async function previousPublic(scope: DbScope, entry: ChangelogRow): Promise<ChangelogRow | undefined> {
  const db = queryBuilder(scope);
  return withVersions(db)
    .where('c.policy_id', '=', entry.policy_id)
    .where('c.published_at', '<', entry.published_at)
    .orderBy('c.published_at', 'desc')
    .executeTakeFirst();
}
