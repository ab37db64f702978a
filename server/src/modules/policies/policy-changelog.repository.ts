import type { Db } from '../../db/database.js';
import type { ChangelogEntriesTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export interface ChangelogRow extends ChangelogEntriesTable {
  slug: string;
  title: string;
  label: string;
  effective_date: string | null;
  body: string;
  /** The version's own order among the policy's versions: publication, then creation. */
  version_published_at: string | null;
  version_created_at: string;
}

function withVersions(db: Db) {
  return (
    db
      .selectFrom('changelog_entries as c')
      .innerJoin('policies as p', 'p.id', 'c.policy_id')
      .innerJoin('policy_versions as v', 'v.id', 'c.version_id')
      .selectAll('c')
      .select([
        'p.slug',
        'p.title',
        'v.label',
        'v.effective_date',
        'v.body',
        'v.published_at as version_published_at',
        'v.created_at as version_created_at',
      ])
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

/**
 * Every public entry of one policy, in the order of its versions (their dates only ever move
 * forward, so this is the order they were published in): what "the previous public entry" is read
 * from. Entries of one import share a time, so the entries' own times cannot order them.
 */
export async function publicOfPolicy(scope: DbScope, policyId: string): Promise<ChangelogRow[]> {
  const db = queryBuilder(scope);
  return withVersions(db)
    .where('c.policy_id', '=', policyId)
    .orderBy('v.effective_date', 'asc')
    .orderBy('v.published_at', 'asc')
    .orderBy('v.created_at', 'asc')
    .orderBy('v.id', 'asc')
    .execute();
}
