import { sql } from 'kysely';
import type { DialectName, Db } from '../db/database.js';
import { visibleTo, type Viewer } from '../modules/policies/policies.repository.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, fts5Query, tsQuery } from './search-query.js';

export interface SearchFilters {
  areaIds?: string[];
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
  snippet: string;
}

/** Keeps search documents in step with policy versions, in the caller's transaction. */
export async function upsertDocument(db: Db, doc: { entityId: string; policyId: string; title: string; body: string }): Promise<void> {
  await db.deleteFrom('search_documents').where('entity_id', '=', doc.entityId).execute();
  await db.insertInto('search_documents').values({ entity_id: doc.entityId, policy_id: doc.policyId, title: doc.title, body: doc.body }).execute();
}

export async function removeDocument(db: Db, entityId: string): Promise<void> {
  await db.deleteFrom('search_documents').where('entity_id', '=', entityId).execute();
}

export async function retitlePolicy(db: Db, policyId: string, title: string): Promise<void> {
  await db.updateTable('search_documents').set({ title }).where('policy_id', '=', policyId).execute();
}

/**
 * Ranked matches with highlighted snippets, restricted to what the viewer may see. FTS5 (bm25,
 * snippet) on SQLite, tsvector (ts_rank, ts_headline) on PostgreSQL; filters and visibility are
 * the same Kysely query on both.
 */
export async function search(db: Db, dialect: DialectName, viewer: Viewer, terms: string[], f: SearchFilters): Promise<SearchRow[]> {
  const sqlite = dialect === 'sqlite';
  const ftsQuery = sqlite ? fts5Query(terms) : tsQuery(terms);
  const rank = sqlite ? sql<number>`-bm25(search_documents, 0, 0, 10.0, 1.0)` : sql<number>`ts_rank(search_documents.tsv, to_tsquery('english', ${ftsQuery}))`;
  const snippet = sqlite
    ? sql<string>`snippet(search_documents, 3, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 24)`
    : sql<string>`ts_headline('english', search_documents.body, to_tsquery('english', ${ftsQuery}), ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=35, MinWords=15, MaxFragments=1`})`;
  const matches = sqlite ? sql<boolean>`search_documents MATCH ${ftsQuery}` : sql<boolean>`search_documents.tsv @@ to_tsquery('english', ${ftsQuery})`;

  let query = db
    .selectFrom('search_documents')
    .innerJoin('policies as p', 'p.id', 'search_documents.policy_id')
    .innerJoin('policy_versions as v', 'v.id', 'search_documents.entity_id')
    .innerJoin('policy_areas as a', 'a.id', 'p.area_id')
    .select(['search_documents.entity_id', 'search_documents.policy_id', 'p.slug', 'p.title', 'p.status', 'a.name as area_name', 'v.label', 'v.state', 'v.effective_date'])
    .select([rank.as('score'), snippet.as('snippet')])
    .where(matches)
    .where(visibleTo(viewer))
    .orderBy('score', 'desc')
    .limit(f.limit);
  if (f.areaIds) query = query.where('p.area_id', 'in', f.areaIds.length ? f.areaIds : ['']);
  if (f.status) query = query.where('p.status', '=', f.status);
  if (f.from) query = query.where('v.effective_date', '>=', f.from);
  if (f.to) query = query.where('v.effective_date', '<=', f.to);
  return query.execute();
}
