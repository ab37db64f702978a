import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectName, Db } from '../db/database.js';
import { type DbScope, queryBuilder } from '../db/scope.js';
import { policyStatusIs } from '../modules/policies/policy-status.query.js';
import { visibleTo, type Viewer } from '../modules/policies/policy-visibility.query.js';
import { addDays } from '../platform/clock.js';
import { fts5Query, tsQuery } from './search-query.js';
import { OPEN_STATES, PUBLISHED_STATES } from './search-scope.js';

export interface SearchFilters {
  areaIds?: string[];
  /** Only these policies (from the surface and market filters). */
  policyIds?: string[];
  status?: string;
  from?: string;
  to?: string;
  limit: number;
  /** Every version; otherwise only those in force on `today` and the open ones. */
  history: boolean;
  today: string;
}

export interface SearchRow {
  entity_id: string;
  policy_id: string;
  slug: string;
  title: string;
  status: string;
  retired_at: string | null;
  area_name: string;
  label: string;
  state: string;
  effective_date: string | null;
  score: number;
  body: string;
}

/**
 * A query matching more than this many documents is ranked among the most recently written
 * ones only: ranking every match of a word found in most of 100k versions costs tens of ms,
 * and such a query needs more words anyway. The caller is told (`broad`). The window is always
 * taken among the documents the filters let through, so a filter never hides a match.
 */
export const BROAD_QUERY_WINDOW = 5000;

// Without filters the index ranks alone and only the best candidates are joined to their policies:
// joining every match of a common word is what makes a broad query slow.
const CANDIDATE_FACTOR = 5;

/** What a hit shows of its policy (p), area (a) and version (v). */
const HIT_COLUMNS = [
  'v.id as entity_id',
  'v.policy_id',
  'v.body',
  'p.slug',
  'p.title',
  'p.status',
  'p.retired_at',
  'a.name as area_name',
  'v.label',
  'v.state',
  'v.effective_date',
] as const;

/**
 * The engine's pieces: FTS5 (words in title and body, bm25 with the title weighted 10x, newest by
 * rowid) or PostgreSQL (a weighted tsvector, ts_rank, newest by the time-ordered UUIDv7 id). Both
 * narrow to the `current` documents in the index itself unless history is asked for.
 */
function engine(dialect: DialectName, terms: string[], history: boolean) {
  if (dialect === 'sqlite') {
    // Other records (decisions) share the index under their own scope; history leaves them out by name.
    const match = `{title body} : (${fts5Query(terms)})${history ? ' NOT scope : decision' : ' AND scope : current'}`;
    return {
      matches: sql<SqlBool>`search_documents MATCH ${match}`,
      rank: sql<number>`-bm25(search_documents, 0, 0, 10.0, 1.0, 0)`,
      newest: sql.ref<number | string>('search_documents.rowid'),
    };
  }
  const query = tsQuery(terms);
  return {
    matches: history
      ? sql<SqlBool>`search_documents.tsv @@ to_tsquery('english', ${query}) AND search_documents.scope <> 'decision'`
      : sql<SqlBool>`search_documents.tsv @@ to_tsquery('english', ${query}) AND search_documents.scope = 'current'`,
    rank: sql<number>`ts_rank(search_documents.tsv, to_tsquery('english', ${query}))`,
    newest: sql.ref<number | string>('search_documents.entity_id'),
  };
}

/**
 * Search's default scope for today, on a version (v) and its policy (p): open, or the published
 * version in force (the latest effective date on or before today, the later publication winning a
 * same-day tie) of a policy not retired by today.
 */
function inDefaultScope(today: string): RawBuilder<SqlBool> {
  const open = sql.join(OPEN_STATES.map((s) => sql`${s}`));
  const published = sql.join(PUBLISHED_STATES.map((s) => sql`${s}`));
  return sql<SqlBool>`(v.state IN (${open}) OR (
    v.state IN (${published}) AND v.effective_date <= ${today}
    AND (p.retired_at IS NULL OR p.retired_at >= ${addDays(today, 1)})
    AND NOT EXISTS (
      SELECT 1 FROM policy_versions w
      WHERE w.policy_id = v.policy_id AND w.id <> v.id AND w.state IN (${published}) AND w.effective_date <= ${today}
        AND (w.effective_date > v.effective_date OR (w.effective_date = v.effective_date AND w.published_at > v.published_at))
    )))`;
}

