import { describe, expect, it } from 'vitest';
import { currentScopeIds, type ScopedVersion } from './search-scope.js';

const v = (id: string, state: string, date: string | null, publishedAt = '2024-01-01T00:00:00Z'): ScopedVersion => ({
  id,
  state,
  effective_date: date,
  published_at: state === 'live' || state === 'superseded' ? publishedAt : null,
});

describe('currentScopeIds', () => {
  it('keeps the version in force and open ones, not what a version in force has overtaken', () => {
    const versions = [v('a', 'superseded', '2023-01-01'), v('b', 'live', '2024-01-01'), v('c', 'draft', null)];
    expect(currentScopeIds(versions, '2025-01-01')).toEqual(new Set(['b', 'c']));
  });

  it('keeps the version in force while a later one is scheduled, and the scheduled one too', () => {
    const versions = [
      v('a', 'superseded', '2023-01-01'),
      v('b', 'superseded', '2024-01-01'),
      v('c', 'live', '2027-01-15'),
    ];
    expect(currentScopeIds(versions, '2026-06-01')).toEqual(new Set(['b', 'c']));
    // Once the date has passed, only the new one is left.
    expect(currentScopeIds(versions, '2027-01-15')).toEqual(new Set(['c']));
  });

  it('lets the later publication of a same-day pair win and ignores published versions without a date', () => {
    const versions = [
      v('a', 'superseded', '2024-01-01', '2024-01-01T09:00:00Z'),
      v('b', 'live', '2024-01-01', '2024-01-01T10:00:00Z'),
      v('c', 'superseded', null),
    ];
    expect(currentScopeIds(versions, '2025-01-01')).toEqual(new Set(['b']));
  });

  it('keeps every published version when none is in force yet', () => {
    const versions = [v('a', 'superseded', '2030-01-01'), v('b', 'live', '2031-01-01'), v('c', 'in_review', null)];
    expect(currentScopeIds(versions, '2025-01-01')).toEqual(new Set(['a', 'b', 'c']));
  });
});
