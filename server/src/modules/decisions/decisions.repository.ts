import { sql, type ExpressionBuilder } from 'kysely';
import type { DecisionEventsTable, DecisionsTable } from '../../db/decisions-schema.js';
import { containsPattern } from '../../db/like.js';
import type { Database } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';

export type DecisionRow = DecisionsTable;
export type DecisionEventRow = DecisionEventsTable & { actor_name: string | null };
export interface LinkRow {
  decision_id: string;
  kind: string;
  target_id: string;
}
export interface PersonRow {
  decision_id: string;
  stakeholder_id: string;
  role: string;
}
export interface SupersessionRow {
  decision_id: string;
  superseded_id: string;
  scope: string;
  part: string | null;
}

export interface DecisionFilters {
  status?: string;
  policyId?: string;
  workingGroupId?: string;
  revisitDue?: boolean;
  q?: string;
  beforeNumber?: number;
}

type DecisionsEb = ExpressionBuilder<Database & { d: DecisionsTable }, 'd'>;

/**
 * The need-to-know rule on decisions (d): none linked to a policy the viewer may not see, directly or
 * through a change request on one.
 */
function notHiddenFrom(viewer: Viewer) {
  return (eb: DecisionsEb) =>
    viewer === null
      ? sql<boolean>`1 = 1`
      : eb.and([
          eb.not(
            eb.exists(
              eb
                .selectFrom('decision_links as l')
                .innerJoin('policies as p', 'p.id', 'l.target_id')
                .select('l.target_id')
                .whereRef('l.decision_id', '=', 'd.id')
                .where('l.kind', '=', 'policy')
                .where((pb) => pb.not(visibleTo(viewer)(pb))),
            ),
          ),
          eb.not(
            eb.exists(
              eb
                .selectFrom('decision_links as l')
                .innerJoin('change_requests as c', 'c.id', 'l.target_id')
                .innerJoin('policies as p', 'p.id', 'c.target_policy_id')
                .select('l.target_id')
                .whereRef('l.decision_id', '=', 'd.id')
                .where('l.kind', '=', 'change_request')
                .where((pb) => pb.not(visibleTo(viewer)(pb))),
            ),
          ),
        ]);
}

function visibleDecisions(scope: DbScope, viewer: Viewer) {
  return queryBuilder(scope).selectFrom('decisions as d').selectAll('d').where(notHiddenFrom(viewer));
}

export async function findVisible(scope: DbScope, viewer: Viewer, id: string): Promise<DecisionRow | undefined> {
  return visibleDecisions(scope, viewer).where('d.id', '=', id).executeTakeFirst();
}

