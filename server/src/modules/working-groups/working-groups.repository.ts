import type { Insertable, Selectable } from 'kysely';
import { queryBuilder, type DbScope } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';
import type {
  WorkingGroupLinksTable,
  WorkingGroupMembersTable,
  WorkingGroupsTable,
} from '../../db/working-groups-schema.js';

export type GroupRow = Selectable<WorkingGroupsTable>;
export type MemberRow = Selectable<WorkingGroupMembersTable>;
export type GroupLinkRow = Selectable<WorkingGroupLinksTable>;

export async function findGroup(scope: DbScope, id: string): Promise<GroupRow | undefined> {
  return queryBuilder(scope).selectFrom('working_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listGroups(scope: DbScope, status: string | undefined): Promise<GroupRow[]> {
  let query = queryBuilder(scope).selectFrom('working_groups').selectAll();
  if (status) query = query.where('status', '=', status);
  return query.orderBy('name').orderBy('id').execute();
}

export async function groupsByIds(scope: DbScope, ids: string[]): Promise<GroupRow[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope).selectFrom('working_groups').selectAll().where('id', 'in', ids).execute();
}

export async function insertGroup(scope: DbScope, row: Insertable<WorkingGroupsTable>): Promise<void> {
  await queryBuilder(scope).insertInto('working_groups').values(row).execute();
}

/** Saves at the version read; false when someone else saved first. */
export async function updateGroupVersioned(scope: DbScope, row: GroupRow, readVersion: number): Promise<boolean> {
  const { id, ...fields } = row;
  const result = await queryBuilder(scope)
    .updateTable('working_groups')
    .set({ ...fields, version: readVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function membersOf(scope: DbScope, groupIds: string[]): Promise<MemberRow[]> {
  if (groupIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('working_group_members')
    .selectAll()
    .where('working_group_id', 'in', groupIds)
    .orderBy('position')
    .execute();
}

export async function replaceMembers(
  scope: DbScope,
  groupId: string,
  members: { stakeholderId: string; role: string }[],
): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('working_group_members').where('working_group_id', '=', groupId).execute();
  if (members.length === 0) return;
  await db
    .insertInto('working_group_members')
    .values(
      members.map((m, position) => ({
        working_group_id: groupId,
        stakeholder_id: m.stakeholderId,
        role: m.role,
        position,
      })),
    )
    .execute();
}

export async function linksOf(scope: DbScope, groupIds: string[]): Promise<GroupLinkRow[]> {
  if (groupIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('working_group_links')
    .selectAll()
    .where('working_group_id', 'in', groupIds)
    .orderBy('position')
    .execute();
}

export async function replaceLinks(
  scope: DbScope,
  groupId: string,
  links: { kind: string; id: string }[],
): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('working_group_links').where('working_group_id', '=', groupId).execute();
  if (links.length === 0) return;
  await db
    .insertInto('working_group_links')
    .values(links.map((l, position) => ({ working_group_id: groupId, kind: l.kind, target_id: l.id, position })))
    .execute();
}

/** Groups a stakeholder is a member of (any role). */
export async function groupIdsOfMember(scope: DbScope, stakeholderId: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('working_group_members')
    .select('working_group_id')
    .where('stakeholder_id', '=', stakeholderId)
    .execute();
  return rows.map((r) => r.working_group_id);
}

/** Launches of these CRs, or of CRs targeting these policies, on or after a date (recent launches). */
export async function launchesSince(
  scope: DbScope,
  viewer: Viewer,
  input: { changeRequestIds: string[]; policyIds: string[]; since: string | null; until: string },
): Promise<{ id: string; number: number; title: string; effective_date: string; launched_at: string | null }[]> {
  if (input.changeRequestIds.length === 0 && input.policyIds.length === 0) return [];
  let query = queryBuilder(scope)
    .selectFrom('change_request_launches as l')
    .innerJoin('change_requests as cr', 'cr.id', 'l.change_request_id')
    .select(['cr.id', 'cr.number', 'cr.title', 'l.effective_date', 'l.launched_at'])
    .where((eb) => {
      const ors = [];
      if (input.changeRequestIds.length > 0) ors.push(eb('cr.id', 'in', input.changeRequestIds));
      if (input.policyIds.length > 0) ors.push(eb('cr.target_policy_id', 'in', input.policyIds));
      return eb.or(ors);
    })
    // A launch on a policy the caller may not see is left out (need-to-know).
    .where((eb) =>
      eb.or([
        eb('cr.target_policy_id', 'is', null),
        eb('cr.target_policy_id', 'in', eb.selectFrom('policies as p').select('p.id').where(visibleTo(viewer))),
      ]),
    )
    .where('l.launched_at', 'is not', null)
    .where('l.launched_at', '<=', input.until);
  if (input.since) query = query.where('l.launched_at', '>=', input.since);
  return query.orderBy('l.launched_at').execute();
}

/** Milestones of these initiatives not done and due by a date (overdue ones included). */
export async function milestonesDue(
  scope: DbScope,
  initiativeIds: string[],
  dueBy: string,
): Promise<{ id: string; initiative_id: string; title: string; date: string; initiative_title: string }[]> {
  if (initiativeIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('initiative_milestones as m')
    .innerJoin('initiatives as i', 'i.id', 'm.initiative_id')
    .select(['m.id', 'm.initiative_id', 'm.title', 'm.date', 'i.title as initiative_title'])
    .where('m.initiative_id', 'in', initiativeIds)
    .where('m.date', '<=', dueBy)
    .where('m.done_on', 'is', null)
    .orderBy('m.date')
    .execute();
}
