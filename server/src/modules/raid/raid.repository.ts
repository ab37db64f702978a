import type { LinkedRecordKind, LinkedRecordRef } from '@policyops/contracts';
import type { ExpressionBuilder, Selectable, SqlBool, Expression } from 'kysely';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import type { Database } from '../../db/schema.js';
import type { RaidEscalationsTable, RaidItemsTable } from '../../db/raid-schema.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';

export type RaidRow = Selectable<RaidItemsTable>;
export type EscalationRow = Selectable<RaidEscalationsTable>;

type ItemsEb = ExpressionBuilder<Database & { i: RaidItemsTable }, 'i'>;

/** What a list, the heat map, a summary or an agenda asks for. */
export interface RaidFilter {
  kind?: string;
  statuses?: readonly string[];
  ownerId?: string;
  blockersOnly?: boolean;
  probability?: number;
  impact?: number;
  /** Items linked to any of these records. */
  linkedToAny?: LinkedRecordRef[];
  /** And linked to this record as well (two link filters at once). */
  alsoLinkedTo?: LinkedRecordRef;
  /** Open blockers whose decision-needed-by is on or before this date. */
  decisionBy?: string;
}

/**
 * The need-to-know rule on RAID items: none of the item's links is a policy the viewer may not see,
 * or a CR whose target policy the viewer may not see.
 */
function visibleItem(viewer: Viewer) {
  return (eb: ItemsEb): Expression<SqlBool> =>
    eb.not(
      eb.exists(
        eb
          .selectFrom('raid_item_links as l')
          .select('l.item_id')
          .whereRef('l.item_id', '=', 'i.id')
          .where((w) =>
            w.or([
              w.and([
                w('l.target_kind', '=', 'policy'),
                w('l.target_id', 'not in', w.selectFrom('policies as p').select('p.id').where(visibleTo(viewer))),
              ]),
              w.and([
                w('l.target_kind', '=', 'change_request'),
                w(
                  'l.target_id',
                  'in',
                  w
                    .selectFrom('change_requests as c')
                    .select('c.id')
                    .where('c.target_policy_id', 'is not', null)
                    .where(
                      'c.target_policy_id',
                      'not in',
                      w.selectFrom('policies as p').select('p.id').where(visibleTo(viewer)),
                    ),
                ),
              ]),
            ]),
          ),
      ),
    );
}

function filtered(scope: DbScope, viewer: Viewer, filter: RaidFilter) {
  let query = queryBuilder(scope).selectFrom('raid_items as i').where(visibleItem(viewer));
  if (filter.kind) query = query.where('i.kind', '=', filter.kind);
  if (filter.statuses) query = query.where('i.status', 'in', [...filter.statuses, '']);
  if (filter.ownerId) query = query.where('i.owner_id', '=', filter.ownerId);
  if (filter.blockersOnly) query = query.where('i.kind', '=', 'issue').where('i.is_blocker', '=', 1);
  if (filter.probability) query = query.where('i.probability', '=', filter.probability);
  if (filter.impact) query = query.where('i.impact', '=', filter.impact);
  if (filter.decisionBy)
    query = query.where('i.decision_needed_by', 'is not', null).where('i.decision_needed_by', '<=', filter.decisionBy);
  const linked = filter.linkedToAny;
  if (linked) {
    if (linked.length === 0) return query.where((eb) => eb.val(1), '=', 0);
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('raid_item_links as f')
          .select('f.item_id')
          .whereRef('f.item_id', '=', 'i.id')
          .where((w) => w.or(linked.map((r) => w.and([w('f.target_kind', '=', r.kind), w('f.target_id', '=', r.id)])))),
      ),
    );
  }
  const also = filter.alsoLinkedTo;
  if (also)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('raid_item_links as g')
          .select('g.item_id')
          .whereRef('g.item_id', '=', 'i.id')
          .where('g.target_kind', '=', also.kind)
          .where('g.target_id', '=', also.id),
      ),
    );
  return query;
}

/** A page of visible items, newest first (ids are UUIDv7); `after` is the last id of the page before. */
export async function list(
  scope: DbScope,
  viewer: Viewer,
  filter: RaidFilter,
  page: { after: string | null; limit: number },
): Promise<RaidRow[]> {
  let query = filtered(scope, viewer, filter).selectAll('i');
  if (page.after) query = query.where('i.id', '<', page.after);
  return query.orderBy('i.id', 'desc').limit(page.limit).execute();
}

/** Open blockers (visible), soonest decision first, for summaries and agendas. */
export async function openBlockers(scope: DbScope, viewer: Viewer, filter: RaidFilter): Promise<RaidRow[]> {
  return filtered(scope, viewer, { ...filter, blockersOnly: true, statuses: ['open'] })
    .selectAll('i')
    .orderBy('i.decision_needed_by')
    .orderBy('i.id')
    .limit(200)
    .execute();
}

