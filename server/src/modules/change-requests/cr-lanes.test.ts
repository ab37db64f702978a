import { describe, expect, it } from 'vitest';
import { FAST_LANE_REASON, crLane, listInWords } from './cr-lanes.js';

describe('crLane', () => {
  it('sends an editorial change down the fast lane, the policy owner approving alone', () => {
    expect(crLane('editorial', ['policy_owner'])).toEqual({
      lane: 'fast',
      reason: 'Editorial change: wording only, no change in meaning — the policy owner approves alone',
    });
    expect(FAST_LANE_REASON).toContain('policy owner approves alone');
  });

  it('sends every other type through the full workflow, naming the type and who signs', () => {
    expect(crLane('clarification', ['legal', 'moderation_ops', 'product', 'policy_owner'])).toEqual({
      lane: 'full',
      reason:
        'Clarification: changes what the policy means, so it takes the full workflow — Legal, Moderation Ops, Product and Policy owner sign off',
    });
  });

  it('names Regional only when the CR asks it', () => {
    expect(crLane('narrowing', ['legal', 'regional']).reason).toBe(
      'Narrowing: changes what the policy means, so it takes the full workflow — Legal and Regional sign off',
    );
  });

  it('keeps a new policy in the full lane even with no sign-off configured', () => {
    expect(crLane('new_policy', [])).toEqual({
      lane: 'full',
      reason: 'New policy: changes what the policy means, so it takes the full workflow',
    });
  });
});

describe('listInWords', () => {
  it('joins with commas and a final "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
