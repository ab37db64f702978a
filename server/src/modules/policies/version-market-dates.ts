import type { MarketDate } from '@policyops/contracts';
import { AppError } from '../../http/app-error.js';

/**
 * Every market must exist, appear once and not be Global (Global's date is the version's own
 * effective date). Throws VALIDATION_FAILED naming the entry.
 */
export function assertMarketDates(markets: { id: string; kind: string }[], dates: { marketId: string }[]): void {
  const kindOf = new Map(markets.map((m) => [m.id, m.kind]));
  const seen = new Set<string>();
  dates.forEach((d, i) => {
    const fail = (message: string) =>
      new AppError('VALIDATION_FAILED', message, [{ path: `body.marketDates.${i}.marketId`, message }]);
    if (!kindOf.has(d.marketId)) throw fail('Unknown market');
    if (kindOf.get(d.marketId) === 'global') throw fail("Global takes the version's effective date; set that instead");
    if (seen.has(d.marketId)) throw fail('This market has two dates');
    seen.add(d.marketId);
  });
}

/**
 * When a version takes effect in a market: its own date there, else the date of the nearest
 * market it inherits from (`lineage`: the market, then `inheritsFrom`), else the version's date.
 */
export function effectiveIn(
  version: { effective_date: string | null },
  dates: MarketDate[],
  lineage: string[],
): string | null {
  for (const marketId of lineage) {
    const own = dates.find((d) => d.marketId === marketId);
    if (own) return own.effectiveDate;
  }
  return version.effective_date;
}

/**
 * The published version in force on a date in a market, with the date it took effect there: the latest
 * market-effective date on or before it.
 */
export function inForceInMarket<V extends { id: string; effective_date: string | null; published_at: string | null }>(
  published: V[],
  dates: Map<string, MarketDate[]>,
  lineage: string[],
  date: string,
): { version: V; on: string } | undefined {
  let best: { version: V; on: string } | undefined;
  for (const version of published) {
    const on = effectiveIn(version, dates.get(version.id) ?? [], lineage);
    if (!on || on > date) continue;
    if (!best || on > best.on || (on === best.on && (version.published_at ?? '') > (best.version.published_at ?? '')))
      best = { version, on };
  }
  return best;
}
