import type { InitiativeMilestonesTable } from '../../db/roadmap-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type MilestoneRow = InitiativeMilestonesTable;

export async function listFor(scope: DbScope, initiativeId: string): Promise<MilestoneRow[]> {
  return queryBuilder(scope)
    .selectFrom('initiative_milestones')
    .selectAll()
    .where('initiative_id', '=', initiativeId)
    .orderBy('date')
    .orderBy('id')
    .execute();
}

export async function findById(scope: DbScope, id: string): Promise<MilestoneRow | undefined> {
  return queryBuilder(scope).selectFrom('initiative_milestones').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insert(scope: DbScope, row: MilestoneRow): Promise<void> {
  await queryBuilder(scope).insertInto('initiative_milestones').values(row).execute();
}

export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<MilestoneRow>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('initiative_milestones')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteVersioned(scope: DbScope, id: string, expectedVersion: number): Promise<boolean> {
  const result = await queryBuilder(scope)
    .deleteFrom('initiative_milestones')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The initiative's milestones dated before `start` or after `end`, earliest first. */
export async function outsideSpan(
  scope: DbScope,
  initiativeId: string,
  start: string,
  end: string,
): Promise<MilestoneRow[]> {
  return queryBuilder(scope)
    .selectFrom('initiative_milestones')
    .selectAll()
    .where('initiative_id', '=', initiativeId)
    .where((eb) => eb.or([eb('date', '<', start), eb('date', '>', end)]))
    .orderBy('date')
    .execute();
}

/** Of these ids, the milestones that exist, with their titles and initiatives. */
export async function titlesOf(
  scope: DbScope,
  ids: string[],
): Promise<{ id: string; title: string; initiative_id: string }[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('initiative_milestones')
    .select(['id', 'title', 'initiative_id'])
    .where('id', 'in', ids)
    .execute();
}

/** Several milestones in one statement (the sample workspace lays out a year of them at once). */
export async function insertMany(scope: DbScope, rows: MilestoneRow[]): Promise<void> {
  if (rows.length === 0) return;
  await queryBuilder(scope).insertInto('initiative_milestones').values(rows).execute();
}
