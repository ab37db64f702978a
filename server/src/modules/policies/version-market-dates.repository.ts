import type { MarketDate } from '@policyops/contracts';
import { type DbScope, queryBuilder } from '../../db/scope.js';

/** Per-market effective dates of versions: a version may take effect later (or earlier) in some markets. */
export async function datesOf(scope: DbScope, versionIds: string[]): Promise<Map<string, MarketDate[]>> {
  const out = new Map<string, MarketDate[]>();
  if (versionIds.length === 0) return out;
  const rows = await queryBuilder(scope)
    .selectFrom('version_market_dates as d')
    .innerJoin('markets as m', 'm.id', 'd.market_id')
    .select(['d.version_id', 'd.market_id', 'd.effective_date', 'm.code', 'm.name'])
    .where('d.version_id', 'in', versionIds)
    .orderBy('m.position')
    .orderBy('m.code')
    .execute();
  for (const r of rows)
    out.set(r.version_id, [
      ...(out.get(r.version_id) ?? []),
      { marketId: r.market_id, marketCode: r.code, marketName: r.name, effectiveDate: r.effective_date },
    ]);
  return out;
}

/** Replaces a version's market dates (checked by the caller: see assertMarketDates). */
export async function replaceDates(
  scope: DbScope,
  versionId: string,
  dates: { marketId: string; effectiveDate: string }[],
): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('version_market_dates').where('version_id', '=', versionId).execute();
  if (dates.length)
    await db
      .insertInto('version_market_dates')
      .values(dates.map((d) => ({ version_id: versionId, market_id: d.marketId, effective_date: d.effectiveDate })))
      .execute();
}