export async function findById(scope: DbScope, id: string): Promise<DecisionRow | undefined> {
  return queryBuilder(scope).selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function visibleByIds(scope: DbScope, viewer: Viewer, ids: string[]): Promise<DecisionRow[]> {
  if (ids.length === 0) return [];
  return visibleDecisions(scope, viewer).where('d.id', 'in', ids).execute();
}

function linkedTo(kind: string, id: string) {
  return (eb: DecisionsEb) =>
    eb.exists(
      eb
        .selectFrom('decision_links as f')
        .select('f.target_id')
        .whereRef('f.decision_id', '=', 'd.id')
        .where('f.kind', '=', kind)
        .where('f.target_id', '=', id),
    );
}

export async function list(
  scope: DbScope,
  viewer: Viewer,
  filters: DecisionFilters,
  limit?: number,
): Promise<DecisionRow[]> {
  let query = visibleDecisions(scope, viewer).orderBy('d.number', 'desc');
  if (filters.status) query = query.where('d.status', '=', filters.status);
  if (filters.policyId) query = query.where(linkedTo('policy', filters.policyId));
  if (filters.workingGroupId) query = query.where(linkedTo('working_group', filters.workingGroupId));
  if (filters.revisitDue !== undefined)
    query = query.where('d.revisit_due_since', filters.revisitDue ? 'is not' : 'is', null);
  if (filters.q) {
    const like = containsPattern(filters.q);
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(d.title) like ${like} escape '\\'`,
        sql<boolean>`lower('dec-' || cast(d.number as varchar(12))) like ${like} escape '\\'`,
      ]),
    );
  }
  if (filters.beforeNumber !== undefined) query = query.where('d.number', '<', filters.beforeNumber);
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

export async function nextNumber(scope: DbScope): Promise<number> {
  const row = await queryBuilder(scope)
    .selectFrom('decisions')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insert(scope: DbScope, row: DecisionRow): Promise<void> {
  await queryBuilder(scope).insertInto('decisions').values(row).execute();
}

/** `UPDATE … WHERE version = ?`: false when someone else changed it first. */
export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<DecisionRow>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('decisions')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function peopleOf(scope: DbScope, ids: string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('decision_people')
    .select(['decision_id', 'stakeholder_id', 'role'])
    .where('decision_id', 'in', ids)
    .orderBy('position')
    .execute();
}

export async function replacePeople(scope: DbScope, id: string, role: string, stakeholderIds: string[]) {
  const db = queryBuilder(scope);
  await db.deleteFrom('decision_people').where('decision_id', '=', id).where('role', '=', role).execute();
  if (stakeholderIds.length === 0) return;
  await db
    .insertInto('decision_people')
    .values(stakeholderIds.map((s, position) => ({ decision_id: id, stakeholder_id: s, role, position })))
    .execute();
}

export async function linksOf(scope: DbScope, ids: string[]): Promise<LinkRow[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('decision_links')
    .select(['decision_id', 'kind', 'target_id'])
    .where('decision_id', 'in', ids)
    .orderBy('position')
    .execute();
}

export async function replaceLinks(scope: DbScope, id: string, links: { kind: string; id: string }[]) {
  const db = queryBuilder(scope);
  await db.deleteFrom('decision_links').where('decision_id', '=', id).execute();
  if (links.length === 0) return;
  await db
    .insertInto('decision_links')
    .values(links.map((l, position) => ({ decision_id: id, kind: l.kind, target_id: l.id, position })))
    .execute();
}

/** Supersessions where these decisions are the later one (`from`) or the earlier one (`to`). */
export async function supersessionsTouching(scope: DbScope, ids: string[]): Promise<SupersessionRow[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('decision_supersessions')
    .select(['decision_id', 'superseded_id', 'scope', 'part'])
    .where((eb) => eb.or([eb('decision_id', 'in', ids), eb('superseded_id', 'in', ids)]))
    .orderBy('position')
    .execute();
}

export async function replaceSupersessions(
  scope: DbScope,
  id: string,
  rows: { decisionId: string; scope: string; part: string | null }[],
): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('decision_supersessions').where('decision_id', '=', id).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('decision_supersessions')
    .values(
      rows.map((r, position) => ({
        decision_id: id,
        superseded_id: r.decisionId,
        scope: r.scope,
        part: r.scope === 'partial' ? r.part : null,
        position,
      })),
    )
    .execute();
}

export async function insertEvent(scope: DbScope, row: DecisionEventsTable): Promise<void> {
  await queryBuilder(scope).insertInto('decision_events').values(row).execute();
}

export async function eventsOf(scope: DbScope, id: string): Promise<DecisionEventRow[]> {
  return queryBuilder(scope)
    .selectFrom('decision_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .selectAll('e')
    .select('u.name as actor_name')
    .where('e.decision_id', '=', id)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/** Accepted decisions with a revisit trigger that has not fired yet: what the daily job evaluates. */
export async function awaitingRevisit(scope: DbScope): Promise<DecisionRow[]> {
  return queryBuilder(scope)
    .selectFrom('decisions')
    .selectAll()
    .where('status', '=', 'accepted')
    .where('revisit_trigger', 'is not', null)
    .where('revisit_due_since', 'is', null)
    .orderBy('number')
    .execute();
}

/** Decisions linked to a record (e.g. proposed ones of a working group), visible to the viewer. */
export async function linkedVisible(
  scope: DbScope,
  viewer: Viewer,
  kind: string,
  targetId: string,
  status?: string,
): Promise<DecisionRow[]> {
  let query = visibleDecisions(scope, viewer).where(linkedTo(kind, targetId)).orderBy('d.number');
  if (status) query = query.where('d.status', '=', status);
  return query.execute();
}

/** Decisions a person decided, visible to the viewer, newest first. */
export async function decidedBy(scope: DbScope, viewer: Viewer, stakeholderId: string): Promise<DecisionRow[]> {
  return visibleDecisions(scope, viewer)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('decision_people as dp')
          .select('dp.stakeholder_id')
          .whereRef('dp.decision_id', '=', 'd.id')
          .where('dp.role', '=', 'decided')
          .where('dp.stakeholder_id', '=', stakeholderId),
      ),
    )
    .orderBy('d.number', 'desc')
    .execute();
}
