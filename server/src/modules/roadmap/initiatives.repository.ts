import type { Db } from '../../db/database.js';
import type { InitiativesTable } from '../../db/roadmap-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';

export type InitiativeRow = InitiativesTable & {
  owner_name: string;
  override_by_name: string | null;
  created_by_name: string | null;
};

export function withNames(db: Db) {
  return db
    .selectFrom('initiatives as i')
    .innerJoin('users as o', 'o.id', 'i.owner_id')
    .leftJoin('users as ob', 'ob.id', 'i.progress_override_by')
    .leftJoin('users as cb', 'cb.id', 'i.created_by')
    .selectAll('i')
    .select(['o.name as owner_name', 'ob.name as override_by_name', 'cb.name as created_by_name']);
}

export async function findById(scope: DbScope, id: string): Promise<InitiativeRow | undefined> {
  return withNames(queryBuilder(scope)).where('i.id', '=', id).executeTakeFirst();
}

export async function findManyById(scope: DbScope, ids: string[]): Promise<InitiativeRow[]> {
  if (ids.length === 0) return [];
  return withNames(queryBuilder(scope)).where('i.id', 'in', ids).execute();
}

/**
 * Takes the initiative's row lock before a change that must see its current span and milestones
 * (PostgreSQL: concurrent editors of one initiative then go one at a time). False: no such initiative.
 */
export async function lockForChange(scope: DbScope, id: string): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('initiatives')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insert(scope: DbScope, row: InitiativesTable): Promise<void> {
  await queryBuilder(scope).insertInto('initiatives').values(row).execute();
}

export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<InitiativesTable>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('initiatives')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Figures the server derives (progress, update schedule, milestone counts): no version change. */
export async function setDerived(scope: DbScope, id: string, patch: Partial<InitiativesTable>): Promise<void> {
  await queryBuilder(scope).updateTable('initiatives').set(patch).where('id', '=', id).execute();
}

export async function deleteVersioned(scope: DbScope, id: string, expectedVersion: number): Promise<boolean> {
  const result = await queryBuilder(scope)
    .deleteFrom('initiatives')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export interface ChildRow {
  id: string;
  title: string;
  status: string;
  effort_weeks: number | null;
  derived_progress: number;
  progress_override: number | null;
}

export async function childrenOf(scope: DbScope, parentId: string): Promise<ChildRow[]> {
  return queryBuilder(scope)
    .selectFrom('initiatives')
    .select(['id', 'title', 'status', 'effort_weeks', 'derived_progress', 'progress_override'])
    .where('parent_id', '=', parentId)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
}

export async function parentOf(scope: DbScope, id: string): Promise<string | null | undefined> {
  const row = await queryBuilder(scope)
    .selectFrom('initiatives')
    .select('parent_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? row.parent_id : undefined;
}

export async function titleOf(scope: DbScope, id: string): Promise<string | undefined> {
  const row = await queryBuilder(scope)
    .selectFrom('initiatives')
    .select('title')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.title;
}

export async function milestoneCounts(scope: DbScope, id: string): Promise<{ total: number; done: number }> {
  const db = queryBuilder(scope);
  const row = await db
    .selectFrom('initiative_milestones')
    .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.count<number>('done_on').as('done')])
    .where('initiative_id', '=', id)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), done: Number(row.done) };
}

// ---- Areas, teams and policies ------------------------------------------------------------------

type LinkTable = 'initiative_areas' | 'initiative_teams' | 'initiative_policies';
const LINK_COLUMN = {
  initiative_areas: 'area_id',
  initiative_teams: 'team_id',
  initiative_policies: 'policy_id',
} as const;

/** Replaces one kind of link of an initiative with these ids. */
export async function replaceLinks(
  scope: DbScope,
  table: LinkTable,
  initiativeId: string,
  ids: string[],
): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom(table).where('initiative_id', '=', initiativeId).execute();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const column = LINK_COLUMN[table];
  await db
    .insertInto(table)
    .values(unique.map((id) => ({ initiative_id: initiativeId, [column]: id }) as never))
    .execute();
}