const hasFilters = (f: SearchFilters) => !!(f.areaIds || f.policyIds || f.status || f.from || f.to);

/** The hits for these version ids that the viewer may see (and that are in scope today, unless history). */
async function hits(db: Db, viewer: Viewer, ids: string[], f: SearchFilters): Promise<Omit<SearchRow, 'score'>[]> {
  if (ids.length === 0) return [];
  let query = db
    .selectFrom('policy_versions as v')
    .innerJoin('policies as p', 'p.id', 'v.policy_id')
    .innerJoin('policy_areas as a', 'a.id', 'p.area_id')
    .select(HIT_COLUMNS)
    .where(visibleTo(viewer))
    .where('v.id', 'in', ids);
  if (!f.history) query = query.where(inDefaultScope(f.today));
  return query.execute();
}

const ranked = (rows: Omit<SearchRow, 'score'>[], score: Map<string, number>, limit: number): SearchRow[] =>
  rows
    .map((r) => ({ ...r, score: score.get(r.entity_id)! }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);

/**
 * Without filters: the index alone finds the newest window of matches and ranks them, and only the
 * best candidates are joined. Null when visibility or today's scope left too few of them.
 */
async function rankInIndex(
  db: Db,
  dialect: DialectName,
  viewer: Viewer,
  terms: string[],
  f: SearchFilters,
): Promise<{ rows: SearchRow[]; broad: boolean } | null> {
  const e = engine(dialect, terms, f.history);
  const k = f.limit * CANDIDATE_FACTOR;
  const matched = sql<number>`count(*) over ()`.as('matched');
  // FTS5 ranks inside the MATCH query; PostgreSQL ranks only the window (ts_rank reads each tsvector).
  const candidates =
    dialect === 'sqlite'
      ? await db
          .selectFrom(
            db
              .selectFrom('search_documents')
              .select([e.newest.as('key'), e.rank.as('score')])
              .where(e.matches)
              .orderBy(e.newest, 'desc')
              .limit(BROAD_QUERY_WINDOW + 1)
              .as('w'),
          )
          .select(['w.key', 'w.score', matched])
          .orderBy('w.score', 'desc')
          .limit(k)
          .execute()
      : await db
          .selectFrom(
            db
              .selectFrom('search_documents')
              .select(e.newest.as('key'))
              .where(e.matches)
              .orderBy(e.newest, 'desc')
              .limit(BROAD_QUERY_WINDOW + 1)
              .as('w'),
          )
          .innerJoin('search_documents', 'search_documents.entity_id', 'w.key')
          .select(['w.key', e.rank.as('score'), matched])
          .orderBy('score', 'desc')
          .limit(k)
          .execute();
  if (candidates.length === 0) return { rows: [], broad: false };
  const broad = Number(candidates[0]!.matched) > BROAD_QUERY_WINDOW;
  // FTS5 rows are found by rowid; reading entity_id costs a lookup, so only for the candidates.
  const entityOf =
    dialect === 'sqlite'
      ? new Map(
          (
            await sql<{
              key: number;
              entity_id: string;
            }>`SELECT rowid AS key, entity_id FROM search_documents WHERE rowid IN (${sql.join(candidates.map((c) => c.key))})`.execute(
              db,
            )
          ).rows.map((r) => [r.key, r.entity_id]),
        )
      : new Map(candidates.map((c) => [c.key, String(c.key)]));
  const score = new Map(candidates.map((c) => [entityOf.get(c.key as never)!, Number(c.score)]));
  const rows = await hits(db, viewer, [...score.keys()], f);
  if (rows.length >= f.limit || candidates.length < k) return { rows: ranked(rows, score, f.limit), broad };
  return null;
}

/**
 * With filters: the window is taken among the documents that pass them, so a filter never hides a
 * match. Today's exact scope is checked on the best candidates only (the index's `current` is a
 * superset, rarely larger than it), and in the window itself when too few candidates survive.
 */
async function rankFiltered(
  db: Db,
  dialect: DialectName,
  viewer: Viewer,
  terms: string[],
  f: SearchFilters,
  scopeInWindow = f.history,
): Promise<{ rows: SearchRow[]; broad: boolean }> {
  const e = engine(dialect, terms, f.history);
  let newest = db
    .selectFrom('search_documents')
    .innerJoin('policy_versions as v', 'v.id', 'search_documents.entity_id')
    .innerJoin('policies as p', 'p.id', 'v.policy_id')
    .select(['v.id as entity_id', (dialect === 'sqlite' ? e.rank : sql<number>`0`).as('score')])
    .where(e.matches)
    .where(visibleTo(viewer))
    .orderBy(e.newest, 'desc')
    .limit(BROAD_QUERY_WINDOW + 1);
  if (!f.history && scopeInWindow) newest = newest.where(inDefaultScope(f.today));
  if (f.areaIds) newest = newest.where('p.area_id', 'in', f.areaIds.length ? f.areaIds : ['']);
  if (f.policyIds) newest = newest.where('p.id', 'in', f.policyIds.length ? f.policyIds : ['']);
  if (f.status) newest = newest.where(policyStatusIs(f.status, f.today));
  if (f.from) newest = newest.where('v.effective_date', '>=', f.from);
  if (f.to) newest = newest.where('v.effective_date', '<=', f.to);
  const k = scopeInWindow ? f.limit : f.limit * CANDIDATE_FACTOR;
  const matched = sql<number>`count(*) over ()`.as('matched');
  const best =
    dialect === 'sqlite'
      ? await db
          .selectFrom(newest.as('w'))
          .select(['w.entity_id', 'w.score', matched])
          .orderBy('w.score', 'desc')
          .limit(k)
          .execute()
      : await db
          .selectFrom(newest.as('w'))
          .innerJoin('search_documents', 'search_documents.entity_id', 'w.entity_id')
          .select(['w.entity_id', e.rank.as('score'), matched])
          .orderBy('score', 'desc')
          .limit(k)
          .execute();
  const score = new Map(best.map((b) => [b.entity_id, Number(b.score)]));
  const rows = await hits(db, viewer, [...score.keys()], scopeInWindow ? { ...f, history: true } : f);
  if (!scopeInWindow && rows.length < f.limit && best.length === k)
    return rankFiltered(db, dialect, viewer, terms, f, true);
  return { rows: ranked(rows, score, f.limit), broad: Number(best[0]?.matched ?? 0) > BROAD_QUERY_WINDOW };
}

/**
 * Ranked matches the viewer may see, in today's scope unless `history`: FTS5 bm25 on SQLite,
 * ts_rank on PostgreSQL; filters, visibility and scope are the same Kysely query on both.
 */
export async function search(
  scope: DbScope,
  dialect: DialectName,
  viewer: Viewer,
  terms: string[],
  f: SearchFilters,
): Promise<{ rows: SearchRow[]; broad: boolean }> {
  const db = queryBuilder(scope);
  if (!hasFilters(f)) {
    const fast = await rankInIndex(db, dialect, viewer, terms, f);
    if (fast) return fast;
  }
  return rankFiltered(db, dialect, viewer, terms, f);
}

/** How many best matches of another kind of record are ranked before the caller's visibility filter. */
const RECORD_CANDIDATES = 200;

/**
 * The best matches among another kind of record indexed beside the policy versions (scope = kind,
 * e.g. 'decision'), best first: the same engines and ranking as the library's search.
 */
export async function searchRecords(
  scope: DbScope,
  dialect: DialectName,
  kind: 'decision',
  terms: string[],
): Promise<{ entityId: string; score: number }[]> {
  const db = queryBuilder(scope);
  if (dialect === 'sqlite') {
    const match = `{title body} : (${fts5Query(terms)}) AND scope : ${kind}`;
    const { rows } = await sql<{ entity_id: string; score: number }>`
      SELECT entity_id, -bm25(search_documents, 0, 0, 10.0, 1.0, 0) AS score FROM search_documents
      WHERE search_documents MATCH ${match} ORDER BY score DESC LIMIT ${RECORD_CANDIDATES}`.execute(db);
    return rows.map((r) => ({ entityId: r.entity_id, score: Number(r.score) }));
  }
  const query = tsQuery(terms);
  const { rows } = await sql<{ entity_id: string; score: number }>`
    SELECT entity_id, ts_rank(tsv, to_tsquery('english', ${query})) AS score FROM search_documents
    WHERE scope = ${kind} AND tsv @@ to_tsquery('english', ${query})
    ORDER BY score DESC LIMIT ${RECORD_CANDIDATES}`.execute(db);
  return rows.map((r) => ({ entityId: r.entity_id, score: Number(r.score) }));
}
