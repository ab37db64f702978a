import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { PoliciesTable, PolicyAreasTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, visibleToUser, type Viewer } from './policy-visibility.query.js';
import { policyStatusIs } from './policy-status.query.js';
import { containsPattern } from '../../db/like.js';

export type { Viewer };

export type PolicyRow = PoliciesTable & { area_name: string; team_name: string | null };

function withNames(db: Db) {
  return db
    .selectFrom('policies as p')
    .innerJoin('policy_areas as a', 'a.id', 'p.area_id')
    .leftJoin('teams as t', 't.id', 'p.owning_team_id')
    .selectAll('p')
    .select(['a.name as area_name', 't.name as team_name']);
}

export async function findVisible(
  scope: DbScope,
  viewer: Viewer,
  ref: { id: string } | { slug: string },
): Promise<PolicyRow | undefined> {
  const db = queryBuilder(scope);
  let query = withNames(db).where(visibleTo(viewer));
  query = 'id' in ref ? query.where('p.id', '=', ref.id) : query.where('p.slug', '=', ref.slug);
  return query.executeTakeFirst();
}

export async function findBySlug(scope: DbScope, slug: string): Promise<PoliciesTable | undefined> {
  const db = queryBuilder(scope);
  return db.selectFrom('policies').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Every slug in use that starts with this prefix, whoever may see its policy (to suggest a free one). */
export async function slugsStartingWith(scope: DbScope, prefix: string): Promise<Set<string>> {
  const db = queryBuilder(scope);
  const rows = await db.selectFrom('policies').select('slug').where('slug', 'like', `${prefix}%`).execute();
  return new Set(rows.map((r) => r.slug));
}

/** Of these ids or slugs, the policies the viewer may see, with their area and team names: one query. */
export async function findVisibleMany(
  scope: DbScope,
  viewer: Viewer,
  by: 'id' | 'slug',
  values: string[],
): Promise<PolicyRow[]> {
  const db = queryBuilder(scope);
  if (values.length === 0) return [];
  return withNames(db).where(visibleTo(viewer)).where(`p.${by}`, 'in', values).execute();
}

/**
 * Of these people (each with their viewer: null for admins), the ones who may see the policy: one
 * query for everyone, the need-to-know rule asked per person inside it.
 */
export async function usersWhoCanSee(
  scope: DbScope,
  policyId: string,
  people: { id: string; viewer: Viewer }[],
): Promise<Set<string>> {
  const db = queryBuilder(scope);
  if (people.length === 0) return new Set();
  const seeAll = people.filter((p) => p.viewer === null).map((p) => p.id);
  const others = people.filter((p) => p.viewer !== null).map((p) => p.id);
  const policy = db.selectFrom('policies as p').select('p.id').where('p.id', '=', policyId);
  const rows = await db
    .selectFrom('users as u')
    .select('u.id')
    .where((eb) =>
      eb.or([
        eb.and([eb('u.id', 'in', seeAll.length ? seeAll : ['']), eb.exists(policy)]),
        eb.and([
          eb('u.id', 'in', others.length ? others : ['']),
          eb.exists(policy.where((pb) => visibleToUser(pb, sql.ref<string>('u.id')))),
        ]),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

export interface PolicyFilter {
  areaIds?: string[];
  status?: string;
  /** The day a `live` / `scheduled` status filter is read on (YYYY-MM-DD, UTC). */
  today?: string;
  tag?: string;
  q?: string;
}

/** Where a page of the list starts: after this (title, id), the list's order. */
export interface PolicyListPosition {
  title: string;
  id: string;
}

/**
 * Visible policies matching the filter, by title then id, `limit` rows after `after`: every
 * condition is in the query, so a page is never cut short by a filter applied afterwards.
 */
export async function list(
  scope: DbScope,
  viewer: Viewer,
  filter: PolicyFilter,
  page: { after: PolicyListPosition | null; limit: number },
): Promise<PolicyRow[]> {
  const db = queryBuilder(scope);
  let query = withNames(db).where(visibleTo(viewer)).orderBy('p.title').orderBy('p.id').limit(page.limit);
  const { after } = page;
  if (after) query = query.where((eb) => eb(eb.refTuple('p.title', 'p.id'), '>', eb.tuple(after.title, after.id)));
  if (filter.areaIds) query = query.where('p.area_id', 'in', filter.areaIds.length ? filter.areaIds : ['']);
  if (filter.status) query = query.where(policyStatusIs(filter.status, filter.today ?? ''));
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where(sql<boolean>`(lower(p.title) like ${like} escape '\\' or p.slug like ${like} escape '\\')`);
  }
  const { tag } = filter;
  if (tag)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('policy_tags as pt')
          .select('pt.tag')
          .whereRef('pt.policy_id', '=', 'p.id')
          .where('pt.tag', '=', tag),
      ),
    );
  return query.execute();
}

/** Keeps `policy_tags` (what tag filters read) equal to a policy's JSON tags. */
async function replaceTags(db: Db, policyId: string, tagsJson: string): Promise<void> {
  await db.deleteFrom('policy_tags').where('policy_id', '=', policyId).execute();
  const tags = [...new Set(JSON.parse(tagsJson) as string[])];
  if (tags.length)
    await db
      .insertInto('policy_tags')
      .values(tags.map((tag) => ({ policy_id: policyId, tag })))
      .execute();
}

export async function insert(scope: DbScope, row: PoliciesTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('policies').values(row).execute();
  await replaceTags(db, row.id, row.tags);
}

export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<PoliciesTable>,
): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('policies')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  const updated = Number(result.numUpdatedRows) === 1;
  if (updated && patch.tags !== undefined) await replaceTags(db, id, patch.tags);
  return updated;
}