/** Every linked policy id, visible or not: for the audit log and for keeping what an editor cannot see. */
export async function policyIdsOf(scope: DbScope, initiativeId: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('initiative_policies')
    .select('policy_id')
    .where('initiative_id', '=', initiativeId)
    .orderBy('policy_id')
    .execute();
  return rows.map((r) => r.policy_id);
}

async function namedLinks(
  scope: DbScope,
  kind: 'areas' | 'teams',
  initiativeIds: string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const out = new Map<string, { id: string; name: string }[]>();
  if (initiativeIds.length === 0) return out;
  const db = queryBuilder(scope);
  const rows =
    kind === 'areas'
      ? await db
          .selectFrom('initiative_areas as l')
          .innerJoin('policy_areas as a', 'a.id', 'l.area_id')
          .select(['l.initiative_id', 'a.id', 'a.name'])
          .where('l.initiative_id', 'in', initiativeIds)
          .orderBy('a.name')
          .execute()
      : await db
          .selectFrom('initiative_teams as l')
          .innerJoin('teams as t', 't.id', 'l.team_id')
          .select(['l.initiative_id', 't.id', 't.name'])
          .where('l.initiative_id', 'in', initiativeIds)
          .orderBy('t.name')
          .execute();
  for (const r of rows) {
    const list = out.get(r.initiative_id) ?? [];
    list.push({ id: r.id, name: r.name });
    out.set(r.initiative_id, list);
  }
  return out;
}

export const areasOf = (scope: DbScope, ids: string[]) => namedLinks(scope, 'areas', ids);
export const teamsOf = (scope: DbScope, ids: string[]) => namedLinks(scope, 'teams', ids);

/** The linked policies the viewer may see (the library's need-to-know rule, in the query). */
export async function visiblePoliciesOf(
  scope: DbScope,
  viewer: Viewer,
  initiativeId: string,
): Promise<{ id: string; slug: string; title: string; restricted: number }[]> {
  return queryBuilder(scope)
    .selectFrom('initiative_policies as l')
    .innerJoin('policies as p', 'p.id', 'l.policy_id')
    .select(['p.id', 'p.slug', 'p.title', 'p.restricted'])
    .where('l.initiative_id', '=', initiativeId)
    .where(visibleTo(viewer))
    .orderBy('p.title')
    .execute();
}

/** Of these ids, the policies the viewer may see. */
export async function visiblePolicyIds(scope: DbScope, viewer: Viewer, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryBuilder(scope)
    .selectFrom('policies as p')
    .select('p.id')
    .where('p.id', 'in', ids)
    .where(visibleTo(viewer))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function existingAreaIds(scope: DbScope, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryBuilder(scope).selectFrom('policy_areas').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function areaAndTeamIdsOf(
  scope: DbScope,
  initiativeId: string,
): Promise<{ areaIds: string[]; teamIds: string[] }> {
  const db = queryBuilder(scope);
  const [areas, teams] = await Promise.all([
    db
      .selectFrom('initiative_areas')
      .select('area_id')
      .where('initiative_id', '=', initiativeId)
      .orderBy('area_id')
      .execute(),
    db
      .selectFrom('initiative_teams')
      .select('team_id')
      .where('initiative_id', '=', initiativeId)
      .orderBy('team_id')
      .execute(),
  ]);
  return { areaIds: areas.map((a) => a.area_id), teamIds: teams.map((t) => t.team_id) };
}

/** Of these ids, the initiatives that exist, with their titles (for collaboration's links). */
export async function titlesOf(scope: DbScope, ids: string[]): Promise<{ id: string; title: string }[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope).selectFrom('initiatives').select(['id', 'title']).where('id', 'in', ids).execute();
}
