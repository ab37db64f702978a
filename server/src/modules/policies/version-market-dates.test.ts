import { describe, expect, it } from 'vitest';
import { effectiveIn, inForceInMarket } from './version-market-dates.js';

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

  it('uses the market date, then the region date, then the version date', () => {
    expect(effectiveIn(v2, dates.get('v2')!, ['de', 'eu'])).toBe('2025-09-01');
    expect(effectiveIn(v2, [...dates.get('v2')!, date('de', '2025-10-01')], ['de', 'eu'])).toBe('2025-10-01');
    expect(effectiveIn(v2, dates.get('v2')!, ['us', 'na'])).toBe('2025-06-01');
  });

  it('keeps the older version in force in a market where the new one starts later', () => {
    expect(inForceInMarket([v1, v2], dates, ['de', 'eu'], '2025-07-01')?.id).toBe('v1');
    expect(inForceInMarket([v1, v2], dates, ['us'], '2025-07-01')?.id).toBe('v2');
    expect(inForceInMarket([v1, v2], dates, ['de', 'eu'], '2025-09-01')?.id).toBe('v2');
    expect(inForceInMarket([v1, v2], dates, ['de', 'eu'], '2024-12-31')).toBeUndefined();
  });
});
