import type { MarketVersionState } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, marketStateTexts, versionStateText } from './policy-labels';

const de = (state: MarketVersionState['state'], effectiveDate: string | null): MarketVersionState => ({
  marketId: 'de',
  marketCode: 'DE',
  marketName: 'Germany',
  state,
  effectiveDate,
});

describe('versionStateText', () => {
  it('says when a scheduled version takes effect, and the plain state otherwise', () => {
    expect(versionStateText('scheduled', '2027-01-15')).toBe(`Scheduled · takes effect ${formatIsoDate('2027-01-15')}`);
    expect(versionStateText('live', '2027-01-15')).toBe('Live');
    expect(versionStateText('scheduled', null)).toBe('Scheduled');
  });
});

describe('marketStateTexts', () => {
  it('names the markets where a version stands otherwise than globally, and only those', () => {
    expect(marketStateTexts('live', [de('scheduled', '2027-01-15')]).map((m) => m.text)).toEqual([
      `Scheduled in Germany until ${formatIsoDate('2027-01-15')}`,
    ]);
    expect(marketStateTexts('superseded', [de('live', '2025-01-01')]).map((m) => m.text)).toEqual(['Live in Germany']);
    expect(marketStateTexts('live', [de('live', '2026-01-01')])).toEqual([]);
  });
});
