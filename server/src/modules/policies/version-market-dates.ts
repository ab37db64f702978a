import type { MarketDate } from '@policyops/contracts';
import { AppError } from '../../http/app-error.js';

/** Every market must exist and appear once. Throws VALIDATION_FAILED naming the entry. */
export function assertMarketDates(knownMarketIds: Set<string>, dates: { marketId: string }[]): void {
  const seen = new Set<string>();
  dates.forEach((d, i) => {
    const fail = (message: string) =>
      new AppError('VALIDATION_FAILED', message, [{ path: `body.marketDates.${i}.marketId`, message }]);
    if (!knownMarketIds.has(d.marketId)) throw fail('Unknown market');
    if (seen.has(d.marketId)) throw fail('This market has two dates');
    seen.add(d.marketId);
  });
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
