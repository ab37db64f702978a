import { sql } from 'kysely';
import type { DialectName, Db } from '../db/database.js';
import { visibleTo, type Viewer } from '../modules/policies/policy-visibility.query.js';
import { fts5Query, tsQuery } from './search-query.js';
import { type DbScope, queryBuilder } from '../db/scope.js';

export interface SearchFilters {
  areaIds?: string[];
  /** Only these policies (from the surface and market filters). */
  policyIds?: string[];
  status?: string;
  from?: string;
  to?: string;
  limit: number;
}

export interface SearchRow {
  entity_id: string;
  policy_id: string;
  slug: string;
  title: string;
  status: string;
  area_name: string;
  label: string;
  state: string;
  effective_date: string | null;
  score: number;
  body: string;
}

/** Keeps search documents in step with policy versions, in the caller's transaction. */
export async function upsertDocument(
  scope: DbScope,
  dialect: DialectName,
  doc: { entityId: string; policyId: string; title: string; body: string },
): Promise<void> {
  const db = queryBuilder(scope);
  await removeDocument(scope, dialect, doc.entityId);
  await db
    .insertInto('search_documents')
    .values({ entity_id: doc.entityId, policy_id: doc.policyId, title: doc.title, body: doc.body })
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

function engine(dialect: DialectName, terms: string[]) {
  const sqlite = dialect === 'sqlite';
  const ftsQuery = sqlite ? fts5Query(terms) : tsQuery(terms);
  return {
    rank: sqlite
      ? sql<number>`-bm25(search_documents, 0, 0, 10.0, 1.0)`
      : sql<number>`ts_rank(search_documents.tsv, to_tsquery('english', ${ftsQuery}))`,
    matches: sqlite
      ? sql<boolean>`search_documents MATCH ${ftsQuery}`
      : sql<boolean>`search_documents.tsv @@ to_tsquery('english', ${ftsQuery})`,
  };
}

const hasFilters = (f: SearchFilters) => !!(f.areaIds || f.policyIds || f.status || f.from || f.to);

/** What a hit shows of its policy (p), area (a) and version (v), whichever table the text comes from. */
const HIT_COLUMNS = [
  'p.slug',
  'p.title',
  'p.status',
  'a.name as area_name',
  'v.label',
  'v.state',
  'v.effective_date',
] as const;

function withPolicies(db: Db, viewer: Viewer) {
  return db
    .selectFrom('search_documents')
    .innerJoin('policies as p', 'p.id', 'search_documents.policy_id')
    .innerJoin('policy_versions as v', 'v.id', 'search_documents.entity_id')
    .innerJoin('policy_areas as a', 'a.id', 'p.area_id')
    .select(['search_documents.entity_id', 'search_documents.policy_id', 'search_documents.body', ...HIT_COLUMNS])
    .where(visibleTo(viewer));
}

// Joining policies for every match of a common word is what makes a broad query slow; ranking
// in the index alone and joining only the best candidates keeps it fast.
const CANDIDATE_FACTOR = 5;

/**
 * Ranked matches the viewer may see: FTS5 bm25 on SQLite, ts_rank on PostgreSQL; filters and
 * visibility are the same Kysely query on both. Without filters the index ranks first and only
 * the best candidates are joined, falling back to the full query when visibility leaves too few.
 */
/**
 * A query matching more than this many documents is ranked among the most recently written
 * ones only: ranking every match of a word found in most of 100k versions costs tens of ms,
 * and such a query needs more words anyway. The caller is told (`broad`).
 */
export const BROAD_QUERY_WINDOW = 5000;

/**
 * Where the newest BROAD_QUERY_WINDOW matches start, or null when there are fewer. SQLite: FTS5
 * walks matches in rowid order and stops, so this costs the window, not the matches. PostgreSQL:
 * version ids are UUIDv7 (time-ordered), so the newest matches are the greatest ids.
 */
async function broadCutoff(
  db: Db,
  dialect: DialectName,
  terms: string[],
): Promise<{ column: 'rowid' | 'entity_id'; from: number | string } | null> {
  if (dialect === 'sqlite') {
    const row = await sql<{
      rowid: number;
    }>`SELECT rowid FROM search_documents WHERE search_documents MATCH ${fts5Query(terms)} ORDER BY rowid DESC LIMIT 1 OFFSET ${BROAD_QUERY_WINDOW - 1}`.execute(
      db,
    );
    return row.rows[0] ? { column: 'rowid', from: row.rows[0].rowid } : null;
  }
  const row = await sql<{
    entity_id: string;
  }>`SELECT entity_id FROM search_documents WHERE tsv @@ to_tsquery('english', ${tsQuery(terms)}) ORDER BY entity_id DESC LIMIT 1 OFFSET ${BROAD_QUERY_WINDOW - 1}`.execute(
    db,
  );
  return row.rows[0] ? { column: 'entity_id', from: row.rows[0].entity_id } : null;
}

export async function search(
  scope: DbScope,
  dialect: DialectName,
  viewer: Viewer,
  terms: string[],
  f: SearchFilters,
): Promise<{ rows: SearchRow[]; broad: boolean }> {
  const db = queryBuilder(scope);
  const cutoff = await broadCutoff(db, dialect, terms);
  const rows = await rankedSearch(db, dialect, viewer, terms, f, cutoff);
  return { rows, broad: cutoff !== null };
}

async function rankedSearch(
  db: Db,
  dialect: DialectName,
  viewer: Viewer,
  terms: string[],
  f: SearchFilters,
  cutoff: { column: 'rowid' | 'entity_id'; from: number | string } | null,
): Promise<SearchRow[]> {
  const e = engine(dialect, terms);
  const window =
    cutoff === null
      ? sql<boolean>`1 = 1`
      : sql<boolean>`${sql.ref(`search_documents.${cutoff.column}`)} >= ${cutoff.from}`;
  if (!hasFilters(f)) {
    const k = f.limit * CANDIDATE_FACTOR;
    const candidates = await db
      .selectFrom('search_documents')
      .select(['entity_id', e.rank.as('score')])
      .where(e.matches)
      .where(window)
      .orderBy('score', 'desc')
      .limit(k)
      .execute();
    if (candidates.length === 0) return [];
    const score = new Map(candidates.map((c) => [c.entity_id, Number(c.score)]));
    // Looked up through policy_versions' primary key: filtering the FTS table by id would scan it.
    const rows = await db
      .selectFrom('policy_versions as v')
      .innerJoin('policies as p', 'p.id', 'v.policy_id')
      .innerJoin('policy_areas as a', 'a.id', 'p.area_id')
      .select(['v.id as entity_id', 'v.policy_id', 'v.body', ...HIT_COLUMNS])
      .where(visibleTo(viewer))
      .where('v.id', 'in', [...score.keys()])
      .execute();
    if (rows.length >= f.limit || candidates.length < k) {
      return rows
        .map((r) => ({ ...r, score: score.get(r.entity_id)! }))
        .sort((a, b) => b.score - a.score)
        .slice(0, f.limit);
    }
  }
  let query = withPolicies(db, viewer)
    .select(e.rank.as('score'))
    .where(e.matches)
    .where(window)
    .orderBy('score', 'desc')
    .limit(f.limit);
  if (f.areaIds) query = query.where('p.area_id', 'in', f.areaIds.length ? f.areaIds : ['']);
  if (f.policyIds) query = query.where('p.id', 'in', f.policyIds.length ? f.policyIds : ['']);
  if (f.status) query = query.where('p.status', '=', f.status);
  if (f.from) query = query.where('v.effective_date', '>=', f.from);
  if (f.to) query = query.where('v.effective_date', '<=', f.to);
  return query.execute();
}