/** Visible open risks per probability × impact. */
export async function riskCells(
  scope: DbScope,
  viewer: Viewer,
  filter: RaidFilter,
): Promise<{ probability: number; impact: number; count: number }[]> {
  const rows = await filtered(scope, viewer, { ...filter, kind: 'risk' })
    .select((eb) => ['i.probability', 'i.impact', eb.fn.countAll<number | string>().as('n')])
    .groupBy(['i.probability', 'i.impact'])
    .execute();
  return rows.map((r) => ({ probability: Number(r.probability), impact: Number(r.impact), count: Number(r.n) }));
}

/** Visible items per kind and status, for the summary. */
export async function countsByKindAndStatus(
  scope: DbScope,
  viewer: Viewer,
  filter: RaidFilter,
): Promise<{ kind: string; status: string; count: number }[]> {
  const rows = await filtered(scope, viewer, filter)
    .select((eb) => ['i.kind', 'i.status', eb.fn.countAll<number | string>().as('n')])
    .groupBy(['i.kind', 'i.status'])
    .execute();
  return rows.map((r) => ({ kind: r.kind, status: r.status, count: Number(r.n) }));
}

/** One item, visible to the viewer, or undefined. */
export async function findVisible(scope: DbScope, viewer: Viewer, id: string): Promise<RaidRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('raid_items as i')
    .selectAll('i')
    .where('i.id', '=', id)
    .where(visibleItem(viewer))
    .executeTakeFirst();
}

/** One item, whoever asks: for the escalation job, which acts for no one. */
export async function findById(scope: DbScope, id: string): Promise<RaidRow | undefined> {
  return queryBuilder(scope).selectFrom('raid_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextNumber(scope: DbScope, kind: string): Promise<number> {
  const row = await queryBuilder(scope)
    .selectFrom('raid_items')
    .select((eb) => eb.fn.max('number').as('max'))
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insert(scope: DbScope, row: RaidRow): Promise<void> {
  await queryBuilder(scope).insertInto('raid_items').values(row).execute();
}

/** Writes the row if it is still at `version`; false when someone saved first. */
export async function updateVersioned(scope: DbScope, id: string, version: number, row: RaidRow): Promise<boolean> {
  const { id: _id, version: _version, ...fields } = row;
  const result = await queryBuilder(scope)
    .updateTable('raid_items')
    .set({ ...fields, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function linksOf(scope: DbScope, ids: string[]): Promise<Map<string, LinkedRecordRef[]>> {
  const out = new Map<string, LinkedRecordRef[]>();
  if (ids.length === 0) return out;
  const rows = await queryBuilder(scope)
    .selectFrom('raid_item_links')
    .selectAll()
    .where('item_id', 'in', ids)
    .orderBy('item_id')
    .orderBy('position')
    .execute();
  for (const r of rows)
    out.set(r.item_id, [...(out.get(r.item_id) ?? []), { kind: r.target_kind as LinkedRecordKind, id: r.target_id }]);
  return out;
}

export async function replaceLinks(scope: DbScope, id: string, refs: readonly LinkedRecordRef[]): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('raid_item_links').where('item_id', '=', id).execute();
  if (refs.length === 0) return;
  await db
    .insertInto('raid_item_links')
    .values(refs.map((r, position) => ({ item_id: id, target_kind: r.kind, target_id: r.id, position })))
    .execute();
}

export async function escalationsOf(scope: DbScope, ids: string[]): Promise<Map<string, EscalationRow[]>> {
  const out = new Map<string, EscalationRow[]>();
  if (ids.length === 0) return out;
  const rows = await queryBuilder(scope)
    .selectFrom('raid_escalations')
    .selectAll()
    .where('item_id', 'in', ids)
    .orderBy('at')
    .orderBy('id')
    .execute();
  for (const r of rows) out.set(r.item_id, [...(out.get(r.item_id) ?? []), r]);
  return out;
}

export async function insertEscalation(scope: DbScope, row: EscalationRow): Promise<void> {
  await queryBuilder(scope).insertInto('raid_escalations').values(row).execute();
}

/** Open blockers whose decision date is before `today` and that the job has not escalated for that date. */
export async function blockersDue(scope: DbScope, today: string): Promise<string[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('raid_items')
    .select('id')
    .where('kind', '=', 'issue')
    .where('is_blocker', '=', 1)
    .where('status', '=', 'open')
    .where('decision_needed_by', '<', today)
    .where((eb) => eb.or([eb('escalated_for', 'is', null), eb('escalated_for', '<>', eb.ref('decision_needed_by'))]))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function teams(scope: DbScope, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryBuilder(scope).selectFrom('teams').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function userNames(scope: DbScope, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryBuilder(scope).selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