/** Workflow bookkeeping (status follows the versions); not a user edit, so no version bump. */
export async function setStatus(scope: DbScope, id: string, status: string, now: string): Promise<void> {
  const db = queryBuilder(scope);
  await db.updateTable('policies').set({ status, updated_at: now }).where('id', '=', id).execute();
}

export async function people(
  scope: DbScope,
  table: 'policy_owners' | 'policy_members',
  policyId: string,
): Promise<{ id: string; name: string }[]> {
  const db = queryBuilder(scope);
  return db
    .selectFrom(`${table} as x`)
    .innerJoin('users as u', 'u.id', 'x.user_id')
    .select(['u.id', 'u.name'])
    .where('x.policy_id', '=', policyId)
    .orderBy('u.name')
    .execute();
}

export async function replacePeople(
  scope: DbScope,
  table: 'policy_owners' | 'policy_members',
  policyId: string,
  userIds: string[],
): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom(table).where('policy_id', '=', policyId).execute();
  const unique = [...new Set(userIds)];
  if (unique.length)
    await db
      .insertInto(table)
      .values(unique.map((user_id) => ({ policy_id: policyId, user_id })))
      .execute();
}

export async function existingUserIds(scope: DbScope, ids: string[]): Promise<Set<string>> {
  const db = queryBuilder(scope);
  if (ids.length === 0) return new Set();
  return new Set((await db.selectFrom('users').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
}

export async function teamExists(scope: DbScope, id: string): Promise<boolean> {
  const db = queryBuilder(scope);
  return !!(await db.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst());
}

// ---- areas ----

export async function listAreas(scope: DbScope): Promise<PolicyAreasTable[]> {
  const db = queryBuilder(scope);
  return db.selectFrom('policy_areas').selectAll().orderBy('name').execute();
}

export async function visibleCountsByArea(scope: DbScope, viewer: Viewer): Promise<Map<string, number>> {
  const db = queryBuilder(scope);
  const rows = await db
    .selectFrom('policies as p')
    .select(['p.area_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where(visibleTo(viewer))
    .groupBy('p.area_id')
    .execute();
  return new Map(rows.map((r) => [r.area_id, Number(r.n)]));
}

export async function findArea(scope: DbScope, id: string): Promise<PolicyAreasTable | undefined> {
  const db = queryBuilder(scope);
  return db.selectFrom('policy_areas').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAreaByName(scope: DbScope, name: string): Promise<PolicyAreasTable | undefined> {
  const db = queryBuilder(scope);
  return db.selectFrom('policy_areas').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertArea(scope: DbScope, row: PolicyAreasTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('policy_areas').values(row).execute();
}

export async function updateAreaVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<PolicyAreasTable>,
): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('policy_areas')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteAreaVersioned(scope: DbScope, id: string, expectedVersion: number): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .deleteFrom('policy_areas')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** What an area holds: its sub-areas, the policies in it the viewer may see, and all its policies. */
export async function areaContents(
  scope: DbScope,
  id: string,
  viewer: Viewer,
): Promise<{ subAreas: number; visiblePolicies: number; policies: number }> {
  const db = queryBuilder(scope);
  const [subAreas, visible, all] = await Promise.all([
    db
      .selectFrom('policy_areas')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirst(),
    db
      .selectFrom('policies as p')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.area_id', '=', id)
      .where(visibleTo(viewer))
      .executeTakeFirst(),
    db
      .selectFrom('policies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('area_id', '=', id)
      .executeTakeFirst(),
  ]);
  return {
    subAreas: Number(subAreas?.n ?? 0),
    visiblePolicies: Number(visible?.n ?? 0),
    policies: Number(all?.n ?? 0),
  };
}

/** Visible policies having some version whose text contains the needle (candidates for "referenced by"). */
export async function visibleWithVersionContaining(
  scope: DbScope,
  viewer: Viewer,
  needle: string,
): Promise<{ policy: PolicyRow; versionIds: string[] }[]> {
  const db = queryBuilder(scope);
  const like = `%${needle}%`;
  const rows = await withNames(db)
    .innerJoin('policy_versions as v', 'v.policy_id', 'p.id')
    .select('v.id as version_id')
    .where(visibleTo(viewer))
    .where('v.body', 'like', like)
    .execute();
  const byPolicy = new Map<string, { policy: PolicyRow; versionIds: string[] }>();
  for (const { version_id, ...policy } of rows) {
    const entry = byPolicy.get(policy.id) ?? { policy, versionIds: [] };
    entry.versionIds.push(version_id);
    byPolicy.set(policy.id, entry);
  }
  return [...byPolicy.values()];
}

/** Of these ids, the policies the viewer may see: for collaboration's titles and links. */
export async function findVisibleTitles(
  scope: DbScope,
  viewer: Viewer,
  ids: string[],
): Promise<{ id: string; slug: string; title: string }[]> {
  const db = queryBuilder(scope);
  if (ids.length === 0) return [];
  return db
    .selectFrom('policies as p')
    .select(['p.id', 'p.slug', 'p.title'])
    .where(visibleTo(viewer))
    .where('p.id', 'in', ids)
    .execute();
}
