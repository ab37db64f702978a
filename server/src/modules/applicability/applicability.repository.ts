import type { Db } from '../../db/database.js';
import type { MarketsTable, PolicyApplicabilityTable, SurfacesTable } from '../../db/schema.js';

export const listSurfaces = (db: Db) =>
  db.selectFrom('surfaces').selectAll().orderBy('position').orderBy('name').execute();
export const listMarkets = (db: Db) =>
  db.selectFrom('markets').selectAll().orderBy('position').orderBy('code').execute();

export const findSurface = (db: Db, id: string) =>
  db.selectFrom('surfaces').selectAll().where('id', '=', id).executeTakeFirst();
export const findSurfaceByName = (db: Db, name: string) =>
  db.selectFrom('surfaces').selectAll().where('name', '=', name).executeTakeFirst();
export const findMarket = (db: Db, id: string) =>
  db.selectFrom('markets').selectAll().where('id', '=', id).executeTakeFirst();
export const findMarketByCode = (db: Db, code: string) =>
  db.selectFrom('markets').selectAll().where('code', '=', code).executeTakeFirst();

export async function insertSurface(db: Db, row: SurfacesTable): Promise<void> {
  await db.insertInto('surfaces').values(row).execute();
}

export async function insertMarket(db: Db, row: MarketsTable): Promise<void> {
  await db.insertInto('markets').values(row).execute();
}

export async function updateVersioned<T extends 'surfaces' | 'markets'>(
  db: Db,
  table: T,
  id: string,
  expected: number,
  patch: Partial<SurfacesTable & MarketsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable(table as 'surfaces')
    .set({ ...(patch as Partial<SurfacesTable>), version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteVersioned(
  db: Db,
  table: 'surfaces' | 'markets',
  id: string,
  expected: number,
): Promise<boolean> {
  const result = await db.deleteFrom(table).where('id', '=', id).where('version', '=', expected).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** How many policies set a cell with this surface or market (a used one cannot be deleted). */
export async function policiesUsing(db: Db, column: 'surface_id' | 'market_id', id: string): Promise<number> {
  const row = await db
    .selectFrom('policy_applicability')
    .select((eb) => eb.fn.count<number>('policy_id').distinct().as('n'))
    .where(column, '=', id)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function marketDatesUsing(db: Db, marketId: string): Promise<number> {
  const row = await db
    .selectFrom('version_market_dates')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('market_id', '=', marketId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function childMarkets(db: Db, marketId: string): Promise<number> {
  const row = await db
    .selectFrom('markets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', marketId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const cellsOf = (db: Db, policyId: string) =>
  db.selectFrom('policy_applicability').selectAll().where('policy_id', '=', policyId).execute();

export async function replaceCells(db: Db, policyId: string, cells: PolicyApplicabilityTable[]): Promise<void> {
  await db.deleteFrom('policy_applicability').where('policy_id', '=', policyId).execute();
  for (let i = 0; i < cells.length; i += 500)
    await db
      .insertInto('policy_applicability')
      .values(cells.slice(i, i + 500))
      .execute();
}

/** Every cell set for one surface (all policies), for filtering by where policies apply. */
export const cellsForSurface = (db: Db, surfaceId: string | undefined) => {
  let query = db.selectFrom('policy_applicability').selectAll();
  if (surfaceId) query = query.where('surface_id', '=', surfaceId);
  return query.execute();
};
