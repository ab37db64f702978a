import { describe, expect, it } from 'vitest';
import { validateDecisionSearch } from './decision-search';

describe('validateDecisionSearch', () => {
  it('keeps well-formed filters and drops the rest', () => {
    const id = '01900000-0000-7000-8000-000000000001';
    expect(validateDecisionSearch({ status: 'accepted', policyId: id, workingGroupId: 'x', q: '  audio ' })).toEqual({
      status: 'accepted',
      policyId: id,
      q: 'audio',
    });
    expect(validateDecisionSearch({ status: 'maybe', q: '' })).toEqual({});
  });
});
