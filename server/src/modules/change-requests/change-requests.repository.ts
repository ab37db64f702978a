import { sql } from 'kysely';
import type {
  ChangeRequestEventsTable,
  ChangeRequestLinksTable,
  ChangeRequestSettingsTable,
  ChangeRequestSignOffsTable,
  ChangeRequestsTable,
} from '../../db/change-requests-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';
import { containsPattern } from '../../db/like.js';

export type CrRow = ChangeRequestsTable;
export type SignOffRow = ChangeRequestSignOffsTable & { person_name: string | null };

export interface CrFilters {
  stage?: string;
  lane?: string;
  ownerId?: string;
  type?: string;
  source?: string;
  q?: string;
  /** Only numbers below this (the cursor). */
  beforeNumber?: number;
  stages?: readonly string[];
}

/** CRs the viewer may see: a CR on a restricted policy shows only to those who may see the policy. */
function visibleCrs(scope: DbScope, viewer: Viewer) {
  return queryBuilder(scope)
    .selectFrom('change_requests as c')
    .selectAll('c')
    .where((eb) =>
      eb.or([
        eb('c.target_policy_id', 'is', null),
        eb('c.target_policy_id', 'in', eb.selectFrom('policies as p').select('p.id').where(visibleTo(viewer))),
      ]),
    );
}

export async function findVisible(scope: DbScope, viewer: Viewer, id: string): Promise<CrRow | undefined> {
  return visibleCrs(scope, viewer).where('c.id', '=', id).executeTakeFirst();
}

