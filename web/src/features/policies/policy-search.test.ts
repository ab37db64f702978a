import { describe, expect, it } from 'vitest';
import { validatePolicyDiffSearch, validatePolicyLibrarySearch, validatePolicyPageSearch } from './policy-search';

describe('validatePolicyLibrarySearch', () => {
  it('keeps well-formed filters and drops the rest', () => {
    expect(validatePolicyLibrarySearch({ q: ' hate ', status: 'live', tag: 'core', areaId: 'a1', other: 1 })).toEqual({
      q: 'hate',
      status: 'live',
      tag: 'core',
      areaId: 'a1',
    });
    expect(validatePolicyLibrarySearch({ status: 'published', q: '', tag: 3 })).toEqual({});
  });
});

describe('validatePolicyPageSearch', () => {
  it('accepts only YYYY-MM-DD', () => {
    expect(validatePolicyPageSearch({ asOf: '2024-06-01' })).toEqual({ asOf: '2024-06-01' });
    expect(validatePolicyPageSearch({ asOf: 'yesterday' })).toEqual({});
    const market = '01a2146a-e81c-723e-a061-701e2be42e62';
    expect(validatePolicyPageSearch({ asOf: '2024-06-01', market })).toEqual({ asOf: '2024-06-01', market });
    expect(validatePolicyPageSearch({ market: 'EU; drop' })).toEqual({});
  });
});

describe('validatePolicyDiffSearch', () => {
  it('keeps the two version ids', () => {
    expect(validatePolicyDiffSearch({ from: 'v1', to: 'v2' })).toEqual({ from: 'v1', to: 'v2' });
    expect(validatePolicyDiffSearch({ from: 7 })).toEqual({});
  });
});
