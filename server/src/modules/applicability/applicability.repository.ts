import type { MarketsTable, PolicyApplicabilityTable, SurfacesTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export const listSurfaces = (scope: DbScope) =>
  queryBuilder(scope).selectFrom('surfaces').selectAll().orderBy('position').orderBy('name').execute();
export const listMarkets = (scope: DbScope) =>
  queryBuilder(scope).selectFrom('markets').selectAll().orderBy('position').orderBy('code').execute();

export const findSurface = (scope: DbScope, id: string) =>
  queryBuilder(scope).selectFrom('surfaces').selectAll().where('id', '=', id).executeTakeFirst();
export const findSurfaceByName = (scope: DbScope, name: string) =>
  queryBuilder(scope).selectFrom('surfaces').selectAll().where('name', '=', name).executeTakeFirst();
export const findMarket = (scope: DbScope, id: string) =>
  queryBuilder(scope).selectFrom('markets').selectAll().where('id', '=', id).executeTakeFirst();
export const findMarketByCode = (scope: DbScope, code: string) =>
  queryBuilder(scope).selectFrom('markets').selectAll().where('code', '=', code).executeTakeFirst();

export async function insertSurface(scope: DbScope, row: SurfacesTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('surfaces').values(row).execute();
}

export async function insertMarket(scope: DbScope, row: MarketsTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('markets').values(row).execute();
}

export async function updateVersioned<T extends 'surfaces' | 'markets'>(
  scope: DbScope,
  table: T,
  id: string,
  expected: number,
  patch: Partial<SurfacesTable & MarketsTable>,
): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable(table as 'surfaces')
    .set({ ...(patch as Partial<SurfacesTable>), version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteVersioned(
  scope: DbScope,
  table: 'surfaces' | 'markets',
  id: string,
  expected: number,
): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db.deleteFrom(table).where('id', '=', id).where('version', '=', expected).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** How many policies set a cell with this surface or market (a used one cannot be deleted). */
export async function policiesUsing(scope: DbScope, column: 'surface_id' | 'market_id', id: string): Promise<number> {
  const db = queryBuilder(scope);
  const row = await db
    .selectFrom('policy_applicability')
    .select((eb) => eb.fn.count<number>('policy_id').distinct().as('n'))
    .where(column, '=', id)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function marketDatesUsing(scope: DbScope, marketId: string): Promise<number> {
  const db = queryBuilder(scope);
  const row = await db
    .selectFrom('version_market_dates')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('market_id', '=', marketId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function childMarkets(scope: DbScope, marketId: string): Promise<number> {
  const db = queryBuilder(scope);
  const row = await db
    .selectFrom('markets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', marketId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const cellsOf = (scope: DbScope, policyId: string) =>
  queryBuilder(scope).selectFrom('policy_applicability').selectAll().where('policy_id', '=', policyId).execute();

export async function replaceCells(scope: DbScope, policyId: string, cells: PolicyApplicabilityTable[]): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('policy_applicability').where('policy_id', '=', policyId).execute();
  for (let i = 0; i < cells.length; i += 500)
    await db
      .insertInto('policy_applicability')
      .values(cells.slice(i, i + 500))
      .execute();
}

/** Every cell set for one surface (all policies), for filtering by where policies apply. */
export const cellsForSurface = (scope: DbScope, surfaceId: string | undefined) => {
  let query = queryBuilder(scope).selectFrom('policy_applicability').selectAll();
  if (surfaceId) query = query.where('surface_id', '=', surfaceId);
  return query.execute();
};
