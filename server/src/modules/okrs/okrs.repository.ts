import type {
  KeyResultCheckInsTable,
  KeyResultsTable,
  ObjectivesTable,
  OkrPeriodsTable,
} from '../../db/okrs-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type ObjectiveRow = ObjectivesTable & { owner_name: string | null; team_name: string | null };
export type CheckInRow = KeyResultCheckInsTable & { author_name: string | null };
export type PeriodRow = OkrPeriodsTable & { closed_by_name: string | null; reopened_by_name: string | null };
/** A key result with what access and locking need of its objective. */
export type KeyResultRow = KeyResultsTable & { period_key: string; owner_id: string };

// ---- Planning settings (owned by the roadmap module; read here, never written) --------------------

/**
 * The month the workspace's fiscal year starts in: the roadmap's planning settings (one row, id 1).
 * 1 (January) when the row is missing. The one place the OKR module reads it.
 */
export async function fiscalStartMonth(scope: DbScope): Promise<number> {
  const row = await queryBuilder(scope)
    .selectFrom('planning_settings')
    .select('fiscal_year_start_month')
    .where('id', '=', 1)
    .executeTakeFirst();
  return Number(row?.fiscal_year_start_month ?? 1);
}

// ---- Objectives ----------------------------------------------------------------------------------

function objectives(scope: DbScope) {
  return queryBuilder(scope)
    .selectFrom('objectives as o')
    .leftJoin('users as u', 'u.id', 'o.owner_id')
    .leftJoin('teams as t', 't.id', 'o.team_id')
    .selectAll('o')
    .select(['u.name as owner_name', 't.name as team_name']);
}

export async function findObjective(scope: DbScope, id: string): Promise<ObjectiveRow | undefined> {
  return objectives(scope).where('o.id', '=', id).executeTakeFirst();
}

/** Every objective of these periods, oldest first. */
export async function objectivesOfPeriods(scope: DbScope, periodKeys: string[]): Promise<ObjectiveRow[]> {
  if (periodKeys.length === 0) return [];
  return objectives(scope).where('o.period_key', 'in', periodKeys).orderBy('o.created_at').orderBy('o.id').execute();
}

export async function parentIdOf(scope: DbScope, id: string): Promise<string | null> {
  const row = await queryBuilder(scope)
    .selectFrom('objectives')
    .select('parent_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.parent_id ?? null;
}

export async function countChildren(scope: DbScope, id: string): Promise<number> {
  const row = await queryBuilder(scope)
    .selectFrom('objectives')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Titles of these objectives, for visibility checks (collaboration) and references. */
export async function objectiveTitles(
  scope: DbScope,
  ids: string[],
): Promise<{ id: string; title: string; period_key: string }[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('objectives')
    .select(['id', 'title', 'period_key'])
    .where('id', 'in', ids)
    .execute();
}

/** Period keys that hold objectives. */
export async function periodKeysInUse(scope: DbScope): Promise<{ period_key: string; n: number }[]> {
  const rows = await queryBuilder(scope)
    .selectFrom('objectives')
    .select(['period_key', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('period_key')
    .execute();
  return rows.map((r) => ({ period_key: r.period_key, n: Number(r.n) }));
}

export async function insertObjective(scope: DbScope, row: ObjectivesTable): Promise<void> {
  await queryBuilder(scope).insertInto('objectives').values(row).execute();
}

/** UPDATE … WHERE version = expected: false when someone else got there first. */
export async function updateObjectiveVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<ObjectivesTable>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('objectives')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteObjectiveVersioned(scope: DbScope, id: string, expectedVersion: number): Promise<boolean> {
  const result = await queryBuilder(scope)
    .deleteFrom('objectives')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ---- Key results ---------------------------------------------------------------------------------

function keyResults(scope: DbScope) {
  return queryBuilder(scope)
    .selectFrom('key_results as k')
    .innerJoin('objectives as o', 'o.id', 'k.objective_id')
    .selectAll('k')
    .select(['o.period_key', 'o.owner_id']);
}

export async function findKeyResult(scope: DbScope, id: string): Promise<KeyResultRow | undefined> {
  return keyResults(scope).where('k.id', '=', id).executeTakeFirst();
}

export async function keyResultsOf(scope: DbScope, objectiveIds: string[]): Promise<KeyResultRow[]> {
  if (objectiveIds.length === 0) return [];
  return keyResults(scope)
    .where('k.objective_id', 'in', objectiveIds)
    .orderBy('k.objective_id')
    .orderBy('k.position')
    .orderBy('k.id')
    .execute();
}

export async function keyResultsOfPeriod(scope: DbScope, periodKey: string): Promise<KeyResultRow[]> {
  return keyResults(scope).where('o.period_key', '=', periodKey).orderBy('k.id').execute();
}

export async function nextPosition(scope: DbScope, objectiveId: string): Promise<number> {
  const row = await queryBuilder(scope)
    .selectFrom('key_results')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('objective_id', '=', objectiveId)
    .executeTakeFirst();
  return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
}

export async function insertKeyResult(scope: DbScope, row: KeyResultsTable): Promise<void> {
  await queryBuilder(scope).insertInto('key_results').values(row).execute();
}

export async function updateKeyResultVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<KeyResultsTable>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('key_results')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteKeyResultVersioned(scope: DbScope, id: string, expectedVersion: number): Promise<boolean> {
  const result = await queryBuilder(scope)
    .deleteFrom('key_results')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ---- Check-ins -----------------------------------------------------------------------------------

/** Every check-in of these key results, oldest first (by the day it is for, then when it was written). */
export async function checkInsOf(scope: DbScope, keyResultIds: string[]): Promise<CheckInRow[]> {
  if (keyResultIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('key_result_check_ins as c')
    .leftJoin('users as u', 'u.id', 'c.author_id')
    .selectAll('c')
    .select('u.name as author_name')
    .where('c.key_result_id', 'in', keyResultIds)
    .orderBy('c.checked_in_on')
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

export async function insertCheckIn(scope: DbScope, row: KeyResultCheckInsTable): Promise<void> {
  await queryBuilder(scope).insertInto('key_result_check_ins').values(row).execute();
}

// ---- Periods -------------------------------------------------------------------------------------

export async function periodsByKeys(scope: DbScope, keys: string[]): Promise<PeriodRow[]> {
  if (keys.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('okr_periods as p')
    .leftJoin('users as c', 'c.id', 'p.closed_by')
    .leftJoin('users as r', 'r.id', 'p.reopened_by')
    .selectAll('p')
    .select(['c.name as closed_by_name', 'r.name as reopened_by_name'])
    .where('p.period_key', 'in', keys)
    .execute();
}

export async function insertPeriod(scope: DbScope, row: OkrPeriodsTable): Promise<void> {
  await queryBuilder(scope).insertInto('okr_periods').values(row).execute();
}

export async function updatePeriodVersioned(
  scope: DbScope,
  key: string,
  expectedVersion: number,
  patch: Partial<OkrPeriodsTable>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('okr_periods')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('period_key', '=', key)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Several check-ins in one statement (the sample workspace replays a year of them). */
export async function insertCheckIns(scope: DbScope, rows: KeyResultCheckInsTable[]): Promise<void> {
  if (rows.length === 0) return;
  await queryBuilder(scope).insertInto('key_result_check_ins').values(rows).execute();
}
