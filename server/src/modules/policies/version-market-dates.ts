import type { MarketDate } from '@policyops/contracts';
import type { Db } from '../../db/database.js';
import { AppError } from '../../http/app-error.js';

/** Per-market effective dates of versions: a version may take effect later (or earlier) in some markets. */
export async function datesOf(db: Db, versionIds: string[]): Promise<Map<string, MarketDate[]>> {
  const out = new Map<string, MarketDate[]>();
  if (versionIds.length === 0) return out;
  const rows = await db
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

/** Replaces a version's market dates; every market must exist and appear once. Throws VALIDATION_FAILED. */
export async function replaceDates(
  db: Db,
  versionId: string,
  dates: { marketId: string; effectiveDate: string }[],
): Promise<void> {
  const known = new Set((await db.selectFrom('markets').select('id').execute()).map((m) => m.id));
  const seen = new Set<string>();
  dates.forEach((d, i) => {
    const fail = (message: string) =>
      new AppError('VALIDATION_FAILED', message, [{ path: `body.marketDates.${i}.marketId`, message }]);
    if (!known.has(d.marketId)) throw fail('Unknown market');
    if (seen.has(d.marketId)) throw fail('This market has two dates');
    seen.add(d.marketId);
  });
  await db.deleteFrom('version_market_dates').where('version_id', '=', versionId).execute();
  if (dates.length)
    await db
      .insertInto('version_market_dates')
      .values(dates.map((d) => ({ version_id: versionId, market_id: d.marketId, effective_date: d.effectiveDate })))
      .execute();
}

/** A market by id or code, with its ancestors (nearest first). */
export async function marketWithAncestors(db: Db, idOrCode: string): Promise<string[] | null> {
  const markets = await db.selectFrom('markets').select(['id', 'code', 'parent_id']).execute();
  const start = markets.find((m) => m.id === idOrCode || m.code === idOrCode.toUpperCase());
  if (!start) return null;
  const byId = new Map(markets.map((m) => [m.id, m]));
  const chain: string[] = [];
  for (
    let m = start as (typeof markets)[number] | undefined;
    m && !chain.includes(m.id);
    m = m.parent_id ? byId.get(m.parent_id) : undefined
  )
    chain.push(m.id);
  return chain;
}

/** When a version takes effect in a market: its own date there, else its region's, else the version's date. */
export function effectiveIn(
  version: { effective_date: string | null },
  dates: MarketDate[],
  chain: string[],
): string | null {
  for (const marketId of chain) {
    const own = dates.find((d) => d.marketId === marketId);
    if (own) return own.effectiveDate;
  }
  return version.effective_date;
}

/** The published version in force on a date in a market: the latest market-effective date on or before it. */
export function inForceInMarket<V extends { id: string; effective_date: string | null; published_at: string | null }>(
  published: V[],
  dates: Map<string, MarketDate[]>,
  chain: string[],
  date: string,
): V | undefined {
  let best: { version: V; on: string } | undefined;
  for (const version of published) {
    const on = effectiveIn(version, dates.get(version.id) ?? [], chain);
    if (!on || on > date) continue;
    if (!best || on > best.on || (on === best.on && (version.published_at ?? '') > (best.version.published_at ?? '')))
      best = { version, on };
  }
  return best?.version;
}
