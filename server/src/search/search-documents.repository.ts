import { sql } from 'kysely';
import type { DialectName } from '../db/database.js';
import { type DbScope, queryBuilder } from '../db/scope.js';
import type { ScopedVersion, SearchScope } from './search-scope.js';

export interface SearchDocument {
  entityId: string;
  policyId: string;
  title: string;
  body: string;
  /** A policy version's scope, or the kind of another record indexed beside them (e.g. 'decision'). */
  scope: SearchScope | 'decision';
}

/** Writes (or rewrites) a document, in the caller's transaction. */
export async function upsertDocument(scope: DbScope, dialect: DialectName, doc: SearchDocument): Promise<void> {
  const db = queryBuilder(scope);
  await removeDocument(scope, dialect, doc.entityId);
  await db
    .insertInto('search_documents')
    .values({ entity_id: doc.entityId, policy_id: doc.policyId, title: doc.title, body: doc.body, scope: doc.scope })
    .execute();
  if (dialect === 'sqlite') {
    await sql`INSERT INTO search_rowids (entity_id, fts_rowid) VALUES (${doc.entityId}, last_insert_rowid())`.execute(
      db,
    );
  }
}

/** On SQLite through the rowid map (FTS5 cannot index entity_id); rows without one are looked up the slow way. */
export async function removeDocument(scope: DbScope, dialect: DialectName, entityId: string): Promise<void> {
  const db = queryBuilder(scope);
  if (dialect === 'sqlite') {
    const mapped = await db
      .selectFrom('search_rowids')
      .select('fts_rowid')
      .where('entity_id', '=', entityId)
      .executeTakeFirst();
    if (mapped) {
      await sql`DELETE FROM search_documents WHERE rowid = ${mapped.fts_rowid}`.execute(db);
      await db.deleteFrom('search_rowids').where('entity_id', '=', entityId).execute();
      return;
    }
  }
  await db.deleteFrom('search_documents').where('entity_id', '=', entityId).execute();
}

export async function retitlePolicy(scope: DbScope, policyId: string, title: string): Promise<void> {
  const db = queryBuilder(scope);
  await db.updateTable('search_documents').set({ title }).where('policy_id', '=', policyId).execute();
}

/** A policy's versions as the scope rule reads them (no texts). */
export async function versionsForScope(scope: DbScope, policyId: string): Promise<ScopedVersion[]> {
  return queryBuilder(scope)
    .selectFrom('policy_versions')
    .select(['id', 'state', 'effective_date', 'published_at'])
    .where('policy_id', '=', policyId)
    .execute();
}

/**
 * Sets the scope of a policy's other documents where it changed (usually none or one), by rowid on
 * SQLite. Documents seeded without a rowid map entry keep theirs: the scope is a superset, and the
 * exact rule is applied when searching.
 */
export async function rescopePolicy(
  scope: DbScope,
  dialect: DialectName,
  policyId: string,
  current: Set<string>,
): Promise<void> {
  const db = queryBuilder(scope);
  const wanted = (entityId: string): SearchScope => (current.has(entityId) ? 'current' : 'history');
  if (dialect === 'sqlite') {
    const docs = await sql<{ fts_rowid: number; entity_id: string; scope: string | null }>`
      SELECT r.fts_rowid, r.entity_id, d.scope FROM policy_versions v
      JOIN search_rowids r ON r.entity_id = v.id
      JOIN search_documents d ON d.rowid = r.fts_rowid
      WHERE v.policy_id = ${policyId}`.execute(db);
    for (const doc of docs.rows)
      if (doc.scope !== wanted(doc.entity_id))
        await sql`UPDATE search_documents SET scope = ${wanted(doc.entity_id)} WHERE rowid = ${doc.fts_rowid}`.execute(
          db,
        );
    return;
  }
  const docs = await db
    .selectFrom('search_documents')
    .select(['entity_id', 'scope'])
    .where('policy_id', '=', policyId)
    .execute();
  for (const next of ['current', 'history'] as const) {
    const ids = docs.filter((d) => d.scope !== next && wanted(d.entity_id) === next).map((d) => d.entity_id);
    if (ids.length)
      await db.updateTable('search_documents').set({ scope: next }).where('entity_id', 'in', ids).execute();
  }
}
