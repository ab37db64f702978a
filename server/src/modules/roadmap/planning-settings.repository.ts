import type { PlanningSettingsTable } from '../../db/roadmap-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type PlanningSettingsRow = PlanningSettingsTable & { updated_by_name: string | null };

/** The one settings row (migration 0015 writes it). */
export async function get(scope: DbScope): Promise<PlanningSettingsRow> {
  return queryBuilder(scope)
    .selectFrom('planning_settings as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .selectAll('s')
    .select('u.name as updated_by_name')
    .where('s.id', '=', 1)
    .executeTakeFirstOrThrow();
}

export async function startMonth(scope: DbScope): Promise<number> {
  const row = await queryBuilder(scope)
    .selectFrom('planning_settings')
    .select('fiscal_year_start_month')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.fiscal_year_start_month;
}

export async function updateVersioned(
  scope: DbScope,
  expectedVersion: number,
  patch: Pick<PlanningSettingsTable, 'fiscal_year_start_month' | 'updated_at' | 'updated_by'>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('planning_settings')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', 1)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
