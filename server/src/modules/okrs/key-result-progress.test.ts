import { describe, expect, it } from 'vitest';
import { keyResultProgress, keyResultTargetProblem } from './key-result-progress.js';

const kr = (type: Parameters<typeof keyResultProgress>[0]['type'], baseline: number, target: number, unit = '') => ({
  type,
  baseline,
  target,
  unit,
});

describe('keyResultProgress', () => {
  describe('increase_to', () => {
    it('is the share of the way from baseline to target: 20 → 60 standing at 30 is 25%', () => {
      expect(keyResultProgress(kr('increase_to', 20, 60), 30)).toEqual({
        percent: 25,
        explanation: '(30 − 20) / (60 − 20) = 25%',
      });
    });
    it('clamps below the baseline to 0% and past the target to 100%', () => {
      expect(keyResultProgress(kr('increase_to', 20, 60), 10).percent).toBe(0);
      expect(keyResultProgress(kr('increase_to', 20, 60), 75).percent).toBe(100);
      expect(keyResultProgress(kr('increase_to', 20, 60), 75).explanation).toBe(
        '(75 − 20) / (60 − 20) = 137.5%, capped at 100%',
      );
    });
    it('is 0% with no value yet (the baseline stands)', () => {
      expect(keyResultProgress(kr('increase_to', 20, 60), null)).toEqual({
        percent: 0,
        explanation: 'no check-in yet: at the baseline, 0%',
      });
    });
    it('rounds to one decimal: 0 → 3 standing at 1 is 33.3%', () => {
      expect(keyResultProgress(kr('increase_to', 0, 3), 1).percent).toBe(33.3);
    });
  });

  describe('decrease_to', () => {
    it('counts the way down: from 12% to 8% standing at 10% is 50%', () => {
      expect(keyResultProgress(kr('decrease_to', 12, 8, '%'), 10)).toEqual({
        percent: 50,
        explanation: '(10% − 12%) / (8% − 12%) = 50%',
      });
    });
    it('clamps: a value that went up is 0%, one below the target is 100%', () => {
      expect(keyResultProgress(kr('decrease_to', 12, 8, '%'), 13).percent).toBe(0);
      expect(keyResultProgress(kr('decrease_to', 12, 8, '%'), 6).percent).toBe(100);
      expect(keyResultProgress(kr('decrease_to', 12, 8, '%'), 8).percent).toBe(100);
    });
    it('handles decimals without float noise: 4.5 → 3.9 standing at 4.2 is 50%', () => {
      expect(keyResultProgress(kr('decrease_to', 4.5, 3.9), 4.2).percent).toBe(50);
    });
  });

  describe('stay_at_or_above', () => {
    it('is 100% while the value holds the floor (equal counts as holding)', () => {
      expect(keyResultProgress(kr('stay_at_or_above', 95, 90, '%'), 92)).toEqual({
        percent: 100,
        explanation: '92% ≥ 90%: holding',
      });
      expect(keyResultProgress(kr('stay_at_or_above', 95, 90, '%'), 90).percent).toBe(100);
    });
    it('is 0% once it falls below, however little (no partial credit)', () => {
      expect(keyResultProgress(kr('stay_at_or_above', 95, 90, '%'), 89.9)).toEqual({
        percent: 0,
        explanation: '89.9% < 90%: below the floor',
      });
    });
    it('judges the baseline when nothing was checked in yet', () => {
      expect(keyResultProgress(kr('stay_at_or_above', 95, 90), null)).toEqual({
        percent: 100,
        explanation: 'no check-in yet: baseline 95 ≥ 90: holding',
      });
      expect(keyResultProgress(kr('stay_at_or_above', 80, 90), null).percent).toBe(0);
    });
  });

  describe('stay_at_or_below', () => {
    it('is 100% at or under the ceiling, 0% above it', () => {
      expect(keyResultProgress(kr('stay_at_or_below', 20, 24, 'h'), 24)).toEqual({
        percent: 100,
        explanation: '24 h ≤ 24 h: holding',
      });
      expect(keyResultProgress(kr('stay_at_or_below', 20, 24, 'h'), 30)).toEqual({
        percent: 0,
        explanation: '30 h > 24 h: above the ceiling',
      });
    });
  });

  describe('milestone and yes_no', () => {
    it('milestone: 0% until reached, then 100%', () => {
      expect(keyResultProgress(kr('milestone', 0, 1), 0)).toEqual({ percent: 0, explanation: 'not reached yet' });
      expect(keyResultProgress(kr('milestone', 0, 1), 1)).toEqual({ percent: 100, explanation: 'reached' });
      expect(keyResultProgress(kr('milestone', 0, 1), null).percent).toBe(0);
    });
    it('yes_no: no is 0%, yes is 100%', () => {
      expect(keyResultProgress(kr('yes_no', 0, 1), 0)).toEqual({ percent: 0, explanation: 'no' });
      expect(keyResultProgress(kr('yes_no', 0, 1), 1)).toEqual({ percent: 100, explanation: 'yes' });
    });
  });
});

describe('keyResultTargetProblem', () => {
  it('refuses a target equal to the baseline for increase and decrease, naming body.target', () => {
    expect(keyResultTargetProblem('increase_to', 5, 5)).toEqual({
      path: 'body.target',
      message: 'The target must differ from the baseline (5): there would be nothing to increase',
    });
    expect(keyResultTargetProblem('decrease_to', 8, 8)?.path).toBe('body.target');
  });
  it('refuses a target on the wrong side of the baseline', () => {
    expect(keyResultTargetProblem('increase_to', 10, 4)?.message).toBe(
      'An increase-to target must be above the baseline (10)',
    );
    expect(keyResultTargetProblem('decrease_to', 4, 10)?.message).toBe(
      'A decrease-to target must be below the baseline (4)',
    );
  });
  it('accepts any threshold for stay-at types, and only 0 → 1 for milestone and yes/no', () => {
    expect(keyResultTargetProblem('increase_to', 20, 60)).toBeNull();
    expect(keyResultTargetProblem('stay_at_or_above', 90, 90)).toBeNull();
    expect(keyResultTargetProblem('stay_at_or_below', 10, 30)).toBeNull();
    expect(keyResultTargetProblem('milestone', 0, 1)).toBeNull();
    expect(keyResultTargetProblem('yes_no', 0, 2)).toEqual({
      path: 'body.target',
      message: 'A yes/no key result runs from 0 (no) to 1 (yes)',
    });
    expect(keyResultTargetProblem('milestone', 1, 1)?.path).toBe('body.baseline');
  });
});
