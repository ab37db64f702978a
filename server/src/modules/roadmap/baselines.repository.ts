import type { RoadmapBaselinesTable } from '../../db/roadmap-baselines-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';

/**
 * Roadmap baselines: the stored snapshots (insert and delete only) and the lean reads a snapshot is
 * built from, each joined on the year's span like the year view (roadmap-year.repository.ts).
 */
export interface YearSpan {
  start: string;
  end: string;
}

export type BaselineMeta = Omit<RoadmapBaselinesTable, 'snapshot'> & { created_by_name: string | null };

const META = [
  'b.id',
  'b.year_key',
  'b.name',
  'b.kind',
  'b.period',
  'b.initiative_count',
  'b.milestone_count',
  'b.key_result_count',
  'b.created_by',
  'b.created_at',
] as const;

function metas(scope: DbScope) {
  return queryBuilder(scope)
    .selectFrom('roadmap_baselines as b')
    .leftJoin('users as u', 'u.id', 'b.created_by')
    .select([...META, 'u.name as created_by_name']);
}

export async function listOfYear(scope: DbScope, yearKey: string): Promise<BaselineMeta[]> {
  return metas(scope)
    .where('b.year_key', '=', yearKey)
    .orderBy('b.created_at', 'desc')
    .orderBy('b.id', 'desc')
    .execute();
}

export async function findMeta(scope: DbScope, yearKey: string, id: string): Promise<BaselineMeta | undefined> {
  return metas(scope).where('b.year_key', '=', yearKey).where('b.id', '=', id).executeTakeFirst();
}

/** The latest baseline of the year taken before `before` (an ISO instant, exclusive). */
export async function latestBefore(scope: DbScope, yearKey: string, before: string): Promise<BaselineMeta | undefined> {
  return metas(scope)
    .where('b.year_key', '=', yearKey)
    .where('b.created_at', '<', before)
    .orderBy('b.created_at', 'desc')
    .orderBy('b.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function snapshotOf(scope: DbScope, id: string): Promise<string | undefined> {
  const row = await queryBuilder(scope)
    .selectFrom('roadmap_baselines')
    .select('snapshot')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.snapshot;
}

export async function hasAutomatic(scope: DbScope, yearKey: string, period: string): Promise<boolean> {
  const row = await queryBuilder(scope)
    .selectFrom('roadmap_baselines')
    .select('id')
    .where('year_key', '=', yearKey)
    .where('kind', '=', 'automatic')
    .where('period', '=', period)
    .executeTakeFirst();
  return row !== undefined;
}

/** Inserts; an automatic baseline whose (year, kind, period) exists already is skipped. True when inserted. */
export async function insert(scope: DbScope, row: RoadmapBaselinesTable): Promise<boolean> {
  const result = await queryBuilder(scope)
    .insertInto('roadmap_baselines')
    .values(row)
    .onConflict((oc) => oc.columns(['year_key', 'kind', 'period']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function remove(scope: DbScope, id: string): Promise<void> {
  await queryBuilder(scope).deleteFrom('roadmap_baselines').where('id', '=', id).execute();
}

// ---- What a snapshot is built from ---------------------------------------------------------------

export async function initiatives(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiatives as i')
    .select(['i.id', 'i.title', 'i.owner_id', 'i.status', 'i.start_date', 'i.end_date'])
    .where('i.end_date', '>=', span.start)
    .where('i.start_date', '<=', span.end)
    .orderBy('i.id')
    .execute();
}

export async function milestones(scope: DbScope, span: YearSpan) {
  return queryBuilder(scope)
    .selectFrom('initiative_milestones as m')
    .innerJoin('initiatives as i', 'i.id', 'm.initiative_id')
    .select(['m.id', 'm.initiative_id', 'm.title', 'm.date'])
    .where('i.end_date', '>=', span.start)
    .where('i.start_date', '<=', span.end)
    .orderBy('m.id')
    .execute();
}

type LinkTable = 'initiative_areas' | 'initiative_teams' | 'initiative_policies';
const LINK_COLUMN = {
  initiative_areas: 'area_id',
  initiative_teams: 'team_id',
  initiative_policies: 'policy_id',
} as const;

/** (initiative, linked id) pairs of one link table, for the year's initiatives. */
export async function links(scope: DbScope, span: YearSpan, table: LinkTable): Promise<[string, string][]> {
  const rows = await queryBuilder(scope)
    .selectFrom(`${table} as l` as 'initiative_areas as l')
    .innerJoin('initiatives as i', 'i.id', 'l.initiative_id')
    .select(['l.initiative_id', `l.${LINK_COLUMN[table]} as ref` as 'l.area_id as ref'])
    .where('i.end_date', '>=', span.start)
    .where('i.start_date', '<=', span.end)
    .execute();
  return rows.map((r) => [r.initiative_id, r.ref]);
}

// ---- Names for a comparison ------------------------------------------------------------------------

const CHUNK = 500;

async function chunked<T>(ids: string[], read: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

export function peopleNames(scope: DbScope, ids: string[]) {
  return chunked(ids, (part) =>
    queryBuilder(scope).selectFrom('users').select(['id', 'name']).where('id', 'in', part).execute(),
  );
}

export function areaNames(scope: DbScope, ids: string[]) {
  return chunked(ids, (part) =>
    queryBuilder(scope).selectFrom('policy_areas').select(['id', 'name']).where('id', 'in', part).execute(),
  );
}

export function teamNames(scope: DbScope, ids: string[]) {
  return chunked(ids, (part) =>
    queryBuilder(scope).selectFrom('teams').select(['id', 'name']).where('id', 'in', part).execute(),
  );
}

/** Of these policies, the ones the viewer may see, with their titles. */
export function visiblePolicyNames(scope: DbScope, viewer: Viewer, ids: string[]) {
  return chunked(ids, (part) =>
    queryBuilder(scope)
      .selectFrom('policies as p')
      .select(['p.id', 'p.title as name'])
      .where('p.id', 'in', part)
      .where(visibleTo(viewer))
      .execute(),
  );
}