export async function findById(scope: DbScope, id: string): Promise<CrRow | undefined> {
  return queryBuilder(scope).selectFrom('change_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function list(scope: DbScope, viewer: Viewer, filters: CrFilters, limit?: number): Promise<CrRow[]> {
  let query = visibleCrs(scope, viewer).orderBy('c.number', 'desc');
  if (filters.stage) query = query.where('c.stage', '=', filters.stage);
  if (filters.stages) query = query.where('c.stage', 'in', [...filters.stages]);
  if (filters.lane) query = query.where('c.lane', '=', filters.lane);
  if (filters.ownerId) query = query.where('c.owner_id', '=', filters.ownerId);
  if (filters.type) query = query.where('c.type', '=', filters.type);
  if (filters.source) query = query.where('c.source', '=', filters.source);
  if (filters.q) {
    const like = containsPattern(filters.q);
    query = query.where(sql<boolean>`lower(c.title) like ${like} escape '\\'`);
  }
  if (filters.beforeNumber !== undefined) query = query.where('c.number', '<', filters.beforeNumber);
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

/** Every CR in one stage, oldest first (the queue's tie order), whoever may see them. */
export async function inStage(scope: DbScope, viewer: Viewer, stage: string): Promise<CrRow[]> {
  return visibleCrs(scope, viewer).where('c.stage', '=', stage).orderBy('c.created_at').orderBy('c.id').execute();
}

export async function nextNumber(scope: DbScope): Promise<number> {
  const row = await queryBuilder(scope)
    .selectFrom('change_requests')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insert(scope: DbScope, row: CrRow): Promise<void> {
  await queryBuilder(scope).insertInto('change_requests').values(row).execute();
}

/** `UPDATE … WHERE version = ?`: false when someone else changed it first. */
export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<CrRow>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('change_requests')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function clearPlacements(scope: DbScope, ids: string[], now: string): Promise<void> {
  if (ids.length === 0) return;
  await queryBuilder(scope)
    .updateTable('change_requests')
    .set({ placement_after_id: null, placement_reason: null, placement_by: null, placement_at: null, updated_at: now })
    .where('id', 'in', ids)
    .execute();
}

export async function signOffsOf(scope: DbScope, ids: string[]): Promise<SignOffRow[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('change_request_sign_offs as s')
    .leftJoin('users as u', 'u.id', 's.person_id')
    .selectAll('s')
    .select('u.name as person_name')
    .where('s.change_request_id', 'in', ids)
    .orderBy('s.at')
    .orderBy('s.id')
    .execute();
}

export async function insertSignOff(scope: DbScope, row: ChangeRequestSignOffsTable): Promise<void> {
  await queryBuilder(scope).insertInto('change_request_sign_offs').values(row).execute();
}

export async function resetSignOffs(scope: DbScope, ids: string[], at: string, reason: string): Promise<void> {
  if (ids.length === 0) return;
  await queryBuilder(scope)
    .updateTable('change_request_sign_offs')
    .set({ reset_at: at, reset_reason: reason })
    .where('id', 'in', ids)
    .execute();
}

export async function insertEvent(scope: DbScope, row: ChangeRequestEventsTable): Promise<void> {
  await queryBuilder(scope).insertInto('change_request_events').values(row).execute();
}

export async function linksOf(scope: DbScope, ids: string[]): Promise<ChangeRequestLinksTable[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('change_request_links')
    .selectAll()
    .where('change_request_id', 'in', ids)
    .orderBy('kind')
    .orderBy('position')
    .execute();
}

export async function replaceLinks(
  scope: DbScope,
  id: string,
  kind: string,
  rows: ChangeRequestLinksTable[],
): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('change_request_links').where('change_request_id', '=', id).where('kind', '=', kind).execute();
  if (rows.length > 0) await db.insertInto('change_request_links').values(rows).execute();
}

export async function existingIds(
  scope: DbScope,
  table: 'initiatives' | 'change_requests' | 'surfaces' | 'markets',
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryBuilder(scope)
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function peopleNames(scope: DbScope, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await queryBuilder(scope).selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function activeUser(scope: DbScope, id: string): Promise<{ id: string; role: string } | undefined> {
  return queryBuilder(scope)
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
}

export async function policiesByIds(
  scope: DbScope,
  ids: string[],
): Promise<Map<string, { id: string; slug: string; title: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await queryBuilder(scope)
    .selectFrom('policies')
    .select(['id', 'slug', 'title'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function visiblePolicy(scope: DbScope, viewer: Viewer, id: string): Promise<boolean> {
  const row = await queryBuilder(scope)
    .selectFrom('policies as p')
    .select('p.id')
    .where('p.id', '=', id)
    .where(visibleTo(viewer))
    .executeTakeFirst();
  return row !== undefined;
}

export async function versionOfPolicy(
  scope: DbScope,
  versionId: string,
): Promise<{ policy_id: string; state: string } | undefined> {
  return queryBuilder(scope)
    .selectFrom('policy_versions')
    .select(['policy_id', 'state'])
    .where('id', '=', versionId)
    .executeTakeFirst();
}

/** The policy's draft, if it has one (a CR may take up a draft the library already started). */
export async function draftOfPolicy(scope: DbScope, policyId: string): Promise<{ id: string } | undefined> {
  return queryBuilder(scope)
    .selectFrom('policy_versions')
    .select('id')
    .where('policy_id', '=', policyId)
    .where('state', '=', 'draft')
    .executeTakeFirst();
}

/** Functions of the teams a person belongs to (legal, moderation_ops, …). */
export async function teamFunctionsOf(scope: DbScope, userId: string): Promise<Set<string>> {
  const rows = await queryBuilder(scope)
    .selectFrom('team_members as m')
    .innerJoin('teams as t', 't.id', 'm.team_id')
    .select('t.function')
    .where('m.user_id', '=', userId)
    .execute();
  return new Set(rows.map((r) => r.function));
}

/** Of these policies, the ones the person owns. */
export async function ownedPolicyIds(scope: DbScope, userId: string): Promise<Set<string>> {
  const rows = await queryBuilder(scope)
    .selectFrom('policy_owners')
    .select('policy_id')
    .where('user_id', '=', userId)
    .execute();
  return new Set(rows.map((r) => r.policy_id));
}

export async function settings(scope: DbScope): Promise<ChangeRequestSettingsTable | undefined> {
  return queryBuilder(scope)
    .selectFrom('change_request_settings')
    .selectAll()
    .where('id', '=', 'workspace')
    .executeTakeFirst();
}

export async function insertSettings(scope: DbScope, row: ChangeRequestSettingsTable): Promise<void> {
  await queryBuilder(scope).insertInto('change_request_settings').values(row).execute();
}

export async function updateSettingsVersioned(
  scope: DbScope,
  expectedVersion: number,
  patch: Omit<ChangeRequestSettingsTable, 'id' | 'version'>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('change_request_settings')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', 'workspace')
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Of these CRs, the ones the viewer may see. */
export async function visibleByIds(scope: DbScope, viewer: Viewer, ids: string[]): Promise<CrRow[]> {
  if (ids.length === 0) return [];
  return visibleCrs(scope, viewer)
    .where('c.id', 'in', [...new Set(ids)])
    .execute();
}

/** Active people who hold a sign-off role through a team of that function. */
export async function activeMembersOfFunction(scope: DbScope, fn: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('team_members as m')
    .innerJoin('teams as t', 't.id', 'm.team_id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('m.user_id')
    .where('t.function', '=', fn)
    .where('u.status', '=', 'active')
    .execute();
  return [...new Set(rows.map((r) => r.user_id))];
}

/** The owners of a policy. */
export async function policyOwnerIds(scope: DbScope, policyId: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('policy_owners')
    .select('user_id')
    .where('policy_id', '=', policyId)
    .execute();
  return rows.map((r) => r.user_id);
}

/** Active people with this workspace role. */
export async function activeUsersWithRole(scope: DbScope, role: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('users')
    .select('id')
    .where('role', '=', role)
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => r.id);
}
