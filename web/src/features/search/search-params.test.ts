import { describe, expect, it } from 'vitest';
import { hasSearchFilters, validateSearchPageSearch } from './search-params';

describe('validateSearchPageSearch', () => {
  it('keeps well-formed parameters and drops the rest', () => {
    expect(
      validateSearchPageSearch({
        q: ' hate speech ',
        areaId: 'a1',
        status: 'live',
        from: '2024-01-01',
        to: '2024-12-31',
        other: 1,
      }),
    ).toEqual({ q: 'hate speech', areaId: 'a1', status: 'live', from: '2024-01-01', to: '2024-12-31' });
    expect(validateSearchPageSearch({ q: '  ', status: 'published', from: 'yesterday', to: 3 })).toEqual({});
    expect(validateSearchPageSearch({ q: 'x'.repeat(201) })).toEqual({});
  });

  it('keeps the surface and market filters', () => {
    expect(validateSearchPageSearch({ q: 'x', surfaceId: ' s1 ', marketId: 'm1' })).toEqual({
      q: 'x',
      surfaceId: 's1',
      marketId: 'm1',
    });
    expect(validateSearchPageSearch({ surfaceId: 3, marketId: 'm'.repeat(65) })).toEqual({});
  });

  it('keeps "include earlier versions" only when it is on', () => {
    expect(validateSearchPageSearch({ q: 'x', history: true })).toEqual({ q: 'x', history: true });
    expect(validateSearchPageSearch({ q: 'x', history: 'true' })).toEqual({ q: 'x', history: true });
    for (const history of [false, 'false', 'yes', 1])
      expect(validateSearchPageSearch({ q: 'x', history })).toEqual({ q: 'x' });
  });

  it('takes a number parsed from the URL back as words', () => {
    expect(validateSearchPageSearch({ q: 2024 })).toEqual({ q: '2024' });
  });
});

describe('hasSearchFilters', () => {
  it('ignores the words', () => {
    expect(hasSearchFilters({ q: 'x' })).toBe(false);
    expect(hasSearchFilters({ q: 'x', to: '2024-01-01' })).toBe(true);
    expect(hasSearchFilters({ q: 'x', marketId: 'm1' })).toBe(true);
    expect(hasSearchFilters({ q: 'x', history: true })).toBe(false);
  });
});
