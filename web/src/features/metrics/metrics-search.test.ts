import { describe, expect, it } from 'vitest';
import { validatePolicyMetricsSearch } from './metrics-search';

describe('validatePolicyMetricsSearch', () => {
  it('keeps every filter the API accepts', () => {
    const search = {
      metric: 'prevalence',
      grain: 'month',
      market: 'DE',
      surface: '0190a5b2-1c3d-7e4f-8a9b-0c1d2e3f4a5b',
      detection: 'human',
      from: '2026-01-01',
      to: '2026-03-31',
      by: 'surface',
    };
    expect(validatePolicyMetricsSearch(search)).toEqual(search);
  });

  it('drops unknown figures, grains, dimensions and detection methods', () => {
    expect(
      validatePolicyMetricsSearch({ metric: 'happiness', grain: 'year', detection: 'robots', by: 'colour' }),
    ).toEqual({});
  });

  it('drops malformed markets, surfaces and dates, and values that are not strings', () => {
    expect(
      validatePolicyMetricsSearch({
        market: 'de; drop',
        surface: 'LIVE',
        from: '2026-1-1',
        to: 20260331,
        extra: 'kept out',
      }),
    ).toEqual({});
    expect(validatePolicyMetricsSearch({ market: 'EU-WEST' })).toEqual({ market: 'EU-WEST' });
  });
});
