import { describe, expect, it } from 'vitest';
import { assertMarketDates, effectiveIn, inForceInMarket } from './version-market-dates.js';

const date = (marketId: string, effectiveDate: string) => ({
  marketId,
  marketCode: marketId.toUpperCase(),
  marketName: marketId,
  effectiveDate,
});

describe('per-market effective dates', () => {
  const v1 = { id: 'v1', effective_date: '2025-01-01', published_at: '2024-12-01' };
  const v2 = { id: 'v2', effective_date: '2025-06-01', published_at: '2025-05-01' };
  const dates = new Map([['v2', [date('eu', '2025-09-01')]]]);

  it('uses the market date, then the date of what it inherits from, then the version date', () => {
    expect(effectiveIn(v2, dates.get('v2')!, ['de', 'eu', 'global'])).toBe('2025-09-01');
    expect(effectiveIn(v2, [...dates.get('v2')!, date('de', '2025-10-01')], ['de', 'eu', 'global'])).toBe('2025-10-01');
    expect(effectiveIn(v2, dates.get('v2')!, ['us', 'na', 'global'])).toBe('2025-06-01');
  });

  it('keeps the older version in force in a market where the new one starts later, and says since when', () => {
    expect(inForceInMarket([v1, v2], dates, ['de', 'eu'], '2025-07-01')).toEqual({ version: v1, on: '2025-01-01' });
    expect(inForceInMarket([v1, v2], dates, ['us'], '2025-07-01')?.version.id).toBe('v2');
    expect(inForceInMarket([v1, v2], dates, ['de', 'eu'], '2025-09-01')).toEqual({ version: v2, on: '2025-09-01' });
    expect(inForceInMarket([v1, v2], dates, ['de', 'eu'], '2024-12-31')).toBeUndefined();
  });

  it('refuses unknown markets, two dates for one market, and a date for Global', () => {
    const markets = [
      { id: 'global', kind: 'global' },
      { id: 'eu', kind: 'region' },
    ];
    const pathOf = (dates: { marketId: string }[]) => {
      try {
        assertMarketDates(markets, dates);
        return null;
      } catch (error) {
        return (error as { fieldErrors: { path: string; message: string }[] }).fieldErrors[0];
      }
    };
    expect(pathOf([{ marketId: 'eu' }])).toBeNull();
    expect(pathOf([{ marketId: 'xx' }])).toEqual({ path: 'body.marketDates.0.marketId', message: 'Unknown market' });
    expect(pathOf([{ marketId: 'eu' }, { marketId: 'eu' }])?.path).toBe('body.marketDates.1.marketId');
    expect(pathOf([{ marketId: 'global' }])?.message).toMatch(/Global takes the version's effective date/);
  });
});
